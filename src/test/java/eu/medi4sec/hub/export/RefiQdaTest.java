package eu.medi4sec.hub.export;

import static eu.medi4sec.hub.export.ExportFixtures.EMOJI_TEXT;
import static eu.medi4sec.hub.export.ExportFixtures.HIDDEN_TEXT;
import static eu.medi4sec.hub.export.ExportFixtures.IDENTIFYING_TEXT;
import static eu.medi4sec.hub.export.ExportFixtures.OTHER_PATTERN;
import static eu.medi4sec.hub.export.ExportFixtures.PATTERN;
import static eu.medi4sec.hub.export.ExportFixtures.REDACTED_TEXT;
import static eu.medi4sec.hub.export.ExportFixtures.RESTRICTED_TEXT;
import static eu.medi4sec.hub.export.ExportFixtures.TECHNOLOGY;
import static eu.medi4sec.hub.export.ExportFixtures.aWorkshopWithEverything;
import static eu.medi4sec.hub.export.ExportFixtures.showsNoIdentity;
import static eu.medi4sec.hub.export.ExportFixtures.unzip;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.medi4sec.hub.export.ExportFixtures.Scenario;
import eu.medi4sec.hub.support.Staff;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The REFI-QDA exchange files: every codebook and project the app writes is validated against the
 * standard's own schemas (src/test/resources/refi-qda), and read back as a QDA tool would read it.
 */
@QuarkusTest
class RefiQdaTest {

    private static final Schema CODEBOOK = schema("refi-qda/Codebook.xsd");
    private static final Schema PROJECT = schema("refi-qda/Project.xsd");

    @Test
    void theCodebookIsValidAndNamesEveryPatternWithAStableGuid() {
        var response = given().auth()
                .oauth2(Staff.anAnalyst().token())
                .get("/api/codebook.qdc")
                .then()
                .statusCode(200)
                .extract();
        assertTrue(response.contentType().startsWith("application/xml"), response.contentType());
        assertEquals("attachment; filename=\"workshop-hub-codebook.qdc\"", response.header("Content-Disposition"));
        byte[] qdc = response.asByteArray();
        validate(CODEBOOK, qdc, "the codebook");

        Document doc = parse(qdc);
        assertEquals(RefiQda.CODEBOOK_NS, doc.getDocumentElement().getNamespaceURI());
        assertEquals("CodeBook", doc.getDocumentElement().getLocalName());
        Map<String, Element> codes = byGuid(doc, "Code");
        String guid = guid("pattern:" + PATTERN);
        Element pattern = codes.get(guid);
        assertNotNull(pattern, "the pattern's code has the GUID derived from its slug");
        assertEquals("true", pattern.getAttribute("isCodable"));
        assertEquals(
                "Official account as the trusted single source in riots and mass gatherings",
                pattern.getAttribute("name"));
        Element parent = (Element) pattern.getParentNode();
        assertEquals("Patterns", parent.getAttribute("name"));
        assertEquals("false", parent.getAttribute("isCodable"));
        assertTrue(codes.size() > 20, "every seeded pattern is a code");
        Element technology = codes.get(guid("technology:" + TECHNOLOGY));
        assertNotNull(technology, "the technology's code has the GUID derived from its slug");
        assertEquals("Technologies", ((Element) technology.getParentNode()).getAttribute("name"));
        assertEquals("true", technology.getAttribute("isCodable"));

        // sets by theme, naming existing codes only
        List<String> sets = new ArrayList<>();
        NodeList setElements = doc.getElementsByTagNameNS(RefiQda.CODEBOOK_NS, "Set");
        for (int i = 0; i < setElements.getLength(); i++) {
            sets.add(((Element) setElements.item(i)).getAttribute("name"));
        }
        assertTrue(sets.contains("Theme: Riots and mass gatherings"), sets.toString());
        assertTrue(sets.contains("Technologies"), sets.toString());
        for (Element member : elements(doc, RefiQda.CODEBOOK_NS, "MemberCode")) {
            assertTrue(codes.containsKey(member.getAttribute("guid")), "a set names a code that exists");
        }
        Element riots = elements(doc, RefiQda.CODEBOOK_NS, "Set").stream()
                .filter(s -> s.getAttribute("name").equals("Theme: Riots and mass gatherings"))
                .findFirst()
                .orElseThrow();
        assertTrue(elements(riots, RefiQda.CODEBOOK_NS, "MemberCode").stream()
                .anyMatch(m -> m.getAttribute("guid").equals(guid)));
        Element technologies = elements(doc, RefiQda.CODEBOOK_NS, "Set").stream()
                .filter(set -> set.getAttribute("name").equals("Technologies"))
                .findFirst()
                .orElseThrow();
        List<Element> members = elements(technologies, RefiQda.CODEBOOK_NS, "MemberCode");
        assertTrue(members.size() >= 20, "every catalogue entry is in the set");
        assertTrue(members.stream().anyMatch(m -> m.getAttribute("guid").equals(guid("technology:" + TECHNOLOGY))));

        // the same GUIDs next time
        byte[] again = given().auth()
                .oauth2(Staff.anOrganiser().token())
                .get("/api/codebook.qdc")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertEquals(codes.keySet(), byGuid(parse(again), "Code").keySet());
    }

