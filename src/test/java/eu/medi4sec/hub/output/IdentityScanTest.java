package eu.medi4sec.hub.output;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.medi4sec.hub.support.Delegates;
import eu.medi4sec.hub.support.Live;
import eu.medi4sec.hub.support.Staff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The identity scan: delegates with distinctive names, organisations and emails write notes in a
 * CHATHAM_HOUSE and an ANONYMOUS workshop, one of them naming a colleague and giving contact details,
 * one marked RESTRICTED by its author. Then every output, in every format (PDF text extracted, ZIP
 * entries read), as the staff who may fetch it and as the public, must contain none of those people and
 * nothing of the restricted note, while the redacted quote is there.
 */
@QuarkusTest
class IdentityScanTest {

    private String organiser;
    private String facilitator;
    private String analyst;

    private record Person(String name, String organisation, String email) {}

    private final List<String> secrets = new ArrayList<>();
    private final List<Long> workshops = new ArrayList<>();
    private String pattern;

    @Test
    void noOutputInAnyFormatNamesADelegateOrCarriesARestrictedNote() throws IOException {
        organiser = Staff.anOrganiser().token();
        facilitator = Staff.aFacilitator().token();
        analyst = Staff.anAnalyst().token();
        pattern = given().get("/api/public/patterns")
                .then()
                .statusCode(200)
                .extract()
                .path("[0].slug");
        for (String attribution : List.of("CHATHAM_HOUSE", "ANONYMOUS")) {
            workshopWithAVoicedDelegate(attribution);
        }
        List<Long> publications = List.of(
                published("BEST_PRACTICE_REPORT", "Identity scan best practice " + UUID.randomUUID()),
                published("PATTERN_CARDS", "Identity scan cards " + UUID.randomUUID()));

        Map<String, String> outputs = new LinkedHashMap<>();
        for (long workshop : workshops) {
            for (String format : List.of("html", "md", "pdf")) {
                outputs.put(
                        "report " + workshop + " " + format,
                        read(organiser, "/api/workshops/" + workshop + "/report?format=" + format));
            }
            for (String format : List.of("json", "csv")) {
                outputs.put(
                        "export " + workshop + " " + format,
                        read(organiser, "/api/workshops/" + workshop + "/export?format=" + format));
            }
            outputs.put("qdpx " + workshop, read(analyst, "/api/workshops/" + workshop + "/project.qdpx"));
        }
        outputs.put("codebook", read(analyst, "/api/codebook.qdc"));
        for (long id : publications) {
            String slug = given().auth()
                    .oauth2(analyst)
                    .get("/api/publications/" + id + "?format=json")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("slug");
            for (String format : List.of("html", "md", "pdf", "json")) {
                outputs.put(
                        "publication " + id + " " + format,
                        read(analyst, "/api/publications/" + id + "?format=" + format));
                outputs.put(
                        "public " + slug + " " + format,
                        read(null, "/api/public/publications/" + slug + "?format=" + format));
            }
        }
        outputs.put("public list", read(null, "/api/public/publications"));
        outputs.put("public patterns", read(null, "/api/public/patterns"));
        outputs.put("public pattern", read(null, "/api/public/patterns/" + pattern));
        outputs.put("public graph", read(null, "/api/public/patterns/graph"));

        for (var output : outputs.entrySet()) {
            String text = output.getValue().toLowerCase(Locale.ROOT);
            for (String secret : secrets) {
                assertFalse(
                        text.contains(secret.toLowerCase(Locale.ROOT)), output.getKey() + " contains '" + secret + "'");
            }
        }
        String publicReport = outputs.get("public "
                + given().auth()
                        .oauth2(analyst)
                        .get("/api/publications/" + publications.get(0) + "?format=json")
                        .then()
                        .extract()
                        .path("slug")
                + " md");
        for (String placeholder : List.of("[email]", "[phone]", "[handle]", "[name]")) {
            assertTrue(
                    publicReport.contains(placeholder)
                            || publicReport.contains(
                                    placeholder.replace("[", "\\[").replace("]", "\\]")),
                    "the published quote is there, redacted: " + placeholder);
        }
        assertTrue(
                outputs.get("report " + workshops.get(0) + " md").contains("withheld"),
                "the report counts the withheld note");
    }

