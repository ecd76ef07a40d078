package eu.medi4sec.hub.export;

import static eu.medi4sec.hub.export.ExportFixtures.EMOJI_TEXT;
import static eu.medi4sec.hub.export.ExportFixtures.FORMULA_TEXT;
import static eu.medi4sec.hub.export.ExportFixtures.HIDDEN_TEXT;
import static eu.medi4sec.hub.export.ExportFixtures.IDENTIFYING_TEXT;
import static eu.medi4sec.hub.export.ExportFixtures.NAME;
import static eu.medi4sec.hub.export.ExportFixtures.ORGANISATION;
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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.medi4sec.hub.export.ExportFixtures.Scenario;
import eu.medi4sec.hub.support.Live;
import eu.medi4sec.hub.support.Staff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The researchers' export of a workshop, as JSON and as a ZIP of CSV files: what an organiser or an
 * analyst may take away (sensitivity, redaction, attribution applied) against the admin's full record.
 */
@QuarkusTest
class ExportTest {

    private static ExtractableResponse<Response> export(String token, long workshopId, String format) {
        var request = given().auth().oauth2(token);
        if (format != null) {
            request.queryParam("format", format);
        }
        return request.get("/api/workshops/" + workshopId + "/export").then().extract();
    }

    private static JsonPath json(String token, long workshopId) {
        var response = export(token, workshopId, "json");
        assertEquals(200, response.statusCode(), response.asString());
        return response.jsonPath();
    }

    private static Map<String, Object> note(JsonPath export, long id) {
        return export.getMap("notes.find { it.id == " + id + " }");
    }

    @Test
    void anOrganiserGetsWhatMayLeaveTheRoomUnderTheChathamHouseRule() {
        Scenario s = aWorkshopWithEverything("CHATHAM_HOUSE");
        var response = export(s.organiser().token(), s.workshopId(), null);
        assertEquals(200, response.statusCode(), response.asString());
        assertTrue(response.contentType().startsWith("application/json"), response.contentType());
        assertTrue(
                response.header("Content-Disposition").matches("inline; filename=\"workshop-\\d+-[a-z0-9-]+\\.json\""),
                response.header("Content-Disposition"));
        showsNoIdentity(s, "the organiser's export", response.asString());
        JsonPath export = response.jsonPath();

        assertEquals(WorkshopExport.SCHEMA, export.getString("schema"));
        assertEquals("REDACTED", export.getString("scope"));
        assertEquals(1, export.getInt("workshop.withheldNotes"), "the RESTRICTED note is counted as withheld");
        assertEquals("CHATHAM_HOUSE", export.getString("workshop.attribution"));

        Map<String, Object> identifying = note(export, s.identifying());
        assertEquals(REDACTED_TEXT, identifying.get("text"));
        assertEquals(1, identifying.get("votes"));
        assertEquals(Map.of("role", "DELEGATE", "sector", "POLICE"), identifying.get("author"));
        assertFalse(identifying.containsKey("sensitivity"), "labels are for admins");
        assertFalse(identifying.containsKey("publicationText"));

        // the RESTRICTED and the hidden note are not there at all; the merged one points to its target
        assertNull(note(export, s.restricted()));
        assertNull(note(export, s.hidden()));
        assertFalse(response.asString().contains(RESTRICTED_TEXT));
        assertFalse(response.asString().contains(HIDDEN_TEXT));
        Map<String, Object> merged = note(export, s.merged());
        assertEquals("MERGED", merged.get("status"));
        assertEquals((int) s.identifying(), merged.get("mergedInto"));
        assertFalse(merged.containsKey("text"));

        // the lesson cites only what is in the export (the merged note by the note it went into)
        assertEquals(List.of((int) s.identifying()), export.getList("lessons[0].noteIds"));

        // tags on notes in the export and on the lesson; the tag on the RESTRICTED note is gone
        List<Map<String, Object>> tags = export.getList("tags");
        assertEquals(4, tags.size(), tags.toString());
        assertTrue(tags.stream().noneMatch(t -> ((Number) t.get("targetId")).longValue() == s.restricted()));
        assertTrue(tags.stream().allMatch(t -> "Analyst 1".equals(t.get("analyst")) && !t.containsKey("analystId")));
        Map<String, Object> onIdentifying = export.getMap("tags.find { it.targetId == " + s.identifying() + " }");
        assertEquals(
                Map.of(
                        "slug",
                        PATTERN,
                        "name",
                        "Official account as the trusted single source in riots and mass gatherings"),
                onIdentifying.get("pattern"));
        assertEquals("[name] confirmed it", onIdentifying.get("rationale"));
        assertTrue(export.getString("tags").contains("LESSON"));
        Map<String, Object> onTechnology = export.getMap("tags.find { it.technology != null }");
        assertEquals(TECHNOLOGY, ((Map<?, ?>) onTechnology.get("technology")).get("slug"));
        assertEquals((int) s.emoji(), onTechnology.get("targetId"));
        assertFalse(onTechnology.containsKey("pattern"));
    }

