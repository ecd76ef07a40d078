package eu.medi4sec.hub.note;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.medi4sec.hub.support.Delegates;
import eu.medi4sec.hub.support.Live;
import eu.medi4sec.hub.support.SseClient;
import eu.medi4sec.hub.support.Staff;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The Chatham House rule, scanned: delegates with distinctive names and organisations write notes;
 * every note-bearing endpoint and the event stream are read as delegate, facilitator, organiser and
 * analyst; their names and organisations must appear nowhere unless the workshop is ATTRIBUTED.
 */
@QuarkusTest
class AttributionTest {

    static final String NAME = "Zebulon Quillfeather";
    static final String ORGANISATION = "Obsidian Lantern Constabulary";

    @TestHTTPResource("/")
    URL base;

    /** Everything every role can read about the notes of a workshop where the distinctive delegate wrote. */
    private List<String> everythingReadable(
            Map<String, Object> attribution, List<String> readers, Staff.SignedIn organiser) throws Exception {
        Live.Round round = Live.anOpenRound(organiser.token(), attribution);
        Map<String, Object> registration = Delegates.aRegistration(round.joinCode());
        registration.put("name", NAME);
        registration.put("organisation", ORGANISATION);
        registration.put("sector", "POLICE");
        String writer = Delegates.join(Delegates.registered(registration).accessToken());
        String other = Live.aDelegateIn(round);
        readers.add(writer);
        readers.add(other);

        List<String> seen = new ArrayList<>();
        var created = Live.send(
                writer, round, "Insight from the field", UUID.randomUUID().toString());
        seen.add(created.asString());
        long note = ((Number) created.path("id")).longValue();
        long second = Live.aNote(writer, round, "A second thought");
        seen.add(given().auth()
                .oauth2(writer)
                .contentType("application/json")
                .body(Map.of("text", "A second thought, edited"))
                .patch("/api/notes/" + second)
                .asString());
        seen.add(
                given().auth().oauth2(other).put("/api/notes/" + note + "/vote").asString());
        seen.add(given().auth()
                .oauth2(organiser.token())
                .post("/api/notes/" + note + "/pin")
                .asString());
        seen.add(given().auth()
                .oauth2(organiser.token())
                .contentType("application/json")
                .body(Map.of("reason", "Check"))
                .post("/api/notes/" + second + "/hide")
                .asString());
        seen.add(given().auth()
                .oauth2(organiser.token())
                .post("/api/notes/" + second + "/restore")
                .asString());
        seen.add(given().auth()
                .oauth2(organiser.token())
                .contentType("application/json")
                .body(Map.of("into", note))
                .post("/api/notes/" + second + "/merge")
                .asString());

        for (String reader : readers) {
            for (String sort : new String[] {"newest", "votes"}) {
                seen.add(given().auth()
                        .oauth2(reader)
                        .queryParam("sort", sort)
                        .get("/api/workshops/" + round.workshopId() + "/notes")
                        .asString());
            }
            seen.add(given().auth().oauth2(reader).get("/api/notes/" + note).asString());
            seen.add(given().auth().oauth2(reader).get("/api/notes/" + second).asString());
            seen.add(given().auth()
                    .oauth2(reader)
                    .get("/api/workshops/" + round.workshopId() + "/moderation-log")
                    .asString());
            try (SseClient stream =
                    new SseClient(base + "api/workshops/" + round.workshopId() + "/events", reader, 0L)) {
                stream.drain(Duration.ofMillis(700)).forEach(e -> seen.add(e.type() + " " + e.data()));
            }
        }
        return seen;
    }

    private List<String> readers(Staff.SignedIn organiser) {
        List<String> readers = new ArrayList<>();
        readers.add(organiser.token());
        readers.add(Staff.aFacilitator().token());
        readers.add(Staff.anAnalyst().token());
        return readers;
    }

    private static void neverShowsWhoWrote(List<String> seen) {
        for (String body : seen) {
            assertFalse(body.contains(NAME), "name leaked: " + body);
            assertFalse(body.contains(ORGANISATION), "organisation leaked: " + body);
            assertFalse(body.contains("Quillfeather"), body);
            assertFalse(body.contains("Obsidian"), body);
        }
    }

    @Test
    void underTheChathamHouseRuleOnlyTheSectorShows() throws Exception {
        Staff.SignedIn organiser = Staff.anOrganiser();
        List<String> seen = everythingReadable(Map.of("attribution", "CHATHAM_HOUSE"), readers(organiser), organiser);
        neverShowsWhoWrote(seen);
        assertTrue(seen.stream().anyMatch(s -> s.contains("\"sector\":\"POLICE\"")), "the sector is shown");
        assertTrue(seen.stream().anyMatch(s -> s.contains("Insight from the field")), "the content is used");
    }

    @Test
    void inAnonymousWorkshopsNothingOfTheAuthorShows() throws Exception {
        Staff.SignedIn organiser = Staff.anOrganiser();
        List<String> seen = everythingReadable(Map.of("attribution", "ANONYMOUS"), readers(organiser), organiser);
        neverShowsWhoWrote(seen);
        assertTrue(seen.stream().noneMatch(s -> s.contains("\"author\"")), "no author at all");
        assertTrue(seen.stream().anyMatch(s -> s.contains("Insight from the field")));
    }

    @Test
    void attributedWorkshopsShowNameAndOrganisation() throws Exception {
        Staff.SignedIn organiser = Staff.anOrganiser();
        List<String> seen = everythingReadable(Map.of("attribution", "ATTRIBUTED"), readers(organiser), organiser);
        assertTrue(seen.stream().anyMatch(s -> s.contains(NAME) && s.contains(ORGANISATION)));
    }

    @Test
    void onlyAdminsSeeTheAuthorOfAChathamHouseNote() throws Exception {
        Staff.SignedIn organiser = Staff.anOrganiser();
        List<String> readers = new ArrayList<>();
        readers.add(Staff.anAdmin().token());
        List<String> seen = everythingReadable(Map.of("attribution", "CHATHAM_HOUSE"), readers, organiser);
        assertTrue(seen.stream().anyMatch(s -> s.contains(NAME)), "admins see the stored author");
    }
}
