package eu.medi4sec.hub.note;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.medi4sec.hub.support.Live;
import eu.medi4sec.hub.support.Staff;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NoteCaptureTest {

    private static int count(String token, Live.Round round) {
        return given().auth()
                .oauth2(token)
                .queryParam("limit", 200)
                .get("/api/workshops/" + round.workshopId() + "/notes")
                .then()
                .statusCode(200)
                .extract()
                .path("size()");
    }

    @Test
    void aNoteIsStoredExactlyAsSent() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        String delegate = Live.aDelegateIn(round);
        String text = "  Rumours spread faster than facts — Ünïcødé, 🚓, <b>tags</b> & \"quotes\"\n\tand whitespace  ";
        var sent = Live.send(delegate, round, text, UUID.randomUUID().toString());
        assertEquals(201, sent.statusCode(), sent.asString());
        long id = ((Number) sent.path("id")).longValue();
        org.hamcrest.MatcherAssert.assertThat(
                sent.header("Location"), org.hamcrest.Matchers.endsWith("/api/notes/" + id));
        given().auth()
                .oauth2(organiser.token())
                .get("/api/notes/" + id)
                .then()
                .statusCode(200)
                .body("text", equalTo(text))
                .body("kind", equalTo("INSIGHT"))
                .body("status", equalTo("VISIBLE"))
                .body("votes", equalTo(0))
                .body("sessionId", equalTo((int) round.sessionId()));
    }

    @Test
    void twoIdenticalNotesAreTwoNotesEachKnownToItsAuthorByItsOwnKey() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        String delegate = Live.aDelegateIn(round);
        String other = Live.aDelegateIn(round);
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        var a = Live.send(delegate, round, "Same words", first);
        var b = Live.send(delegate, round, "Same words", second);
        assertEquals(first, a.path("clientKey"));
        assertEquals(second, b.path("clientKey"));
        given().auth()
                .oauth2(delegate)
                .get("/api/workshops/" + round.workshopId() + "/notes")
                .then()
                .statusCode(200)
                .body("clientKey", org.hamcrest.Matchers.containsInAnyOrder(first, second));
        // nobody else learns the key: not another delegate, not staff
        given().auth()
                .oauth2(other)
                .get("/api/workshops/" + round.workshopId() + "/notes")
                .then()
                .statusCode(200)
                .body("size()", equalTo(2))
                .body("clientKey", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue()));
        given().auth()
                .oauth2(organiser.token())
                .get("/api/workshops/" + round.workshopId() + "/notes")
                .then()
                .statusCode(200)
                .body("clientKey", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue()));
    }

    @Test
    void retryWithTheSameKeyReturnsTheOriginalNoteAndCreatesNothing() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        String delegate = Live.aDelegateIn(round);
        String key = UUID.randomUUID().toString();
        var first = Live.send(delegate, round, "Pre-event messaging works", key);
        var retry = Live.send(delegate, round, "Pre-event messaging works", key);
        assertEquals(201, first.statusCode());
        assertEquals(201, retry.statusCode());
        assertEquals(first.asString(), retry.asString());
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(1, count(organiser.token(), round));
    }

    @Test
    void theSameKeyWithAChangedBodyIs422() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        String delegate = Live.aDelegateIn(round);
        String key = UUID.randomUUID().toString();
        assertEquals(201, Live.send(delegate, round, "First text", key).statusCode());
        var changed = Live.send(delegate, round, "Second text", key);
        assertEquals(422, changed.statusCode());
        assertEquals("application/problem+json", changed.contentType());
        assertEquals(1, count(organiser.token(), round));
    }

    @Test
    void aHundredConcurrentPostsWithOneKeyMakeOneNote() throws Exception {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        String delegate = Live.aDelegateIn(round);
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Callable<Integer>> posts = new ArrayList<>();
            Set<Object> ids = java.util.Collections.synchronizedSet(new HashSet<>());
            for (int i = 0; i < 100; i++) {
                posts.add(() -> {
                    var response = Live.send(delegate, round, "Only once, please", key);
                    if (response.statusCode() == 201) {
                        ids.add(response.path("id"));
                    }
                    return response.statusCode();
                });
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(posts)) {
                statuses.add(f.get());
            }
            org.junit.jupiter.api.Assertions.assertTrue(
                    statuses.stream().allMatch(s -> s == 201 || s == 409), statuses.toString());
            assertEquals(1, ids.size(), "every success names the same note");
            assertEquals(1, count(organiser.token(), round));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void keysBelongToTheirSender() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        String key = UUID.randomUUID().toString();
        assertEquals(201, Live.send(Live.aDelegateIn(round), round, "Mine", key).statusCode());
        assertEquals(201, Live.send(Live.aDelegateIn(round), round, "Mine", key).statusCode());
        assertEquals(2, count(organiser.token(), round));
    }

    @Test
    void aMissingOrMalformedKeyIs400() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        String delegate = Live.aDelegateIn(round);
        given().auth()
                .oauth2(delegate)
                .contentType("application/json")
                .body(Map.of("text", "No key", "kind", "IDEA", "sessionId", round.sessionId()))
                .post("/api/workshops/" + round.workshopId() + "/notes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        assertEquals(400, Live.send(delegate, round, "Bad key", "not-a-uuid").statusCode());
    }

    @Test
    void aClosedRoundOrAWorkshopThatIsNotLiveTakesNoNotes() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        String delegate = Live.aDelegateIn(round);
        Staff.SignedIn facilitator = Staff.aFacilitator();
        given().auth()
                .oauth2(facilitator.token())
                .post("/api/workshops/" + round.workshopId() + "/sessions/" + round.sessionId() + "/close")
                .then()
                .statusCode(200)
                .body("roundOpen", equalTo(false));
        var closed = Live.send(delegate, round, "Too late", UUID.randomUUID().toString());
        assertEquals(409, closed.statusCode());
        given().auth()
                .oauth2(facilitator.token())
                .post("/api/workshops/" + round.workshopId() + "/sessions/" + round.sessionId() + "/open")
                .then()
                .statusCode(200);
        assertEquals(
                201,
                Live.send(delegate, round, "Open again", UUID.randomUUID().toString())
                        .statusCode());
        eu.medi4sec.hub.support.Workshops.moveTo(organiser.token(), round.workshopId(), "CLOSED");
        assertEquals(
                409,
                Live.send(delegate, round, "Workshop over", UUID.randomUUID().toString())
                        .statusCode());
        given().auth()
                .oauth2(facilitator.token())
                .post("/api/workshops/" + round.workshopId() + "/sessions/" + round.sessionId() + "/open")
                .then()
                .statusCode(409);
    }

    @Test
    void aDelegateCannotWriteToAnotherWorkshop() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round mine = Live.anOpenRound(organiser.token());
        Live.Round other = Live.anOpenRound(organiser.token());
        String delegate = Live.aDelegateIn(mine);
        var response = given().auth()
                .oauth2(delegate)
                .contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("text", "Sneaky", "kind", "IDEA", "sessionId", other.sessionId()))
                .post("/api/workshops/" + other.workshopId() + "/notes")
                .then()
                .extract();
        assertEquals(404, response.statusCode());
        var wrongSession = given().auth()
                .oauth2(delegate)
                .contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("text", "Sneaky", "kind", "IDEA", "sessionId", other.sessionId()))
                .post("/api/workshops/" + mine.workshopId() + "/notes")
                .then()
                .extract();
        assertEquals(404, wrongSession.statusCode());
        long theirs = Live.aNote(organiser.token(), other, "Theirs");
        given().auth().oauth2(delegate).get("/api/notes/" + theirs).then().statusCode(404);
        given().auth()
                .oauth2(delegate)
                .put("/api/notes/" + theirs + "/vote")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(delegate)
                .get("/api/workshops/" + other.workshopId() + "/notes")
                .then()
                .statusCode(404);
    }

    @Test
    void textLengthAndKindsAreChecked() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        String delegate = Live.aDelegateIn(round);
        assertEquals(
                422,
                Live.send(delegate, round, "   ", UUID.randomUUID().toString()).statusCode());
        assertEquals(
                422,
                Live.send(delegate, round, "x".repeat(2001), UUID.randomUUID().toString())
                        .statusCode());
        assertEquals(
                201,
                Live.send(delegate, round, "é".repeat(2000), UUID.randomUUID().toString())
                        .statusCode());
        var discussion = given().auth()
                .oauth2(delegate)
                .contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("text", "Rapporteur", "kind", "DISCUSSION", "sessionId", round.sessionId()))
                .post("/api/workshops/" + round.workshopId() + "/notes")
                .then()
                .extract();
        assertEquals(422, discussion.statusCode());
        org.hamcrest.MatcherAssert.assertThat(discussion.path("violations.field"), contains("kind"));
        given().auth()
                .oauth2(organiser.token())
                .contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("text", "Rapporteur", "kind", "DISCUSSION", "sessionId", round.sessionId()))
                .post("/api/workshops/" + round.workshopId() + "/notes")
                .then()
                .statusCode(201);
    }

    @Test
    void authorsEditAndWithdrawTheirOwnNotes() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        String author = Live.aDelegateIn(round);
        String other = Live.aDelegateIn(round);
        long id = Live.aNote(author, round, "Frist draft");
        given().auth()
                .oauth2(other)
                .contentType("application/json")
                .body(Map.of("text", "Hijack"))
                .patch("/api/notes/" + id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(author)
                .contentType("application/json")
                .body(Map.of("text", "First draft", "kind", "IDEA"))
                .patch("/api/notes/" + id)
                .then()
                .statusCode(200)
                .body("text", equalTo("First draft"))
                .body("kind", equalTo("IDEA"))
                .body("mine", equalTo(true));
        given().auth()
                .oauth2(author)
                .delete("/api/notes/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        given().auth()
                .oauth2(other)
                .get("/api/workshops/" + round.workshopId() + "/notes")
                .then()
                .body("size()", equalTo(0));
    }

    @Test
    void listsFilterSortAndPageWithACursor() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        String author = Live.aDelegateIn(round);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(Live.aNote(author, round, "Note " + i));
        }
        String voter = Live.aDelegateIn(round);
        given().auth()
                .oauth2(voter)
                .put("/api/notes/" + ids.get(1) + "/vote")
                .then()
                .statusCode(200)
                .body("votes", equalTo(1));
        given().auth()
                .oauth2(voter)
                .put("/api/notes/" + ids.get(1) + "/vote")
                .then()
                .statusCode(200)
                .body("votes", equalTo(1));
        String url = "/api/workshops/" + round.workshopId() + "/notes";
        var firstPage = given().auth()
                .oauth2(organiser.token())
                .queryParam("limit", 2)
                .get(url)
                .then()
                .statusCode(200)
                .body("text", contains("Note 4", "Note 3"))
                .extract();
        String cursor = firstPage.header("X-Next-Cursor");
        given().auth()
                .oauth2(organiser.token())
                .queryParam("limit", 2)
                .queryParam("cursor", cursor)
                .get(url)
                .then()
                .body("text", contains("Note 2", "Note 1"));
        given().auth()
                .oauth2(organiser.token())
                .queryParam("sort", "votes")
                .queryParam("limit", 1)
                .get(url)
                .then()
                .body("text", contains("Note 1"))
                .body("[0].votes", equalTo(1));
        given().auth()
                .oauth2(voter)
                .queryParam("sort", "votes")
                .queryParam("limit", 1)
                .get(url)
                .then()
                .body("[0].votedByMe", equalTo(true));
        given().auth()
                .oauth2(organiser.token())
                .queryParam("kind", "IDEA")
                .get(url)
                .then()
                .body("size()", equalTo(0));
        given().auth()
                .oauth2(organiser.token())
                .queryParam("sessionId", round.sessionId())
                .get(url)
                .then()
                .body("size()", equalTo(5));
        given().auth()
                .oauth2(voter)
                .delete("/api/notes/" + ids.get(1) + "/vote")
                .then()
                .statusCode(200)
                .body("votes", equalTo(0));
        given().auth()
                .oauth2(voter)
                .delete("/api/notes/" + ids.get(1) + "/vote")
                .then()
                .statusCode(200)
                .body("votes", equalTo(0));
        given().auth()
                .oauth2(organiser.token())
                .put("/api/notes/" + ids.get(1) + "/vote")
                .then()
                .statusCode(403);
    }
}