    @Test
    void anOrganisersProjectIsValidRedactedAndEveryCodingPointsToACodeAndASource() {
        Scenario s = aWorkshopWithEverything("CHATHAM_HOUSE");
        var response = given().auth()
                .oauth2(s.organiser().token())
                .get("/api/workshops/" + s.workshopId() + "/project.qdpx")
                .then()
                .statusCode(200)
                .extract();
        assertEquals("application/zip", response.contentType());
        assertTrue(
                response.header("Content-Disposition")
                        .matches("attachment; filename=\"workshop-" + s.workshopId() + "-[a-z0-9-]+\\.qdpx\""),
                response.header("Content-Disposition"));
        Map<String, String> entries = unzip(response.asByteArray());
        assertTrue(entries.containsKey("project.qde"));
        entries.forEach((name, text) -> {
            showsNoIdentity(s, name, text);
            assertFalse(text.contains(RESTRICTED_TEXT), name);
            assertFalse(text.contains(HIDDEN_TEXT), name);
        });
        Project project = readProject(entries);

        // notes with text (not the merged stub, not the RESTRICTED or hidden note) and the lesson
        assertEquals(
                Set.of(
                        "Note " + s.identifying(),
                        "Note " + s.formula(),
                        "Note " + s.emoji(),
                        "Lesson " + s.lesson() + ": Keep one rumour log"),
                project.sourceNames());
        assertEquals(REDACTED_TEXT, project.textOf("Note " + s.identifying()));

        // each tag a coding; the tag on the RESTRICTED note is not there
        assertEquals(4, project.codings.size());
        assertEquals(List.of("Analyst 1"), List.copyOf(project.users.values()));
        Map<String, Element> codes = project.codes;
        for (Element coding : project.codings) {
            Element codeRef = elements(coding, RefiQda.PROJECT_NS, "CodeRef").get(0);
            assertTrue(codes.containsKey(codeRef.getAttribute("targetGUID")), "a coding's code exists");
            assertTrue(project.users.containsKey(coding.getAttribute("creatingUser")), "a coding's user exists");
            Element memoRef = elements(coding, RefiQda.PROJECT_NS, "NoteRef").get(0);
            assertTrue(project.memos.containsKey(memoRef.getAttribute("targetGUID")), "a coding's memo exists");
        }
        // the note tagged to a pattern and to a technology: two codings on one selection of the whole note
        List<String> emojiCodes = elements(project.source("Note " + s.emoji()), RefiQda.PROJECT_NS, "CodeRef").stream()
                .map(r -> r.getAttribute("targetGUID"))
                .toList();
        assertEquals(List.of(guid("pattern:" + OTHER_PATTERN), guid("technology:" + TECHNOLOGY)), emojiCodes);
        assertEquals(
                1,
                elements(project.source("Note " + s.emoji()), RefiQda.PROJECT_NS, "PlainTextSelection")
                        .size());
        String memo = project.memos.values().stream()
                .map(Element::getTextContent)
                .filter(t -> t.contains("confirmed"))
                .findFirst()
                .orElseThrow();
        assertTrue(memo.contains("SUPPORTS") && memo.contains("[name] confirmed it"), memo);
    }

    @Test
    void aSelectionCoversTheWholeNoteCountedInCodePoints() {
        Scenario s = aWorkshopWithEverything("ANONYMOUS");
        byte[] qdpx = given().auth()
                .oauth2(s.analyst().token())
                .get("/api/workshops/" + s.workshopId() + "/project.qdpx")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        Project project = readProject(unzip(qdpx));
        assertEquals(EMOJI_TEXT, project.textOf("Note " + s.emoji()));
        Element selection = (Element) project.codingOf("Note " + s.emoji()).getParentNode();
        assertEquals("PlainTextSelection", selection.getLocalName());
        assertEquals("0", selection.getAttribute("startPosition"));
        int codePoints = EMOJI_TEXT.codePointCount(0, EMOJI_TEXT.length());
        assertEquals(EMOJI_TEXT.length() - 1, codePoints, "the siren is one code point, two UTF-16 units");
        assertEquals(String.valueOf(codePoints), selection.getAttribute("endPosition"));
        for (Element source : project.sources.values()) {
            for (Element sel : elements(source, RefiQda.PROJECT_NS, "PlainTextSelection")) {
                String text = project.texts.get(source.getAttribute("guid"));
                assertEquals(
                        String.valueOf(text.codePointCount(0, text.length())),
                        sel.getAttribute("endPosition"),
                        "every selection covers its whole source");
            }
        }
        assertFalse(project.qde.contains("POLICE"), "no sectors under ANONYMOUS");
    }