    private void workshopWithAVoicedDelegate(String attribution) {
        Live.Round round = Live.anOpenRound(organiser, Map.of("attribution", attribution));
        workshops.add(round.workshopId());
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Person speaker = new Person(
                "Xanthippe Quillfeather" + tag, "Obscurum Constabulary " + tag, "xq-" + tag + "@obscurum.example");
        Person colleague = new Person(
                "Bartholomew Zeppelinski" + tag, "Vantablack Civic Trust " + tag, "bz-" + tag + "@vantablack.example");
        String speakerToken = joined(round, speaker);
        joined(round, colleague);
        secrets.addAll(List.of(
                speaker.name(),
                speaker.organisation(),
                speaker.email(),
                colleague.name(),
                colleague.organisation(),
                colleague.email()));

        String contactPhone = "+44 20 7946 " + (1000 + (int) (Math.random() * 8999));
        String handle = "@QuillCop" + tag;
        secrets.addAll(List.of(contactPhone, handle, "Zeppelinski" + tag));
        long voiced = Live.aNote(
                speakerToken,
                round,
                "Ask Bartholomew Zeppelinski" + tag + " (" + contactPhone + ", bz-" + tag + "@vantablack.example, "
                        + handle + ") how the official account answered rumours within minutes.");
        String marker = "RESTRICTED-" + UUID.randomUUID();
        secrets.add(marker);
        long restricted = ((Number) given().auth()
                        .oauth2(speakerToken)
                        .contentType("application/json")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .body(Map.of(
                                "text",
                                marker + " the cordon moves at dawn",
                                "kind",
                                "INSIGHT",
                                "sessionId",
                                round.sessionId(),
                                "sensitivity",
                                "RESTRICTED"))
                        .post("/api/workshops/" + round.workshopId() + "/notes")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        long lesson = ((Number) given().auth()
                        .oauth2(facilitator)
                        .contentType("application/json")
                        .body(Map.of(
                                "title",
                                "Answer rumours from one account",
                                "statement",
                                "One official account answers rumours within minutes.",
                                "type",
                                "BEST_PRACTICE",
                                "noteIds",
                                List.of(voiced, restricted)))
                        .post("/api/workshops/" + round.workshopId() + "/lessons")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        for (String to : List.of("VALIDATED", "PUBLISHED")) {
            given().auth()
                    .oauth2(facilitator)
                    .contentType("application/json")
                    .body(Map.of("to", to))
                    .post("/api/lessons/" + lesson + "/transitions")
                    .then()
                    .statusCode(200);
        }
        for (long note : List.of(voiced, restricted)) {
            given().auth()
                    .oauth2(analyst)
                    .contentType("application/json")
                    .body(Map.of("pattern", pattern, "stance", "SUPPORTS"))
                    .post("/api/notes/" + note + "/tags")
                    .then()
                    .statusCode(201);
        }
        given().auth()
                .oauth2(analyst)
                .contentType("application/json")
                .body(Map.of("pattern", pattern, "stance", "SUPPORTS"))
                .post("/api/lessons/" + lesson + "/tags")
                .then()
                .statusCode(201);
    }

    private String joined(Live.Round round, Person person) {
        Map<String, Object> registration = Delegates.aRegistration(round.joinCode());
        registration.put("name", person.name());
        registration.put("organisation", person.organisation());
        registration.put("email", person.email());
        return Delegates.join(Delegates.registered(registration).accessToken());
    }

    private long published(String kind, String title) {
        long id = ((Number) given().auth()
                        .oauth2(analyst)
                        .contentType("application/json")
                        .body(Map.of(
                                "title",
                                title,
                                "kind",
                                kind,
                                "themes",
                                List.of(),
                                "workshops",
                                workshops,
                                "introduction",
                                "What the workshops found."))
                        .post("/api/publications")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        for (String to : List.of("IN_REVIEW", "PUBLISHED")) {
            given().auth()
                    .oauth2(analyst)
                    .contentType("application/json")
                    .body(Map.of("to", to))
                    .post("/api/publications/" + id + "/transitions")
                    .then()
                    .statusCode(200);
        }
        return id;
    }

    /** The body as text: PDF text extracted, every entry of a ZIP read. */
    private static String read(String token, String path) throws IOException {
        var request = token == null ? given() : given().auth().oauth2(token);
        Response response = request.get(path);
        assertTrue(
                response.statusCode() == 200, path + " answered " + response.statusCode() + ": " + response.asString());
        byte[] body = response.asByteArray();
        if (body.length > 4 && body[0] == '%' && body[1] == 'P' && body[2] == 'D' && body[3] == 'F') {
            try (PDDocument document = Loader.loadPDF(body)) {
                return new PDFTextStripper().getText(document);
            }
        }
        if (body.length > 2 && body[0] == 'P' && body[1] == 'K') {
            StringBuilder text = new StringBuilder();
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    text.append(entry.getName())
                            .append('\n')
                            .append(new String(zip.readAllBytes(), StandardCharsets.UTF_8))
                            .append('\n');
                }
            }
            return text.toString();
        }
        return new String(body, StandardCharsets.UTF_8);
    }
}
