package eu.medi4sec.hub.note;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.medi4sec.hub.support.Live;
import eu.medi4sec.hub.support.SseClient;
import eu.medi4sec.hub.support.Staff;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What may leave the room: sensitivity labels, a delegate's "not for any publication", publication texts. */
@QuarkusTest
class SensitivityTest {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    private static ValidatableResponse label(String token, long noteId, Map<String, ?> body) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(body)
                .put("/api/notes/" + noteId + "/sensitivity")
                .then();
    }

    private static ValidatableResponse label(String token, long noteId, String label, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("label", label);
        if (reason != null) {
            body.put("reason", reason);
        }
        return label(token, noteId, body);
    }

    private static ValidatableResponse publicationText(String token, long noteId, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(body)
                .put("/api/notes/" + noteId + "/publication-text")
                .then();
    }

    /** A note as a phone sends it, with a sensitivity label. */
    private static ExtractableResponse<Response> send(
            String token, Live.Round round, String text, String sensitivity, String key) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        body.put("kind", "INSIGHT");
        body.put("sessionId", round.sessionId());
        body.put("sensitivity", sensitivity);
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/workshops/" + round.workshopId() + "/notes")
                .then()
                .extract();
    }

    private static List<Map<String, Object>> moderationLog(String token, long workshopId) {
        return given().auth()
                .oauth2(token)
                .get("/api/workshops/" + workshopId + "/moderation-log")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
    }

    private static List<Map<String, Object>> entries(List<Map<String, Object>> log, long noteId, String action) {
        return log.stream()
                .filter(e -> ((Number) e.get("noteId")).longValue() == noteId && action.equals(e.get("action")))
                .toList();
    }

    // ---- labels set by staff ---------------------------------------------------------------------

    @Test
    void everyStaffRoleMayLabelANote() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        long id = Live.aNote(Live.aDelegateIn(round), round, "Our unit watches the march organisers' chat");
        label(Staff.aFacilitator().token(), id, "OPERATIONAL", "tactics")
                .statusCode(200)
                .body("id", equalTo((int) id))
                .body("sensitivity", equalTo("OPERATIONAL"))
                .body("sensitivityReason", equalTo("tactics"));
        label(Staff.anAnalyst().token(), id, "PERSONAL_DATA", null)
                .statusCode(200)
                .body("sensitivity", equalTo("PERSONAL_DATA"))
                .body("sensitivityReason", nullValue());
        label(organiser.token(), id, "RESTRICTED", null).statusCode(200).body("sensitivity", equalTo("RESTRICTED"));
        label(Staff.anAdmin().token(), id, "NONE", "checked: nothing sensitive")
                .statusCode(200)
                .body("sensitivity", equalTo("NONE"))
                .body("text", equalTo("Our unit watches the march organisers' chat"));
    }

    @Test
    void aDelegateMayNotLabelANoteNotEvenTheirOwn() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        String author = Live.aDelegateIn(round);
        long id = Live.aNote(author, round, "Mine");
        label(author, id, "RESTRICTED", null).statusCode(403);
        label(Live.aDelegateIn(round), id, "RESTRICTED", null).statusCode(403);
        given().auth().oauth2(organiser.token()).get("/api/notes/" + id).then().body("sensitivity", equalTo("NONE"));
    }

    @Test
    void anUnknownOrMissingLabelIsRefusedNamingTheField() {
        Staff.SignedIn facilitator = Staff.aFacilitator();
        Live.Round round = Live.anOpenRound(Staff.anOrganiser().token());
        long id = Live.aNote(Live.aDelegateIn(round), round, "Anything");
        label(facilitator.token(), id, "SECRET", null)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", contains("label"));
        label(facilitator.token(), id, "restricted", null).statusCode(422).body("violations.field", contains("label"));
        label(facilitator.token(), id, Map.of("reason", "no label"))
                .statusCode(422)
                .body("violations.field", contains("label"));
        label(facilitator.token(), id, "RESTRICTED", "x".repeat(501))
                .statusCode(422)
                .body("violations.field", contains("reason"));
    }

    @Test
    void labellingAnUnknownNoteIsNotFound() {
        label(Staff.aFacilitator().token(), Long.MAX_VALUE, "RESTRICTED", null)
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aLabelIsRecordedInTheModerationLogOnceHoweverOftenItIsSet() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Staff.SignedIn facilitator = Staff.aFacilitator();
        Live.Round round = Live.anOpenRound(organiser.token());
        long id = Live.aNote(Live.aDelegateIn(round), round, "Operation Kestrel starts on Friday");
        label(facilitator.token(), id, "RESTRICTED", "names a live operation").statusCode(200);
        label(facilitator.token(), id, "RESTRICTED", "names a live operation").statusCode(200);
        label(facilitator.token(), id, "RESTRICTED", null)
                .statusCode(200)
                .body("sensitivityReason", equalTo("names a live operation"));

        List<Map<String, Object>> log = moderationLog(organiser.token(), round.workshopId());
        List<Map<String, Object>> labelled = entries(log, id, "SENSITIVITY");
        assertEquals(1, labelled.size(), log.toString());
        assertEquals("RESTRICTED: names a live operation", labelled.get(0).get("reason"));
        assertEquals(facilitator.account().id(), ((Number) labelled.get(0).get("actorAccountId")).longValue());
        assertEquals("Operation Kestrel starts on Friday", labelled.get(0).get("noteText"));

        // a different label is a new entry
        label(facilitator.token(), id, "OPERATIONAL", null).statusCode(200);
        List<Map<String, Object>> after =
                entries(moderationLog(organiser.token(), round.workshopId()), id, "SENSITIVITY");
        assertEquals(2, after.size());
        assertEquals("OPERATIONAL", after.get(0).get("reason"));
    }

    // ---- a delegate's "not for any publication" --------------------------------------------------

    @Test
    void aDelegateMayMarkTheirNoteRestrictedWhenSendingIt() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        String author = Live.aDelegateIn(round);
        var sent = send(
                author,
                round,
                "Our press officer was threatened",
                "RESTRICTED",
                UUID.randomUUID().toString());
        assertEquals(201, sent.statusCode(), sent.asString());
        assertEquals("RESTRICTED", sent.path("sensitivity"));
        assertNull(sent.path("sensitivityReason"));
        long id = ((Number) sent.path("id")).longValue();
        given().auth()
                .oauth2(organiser.token())
                .get("/api/notes/" + id)
                .then()
                .body("sensitivity", equalTo("RESTRICTED"))
                .body("sensitivityReason", equalTo(NoteCaptureService.AUTHOR_RESTRICTED));

        var plain =
                send(author, round, "Nothing secret", null, UUID.randomUUID().toString());
        assertEquals(201, plain.statusCode());
        assertEquals("NONE", plain.path("sensitivity"));
        var none = send(
                author,
                round,
                "Nothing secret either",
                "NONE",
                UUID.randomUUID().toString());
        assertEquals(201, none.statusCode());
        assertEquals("NONE", none.path("sensitivity"));
    }

    @Test
    void aDelegateMayChooseNoOtherLabel() {
        Live.Round round = Live.anOpenRound(Staff.anOrganiser().token());
        String author = Live.aDelegateIn(round);
        for (String other : List.of("PERSONAL_DATA", "OPERATIONAL", "TOP_SECRET")) {
            var refused = send(author, round, "Text", other, UUID.randomUUID().toString());
            assertEquals(422, refused.statusCode(), refused.asString());
            assertEquals(List.of("sensitivity"), refused.path("violations.field"));
        }
        given().auth()
                .oauth2(author)
                .get("/api/workshops/" + round.workshopId() + "/notes")
                .then()
                .body("size()", equalTo(0));
    }

    @Test
    void staffMaySendANoteWithAnyLabel() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        var sent = send(
                Staff.aFacilitator().token(),
                round,
                "Rapporteur: the group discussed a named informant",
                "PERSONAL_DATA",
                UUID.randomUUID().toString());
        assertEquals(201, sent.statusCode(), sent.asString());
        assertEquals("PERSONAL_DATA", sent.path("sensitivity"));
        var unknown = send(
                organiser.token(), round, "Text", "SECRET", UUID.randomUUID().toString());
        assertEquals(422, unknown.statusCode());
        assertEquals(List.of("sensitivity"), unknown.path("violations.field"));
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheSameRestrictedNote() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        String author = Live.aDelegateIn(round);
        String key = UUID.randomUUID().toString();
        var first = send(author, round, "Sent twice on bad Wi-Fi", "RESTRICTED", key);
        var retry = send(author, round, "Sent twice on bad Wi-Fi", "RESTRICTED", key);
        assertEquals(201, first.statusCode());
        assertEquals(201, retry.statusCode());
        assertEquals(first.asString(), retry.asString());
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals("RESTRICTED", retry.path("sensitivity"));
        // the same key without the label is another request
        var changed = send(author, round, "Sent twice on bad Wi-Fi", null, key);
        assertEquals(422, changed.statusCode(), changed.asString());
        given().auth()
                .oauth2(organiser.token())
                .get("/api/workshops/" + round.workshopId() + "/notes")
                .then()
                .body("size()", equalTo(1))
                .body("[0].sensitivity", equalTo("RESTRICTED"));
    }

    // ---- publication texts -----------------------------------------------------------------------

    @Test
    void anAnalystWritesAPublicationTextAndClearsItWhileTheOriginalStays() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Staff.SignedIn analyst = Staff.anAnalyst();
        Live.Round round = Live.anOpenRound(organiser.token());
        long id = Live.aNote(Live.aDelegateIn(round), round, "Call Jan on +48 600 100 200 about the fake posts");
        String wording = "Agree a contact person for false posts before the event.";

        publicationText(analyst.token(), id, wording)
                .statusCode(200)
                .body("publicationText", equalTo(wording))
                .body("text", equalTo("Call Jan on +48 600 100 200 about the fake posts"));
        publicationText(analyst.token(), id, wording).statusCode(200);
        given().auth()
                .oauth2(organiser.token())
                .get("/api/notes/" + id)
                .then()
                .body("publicationText", equalTo(wording))
                .body("text", equalTo("Call Jan on +48 600 100 200 about the fake posts"));

        publicationText(Staff.anAdmin().token(), id, null).statusCode(200).body("publicationText", nullValue());
        publicationText(analyst.token(), id, "Another wording").statusCode(200);
        publicationText(analyst.token(), id, "  ").statusCode(200).body("publicationText", nullValue());

        List<Map<String, Object>> written =
                entries(moderationLog(organiser.token(), round.workshopId()), id, "PUBLICATION_TEXT");
        assertEquals(4, written.size(), written.toString());
        assertEquals(wording, written.get(3).get("reason"));
        assertEquals("Cleared: outputs use the original text.", written.get(0).get("reason"));
    }

    @Test
    void aPublicationTextHasAtMost2000Characters() {
        Staff.SignedIn analyst = Staff.anAnalyst();
        Live.Round round = Live.anOpenRound(Staff.anOrganiser().token());
        long id = Live.aNote(Live.aDelegateIn(round), round, "Anything");
        publicationText(analyst.token(), id, "é".repeat(2000)).statusCode(200);
        publicationText(analyst.token(), id, "a".repeat(2001))
                .statusCode(422)
                .body("violations.field", contains("text"));
    }

    @Test
    void facilitatorsOrganisersAndDelegatesMayNotWriteAPublicationText() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        String author = Live.aDelegateIn(round);
        long id = Live.aNote(author, round, "Anything");
        publicationText(Staff.aFacilitator().token(), id, "Reworded").statusCode(403);
        publicationText(organiser.token(), id, "Reworded").statusCode(403);
        publicationText(author, id, "Reworded").statusCode(403);
        given().auth().oauth2(organiser.token()).get("/api/notes/" + id).then().body("publicationText", nullValue());
    }

    // ---- who sees what ---------------------------------------------------------------------------

    @Test
    void onlyStaffSeeLabelsReasonsAndPublicationTextsAndAnAuthorSeesTheirOwnLabel() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        String author = Live.aDelegateIn(round);
        String other = Live.aDelegateIn(round);
        long id = Live.aNote(author, round, "The control room shares a login");
        label(organiser.token(), id, "OPERATIONAL", "describes a weakness").statusCode(200);
        publicationText(Staff.anAnalyst().token(), id, "Shared logins were a weakness.")
                .statusCode(200);
        String wall = "/api/workshops/" + round.workshopId() + "/notes";

        for (String staff : List.of(
                organiser.token(),
                Staff.aFacilitator().token(),
                Staff.anAnalyst().token())) {
            given().auth()
                    .oauth2(staff)
                    .get("/api/notes/" + id)
                    .then()
                    .body("sensitivity", equalTo("OPERATIONAL"))
                    .body("sensitivityReason", equalTo("describes a weakness"))
                    .body("publicationText", equalTo("Shared logins were a weakness."));
        }
        given().auth()
                .oauth2(author)
                .get("/api/notes/" + id)
                .then()
                .body("sensitivity", equalTo("OPERATIONAL"))
                .body("$", not(org.hamcrest.Matchers.hasKey("sensitivityReason")))
                .body("$", not(org.hamcrest.Matchers.hasKey("publicationText")));
        given().auth().oauth2(author).get(wall).then().body("[0].sensitivity", equalTo("OPERATIONAL"));

        String seen = given().auth().oauth2(other).get("/api/notes/" + id).asString();
        String listed = given().auth().oauth2(other).get(wall).asString();
        for (String body : List.of(seen, listed)) {
            assertTrue(body.contains("The control room shares a login"), body);
            assertFalse(body.contains("sensitivity"), body);
            assertFalse(body.contains("OPERATIONAL"), body);
            assertFalse(body.contains("publicationText"), body);
            assertFalse(body.contains("Shared logins"), body);
            assertFalse(body.contains("weakness"), body);
        }
        given().auth()
                .oauth2(other)
                .get(wall)
                .then()
                .body("sensitivity", everyItem(nullValue()))
                .body("text", hasItem("The control room shares a login"));
    }

    @Test
    void theLiveStreamTellsOnlyStaffAndTheAuthorOfALabel() throws Exception {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        String author = Live.aDelegateIn(round);
        String other = Live.aDelegateIn(round);
        long id = Live.aNote(author, round, "We track three accounts");
        label(organiser.token(), id, "RESTRICTED", "names accounts").statusCode(200);
        publicationText(Staff.anAnalyst().token(), id, "Some accounts were tracked.")
                .statusCode(200);
        // a change everyone is told of, last: each stream is read up to it
        given().auth()
                .oauth2(organiser.token())
                .post("/api/notes/" + id + "/pin")
                .then()
                .statusCode(200);

        Map<String, JsonNode> staff = replayUntilPinned(round, organiser.token());
        assertEquals("RESTRICTED", staff.get("note.labelled").get("sensitivity").asText());
        assertEquals(
                "names accounts",
                staff.get("note.labelled").get("sensitivityReason").asText());
        assertEquals(
                "Some accounts were tracked.",
                staff.get("note.publication-text-changed")
                        .get("publicationText")
                        .asText());

        Map<String, JsonNode> mine = replayUntilPinned(round, author);
        assertEquals("RESTRICTED", mine.get("note.labelled").get("sensitivity").asText());
        assertFalse(mine.get("note.labelled").has("sensitivityReason"));
        assertFalse(
                mine.containsKey("note.publication-text-changed"), mine.keySet().toString());
        assertFalse(mine.get("note.pinned").has("publicationText"));

        Map<String, JsonNode> others = replayUntilPinned(round, other);
        assertFalse(others.containsKey("note.labelled"), others.keySet().toString());
        assertFalse(
                others.containsKey("note.publication-text-changed"),
                others.keySet().toString());
        for (JsonNode data : others.values()) {
            assertFalse(data.has("sensitivity"), data.toString());
            assertFalse(data.has("sensitivityReason"), data.toString());
            assertFalse(data.has("publicationText"), data.toString());
        }
    }

    /** The workshop's events from the start as this viewer gets them, by type, up to note.pinned. */
    private Map<String, JsonNode> replayUntilPinned(Live.Round round, String token) throws Exception {
        Map<String, JsonNode> byType = new HashMap<>();
        List<String> order = new ArrayList<>();
        try (SseClient client = new SseClient(base + "api/workshops/" + round.workshopId() + "/events", token, 0L)) {
            assertEquals(200, client.status());
            while (!byType.containsKey("note.pinned")) {
                SseClient.Event event = client.next(WAIT);
                if (event == null) {
                    throw new AssertionError("The replay stopped after " + order);
                }
                order.add(event.type());
                byType.put(event.type(), JSON.readTree(event.data()));
            }
        }
        return byType;
    }
}