    @Test
    void anAnonymousWorkshopExportsNoAuthorsAtAll() {
        Scenario s = aWorkshopWithEverything("ANONYMOUS");
        for (Staff.SignedIn reader : List.of(s.organiser(), s.analyst(), Staff.aFacilitator())) {
            var response = export(reader.token(), s.workshopId(), "json");
            assertEquals(200, response.statusCode());
            showsNoIdentity(s, "an ANONYMOUS workshop's export", response.asString());
            JsonPath export = response.jsonPath();
            assertEquals("REDACTED", export.getString("scope"));
            assertTrue(
                    export.getList("notes").stream().map(n -> (Map<?, ?>) n).noneMatch(n -> n.containsKey("author")));
            assertFalse(response.asString().contains("POLICE"), "not even the sector");
            assertEquals(REDACTED_TEXT, note(export, s.identifying()).get("text"));
            assertNull(note(export, s.restricted()));
        }
    }

    @Test
    void anAdminGetsTheFullRecord() {
        Scenario s = aWorkshopWithEverything("CHATHAM_HOUSE");
        Staff.SignedIn admin = Staff.anAdmin();
        JsonPath export = json(admin.token(), s.workshopId());

        assertEquals("FULL", export.getString("scope"));
        assertEquals(0, export.getInt("workshop.withheldNotes"));
        assertEquals(6, export.getList("notes").size());

        Map<String, Object> identifying = note(export, s.identifying());
        assertEquals(IDENTIFYING_TEXT, identifying.get("text"));
        assertEquals("NONE", identifying.get("sensitivity"));
        Map<?, ?> author = (Map<?, ?>) identifying.get("author");
        assertEquals(NAME, author.get("name"));
        assertEquals(ORGANISATION, author.get("organisation"));
        assertEquals("POLICE", author.get("sector"));
        assertTrue(author.containsKey("delegateId"));

        Map<String, Object> restricted = note(export, s.restricted());
        assertEquals(RESTRICTED_TEXT, restricted.get("text"));
        assertEquals("RESTRICTED", restricted.get("sensitivity"));
        Map<String, Object> hidden = note(export, s.hidden());
        assertEquals("HIDDEN", hidden.get("status"));
        assertEquals(HIDDEN_TEXT, hidden.get("text"));
        assertEquals("Off topic", hidden.get("hiddenReason"));
        assertEquals(MERGED_STATUS, note(export, s.merged()).get("status"));
        assertEquals(
                List.of((int) s.identifying(), (int) s.restricted(), (int) s.merged()),
                export.getList("lessons[0].noteIds"));

        List<Map<String, Object>> tags = export.getList("tags");
        assertEquals(5, tags.size());
        assertTrue(tags.stream()
                .allMatch(t -> s.analyst().account().displayName().equals(t.get("analyst"))
                        && ((Number) t.get("analystId")).longValue()
                                == s.analyst().account().id()));
        assertFalse(export.prettify().contains(s.delegateEmail()), "emails are not part of any export");
    }

    private static final String MERGED_STATUS = "MERGED";

