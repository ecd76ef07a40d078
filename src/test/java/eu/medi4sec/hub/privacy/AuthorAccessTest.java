package eu.medi4sec.hub.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.medi4sec.hub.support.Live;
import eu.medi4sec.hub.support.SseClient;
import eu.medi4sec.hub.support.Staff;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthorAccessTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void anAdminListingNotesIsRecordedOncePerNoteInOneGo() {
        var organiser = Staff.anOrganiser();
        var admin = Staff.anAdmin();
        Live.Round round = Live.anOpenRound(organiser.token());
        String delegate = Live.aDelegateIn(round);
        long first = Live.aNote(delegate, round, "Rumours fade when answered within the hour");
        long second = Live.aNote(delegate, round, "A single official account helps");

        given().auth()
                .oauth2(admin.token())
                .get("/api/workshops/" + round.workshopId() + "/notes")
                .then()
                .statusCode(200)
                .body("author.delegateId[0]", org.hamcrest.Matchers.notNullValue());

        var audit = given().auth()
                .oauth2(admin.token())
                .queryParam("accountId", admin.account().id())
                .get("/api/audit/author-access")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "2")
                .extract();
        List<Number> notes = audit.path("noteId");
        assertEquals(
                List.of(first, second),
                notes.stream().map(Number::longValue).sorted().toList());
        assertEquals((String) audit.path("[0].accessedAt"), audit.path("[1].accessedAt"), "written in one insert");
        assertEquals(admin.account().displayName(), audit.path("[0].accountName"));
    }

    @Test
    void anOrganiserListingNotesLeavesNoTrace() {
        var organiser = Staff.anOrganiser();
        var admin = Staff.anAdmin();
        Live.Round round = Live.anOpenRound(organiser.token());
        long note = Live.aNote(Live.aDelegateIn(round), round, "Police livestreams calmed the crowd");

        given().auth()
                .oauth2(organiser.token())
                .get("/api/workshops/" + round.workshopId() + "/notes")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(organiser.token())
                .get("/api/notes/" + note)
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(admin.token())
                .queryParam("noteId", note)
                .get("/api/audit/author-access")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "0");
        given().auth().oauth2(admin.token()).get("/api/notes/" + note).then().statusCode(200);
        given().auth()
                .oauth2(admin.token())
                .queryParam("noteId", note)
                .get("/api/audit/author-access")
                .then()
                .header("X-Total-Count", "1")
                .body("[0].accountId", equalTo((int) admin.account().id()));
    }

    @Test
    void theAuditIsForAdminsOnly() {
        given().auth()
                .oauth2(Staff.anOrganiser().token())
                .get("/api/audit/author-access")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Staff.anAdmin().token())
                .queryParam("noteId", "x")
                .get("/api/audit/author-access")
                .then()
                .statusCode(400);
    }

    @Test
    void anAdminWatchingTheLiveFeedIsRecordedForEveryNoteShown() throws Exception {
        var organiser = Staff.anOrganiser();
        var admin = Staff.anAdmin();
        Live.Round round = Live.anOpenRound(organiser.token());
        try (SseClient feed =
                new SseClient(base + "api/workshops/" + round.workshopId() + "/events", admin.token(), null)) {
            String delegate = Live.aDelegateIn(round);
            long first = Live.aNote(delegate, round, "Seen live, first");
            long second = Live.aNote(delegate, round, "Seen live, second");
            feed.await("note.created", Duration.ofSeconds(15));
            feed.await("note.created", Duration.ofSeconds(15));
            for (long note : new long[] {first, second}) {
                // written off the stream's thread, a moment later
                long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                String total;
                do {
                    Thread.sleep(100);
                    total = given().auth()
                            .oauth2(admin.token())
                            .queryParam("noteId", note)
                            .get("/api/audit/author-access")
                            .then()
                            .statusCode(200)
                            .extract()
                            .header("X-Total-Count");
                } while ("0".equals(total) && System.nanoTime() < deadline);
                assertEquals("1", total, "the admin's sighting of note " + note + " on the live feed");
            }
        }
    }
}