    @Test
    void anAdminsProjectHoldsEveryNoteAsWrittenAndTheAnalystsName() {
        Scenario s = aWorkshopWithEverything("CHATHAM_HOUSE");
        byte[] qdpx = given().auth()
                .oauth2(Staff.anAdmin().token())
                .get("/api/workshops/" + s.workshopId() + "/project.qdpx")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        Project project = readProject(unzip(qdpx));
        assertEquals(IDENTIFYING_TEXT, project.textOf("Note " + s.identifying()));
        assertEquals(RESTRICTED_TEXT, project.textOf("Note " + s.restricted()));
        assertEquals(HIDDEN_TEXT, project.textOf("Note " + s.hidden()));
        assertEquals(5, project.codings.size());
        assertEquals(List.of(s.analyst().account().displayName()), List.copyOf(project.users.values()));
    }

    private static String guid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    // ---- reading a project ------------------------------------------------------------------------------

    /** A project as a QDA tool reads it: validated, its sources' texts from the ZIP. */
    private record Project(
            String qde,
            Map<String, Element> sources,
            Map<String, String> texts,
            Map<String, Element> codes,
            Map<String, String> users,
            Map<String, Element> memos,
            List<Element> codings) {

        Set<String> sourceNames() {
            Set<String> names = new HashSet<>();
            sources.values().forEach(s -> names.add(s.getAttribute("name")));
            return names;
        }

        Element source(String name) {
            return sources.values().stream()
                    .filter(s -> s.getAttribute("name").equals(name))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no source " + name + " in " + sourceNames()));
        }

        String textOf(String name) {
            return texts.get(source(name).getAttribute("guid"));
        }

        Element codingOf(String name) {
            return elements(source(name), RefiQda.PROJECT_NS, "Coding").get(0);
        }
    }

    private static Project readProject(Map<String, String> entries) {
        String qde = entries.get("project.qde");
        assertNotNull(qde, "the project holds project.qde");
        byte[] bytes = qde.getBytes(StandardCharsets.UTF_8);
        validate(PROJECT, bytes, "project.qde");
        Document doc = parse(bytes);
        assertEquals(RefiQda.PROJECT_NS, doc.getDocumentElement().getNamespaceURI());

        Map<String, Element> sources = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (Element source : elements(doc, RefiQda.PROJECT_NS, "TextSource")) {
            String guid = source.getAttribute("guid");
            sources.put(guid, source);
            String path = source.getAttribute("plainTextPath");
            assertEquals("internal://" + guid + ".txt", path);
            String text = entries.get("sources/" + guid + ".txt");
            assertNotNull(text, "the source's text file is in the ZIP: " + path);
            texts.put(guid, text);
        }
        Map<String, String> users = new LinkedHashMap<>();
        elements(doc, RefiQda.PROJECT_NS, "User")
                .forEach(u -> users.put(u.getAttribute("guid"), u.getAttribute("name")));
        Map<String, Element> memos = new LinkedHashMap<>();
        Element notes =
                elements(doc, RefiQda.PROJECT_NS, "Notes").stream().findFirst().orElse(null);
        if (notes != null) {
            elements(notes, RefiQda.PROJECT_NS, "Note").forEach(n -> memos.put(n.getAttribute("guid"), n));
        }
        return new Project(
                qde, sources, texts, byGuid(doc, "Code"), users, memos, elements(doc, RefiQda.PROJECT_NS, "Coding"));
    }

    // ---- XML ----------------------------------------------------------------------------------------------

    private static Schema schema(String resource) {
        try {
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(RefiQdaTest.class.getClassLoader().getResource(resource));
        } catch (SAXException e) {
            throw new IllegalStateException(resource, e);
        }
    }

    static void validate(Schema schema, byte[] xml, String what) {
        try {
            schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException | IOException e) {
            throw new AssertionError(
                    what + " is not valid: " + e.getMessage() + "\n" + new String(xml, StandardCharsets.UTF_8), e);
        }
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder()
                    .parse(new org.xml.sax.InputSource(new StringReader(new String(xml, StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, Element> byGuid(Document doc, String name) {
        Map<String, Element> found = new LinkedHashMap<>();
        String ns = doc.getDocumentElement().getNamespaceURI();
        elements(doc, ns, name).forEach(e -> found.put(e.getAttribute("guid"), e));
        return found;
    }

    private static List<Element> elements(Object parent, String ns, String name) {
        NodeList list = parent instanceof Document d
                ? d.getElementsByTagNameNS(ns, name)
                : ((Element) parent).getElementsByTagNameNS(ns, name);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            result.add((Element) list.item(i));
        }
        return result;
    }
}