    @Test
    void theCsvZipHoldsOneFilePerListWithFormulasMadeInert() throws IOException {
        Scenario s = aWorkshopWithEverything("CHATHAM_HOUSE");
        var response = export(s.analyst().token(), s.workshopId(), "csv");
        assertEquals(200, response.statusCode(), response.asString());
        assertEquals("application/zip", response.contentType());
        assertTrue(
                response.header("Content-Disposition")
                        .matches("attachment; filename=\"workshop-\\d+-[a-z0-9-]+\\.zip\""),
                response.header("Content-Disposition"));
        Map<String, String> files = unzip(response.asByteArray());
        assertEquals(CsvExport.FILES, List.copyOf(files.keySet()));
        files.forEach((name, text) -> {
            showsNoIdentity(s, name, text);
            assertFalse(text.contains(RESTRICTED_TEXT), name);
            assertFalse(text.contains(HIDDEN_TEXT), name);
        });

        List<CSVRecord> workshop = records(files.get("workshop.csv"));
        assertEquals("1", workshop.get(0).get("withheldNotes"));
        assertEquals("REDACTED", workshop.get(0).get("scope"));

        List<CSVRecord> notes = records(files.get("notes.csv"));
        CSVRecord formula = row(notes, s.formula());
        assertEquals("'=HYPERLINK(\"[link]\",\"Click\")", formula.get("text"));
        assertEquals(REDACTED_TEXT, row(notes, s.identifying()).get("text"));
        assertEquals("POLICE", row(notes, s.identifying()).get("authorSector"));
        assertEquals("", row(notes, s.identifying()).get("authorName"));
        assertEquals(EMOJI_TEXT, row(notes, s.emoji()).get("text"));
        assertEquals(String.valueOf(s.identifying()), row(notes, s.merged()).get("mergedInto"));

        List<CSVRecord> lessonNotes = records(files.get("lesson_notes.csv"));
        assertEquals(1, lessonNotes.size());
        assertEquals(String.valueOf(s.identifying()), lessonNotes.get(0).get("noteId"));
        List<CSVRecord> tagRows = records(files.get("tags.csv"));
        assertEquals(4, tagRows.size());
        assertTrue(tagRows.stream()
                .anyMatch(r -> r.get("technology").equals(TECHNOLOGY)
                        && r.get("pattern").isEmpty()));
        assertEquals(1, records(files.get("lessons.csv")).size());
        assertEquals(1, records(files.get("sessions.csv")).size());
    }

    @Test
    void theAdminsCsvKeepsTheOriginalTextButStillNoFormula() throws IOException {
        Scenario s = aWorkshopWithEverything("ATTRIBUTED");
        var response = export(Staff.anAdmin().token(), s.workshopId(), "csv");
        List<CSVRecord> notes = records(unzip(response.asByteArray()).get("notes.csv"));
        assertEquals("'" + FORMULA_TEXT, row(notes, s.formula()).get("text"));
        assertEquals(NAME, row(notes, s.identifying()).get("authorName"));
        assertEquals("RESTRICTED", row(notes, s.restricted()).get("sensitivity"));
    }

    @Test
    void theFormatCanBeAskedForByAccept() {
        Scenario s = aWorkshopWithEverything("CHATHAM_HOUSE");
        var zip = given().auth()
                .oauth2(s.organiser().token())
                .accept("application/zip")
                .get("/api/workshops/" + s.workshopId() + "/export")
                .then()
                .statusCode(200)
                .extract();
        assertEquals("application/zip", zip.contentType());
        given().auth()
                .oauth2(s.organiser().token())
                .accept("text/html")
                .get("/api/workshops/" + s.workshopId() + "/export")
                .then()
                .statusCode(406)
                .contentType("application/problem+json");
    }

    @Test
    void anUnknownFormatIsABadRequestNamingTheParameter() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        long workshop = Live.anOpenRound(organiser.token()).workshopId();
        given().auth()
                .oauth2(organiser.token())
                .queryParam("format", "xlsx")
                .get("/api/workshops/" + workshop + "/export")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("format"));
    }

    @Test
    void anUnknownWorkshopIsNotFound() {
        given().auth()
                .oauth2(Staff.anAnalyst().token())
                .get("/api/workshops/987654321/export")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void delegatesCannotExport() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        String delegate = Live.aDelegateIn(round);
        for (String path : List.of(
                "/api/workshops/" + round.workshopId() + "/export",
                "/api/workshops/" + round.workshopId() + "/export?format=csv",
                "/api/workshops/" + round.workshopId() + "/project.qdpx",
                "/api/codebook.qdc")) {
            given().auth().oauth2(delegate).get(path).then().statusCode(403).contentType("application/problem+json");
        }
    }

    private static List<CSVRecord> records(String csv) throws IOException {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
    }

    private static CSVRecord row(List<CSVRecord> rows, long id) {
        return rows.stream()
                .filter(r -> r.get("id").equals(String.valueOf(id)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + id));
    }
}
