package eu.medi4sec.hub.note;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import eu.medi4sec.hub.support.Live;
import eu.medi4sec.hub.support.Staff;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ModerationTest {

    @Test
    void aHiddenNoteLeavesTheDelegatesWallAndComesBackWhenRestored() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Staff.SignedIn facilitator = Staff.aFacilitator();
        Live.Round round = Live.anOpenRound(organiser.token());
        String author = Live.aDelegateIn(round);
        String reader = Live.aDelegateIn(round);
        long id = Live.aNote(author, round, "Off-topic rant");
        String wall = "/api/workshops/" + round.workshopId() + "/notes";

        given().auth()
                .oauth2(facilitator.token())
                .contentType("application/json")
                .body(Map.of("reason", "Off topic"))
                .post("/api/notes/" + id + "/hide")
                .then()
                .statusCode(200)
                .body("status", equalTo("HIDDEN"))
                .body("hiddenReason", equalTo("Off topic"));
        given().auth().oauth2(reader).get(wall).then().body("size()", equalTo(0));
        given().auth()
                .oauth2(reader)
                .get("/api/notes/" + id)
                .then()
                .statusCode(200)
                .body("text", nullValue())
                .body("status", equalTo("HIDDEN"));
        given().auth().oauth2(facilitator.token()).get(wall).then().body("[0].status", equalTo("HIDDEN"));

        given().auth()
                .oauth2(facilitator.token())
                .post("/api/notes/" + id + "/restore")
                .then()
                .statusCode(200)
                .body("status", equalTo("VISIBLE"));
        given().auth().oauth2(reader).get(wall).then().body("text", contains("Off-topic rant"));
        given().auth()
                .oauth2(facilitator.token())
                .post("/api/notes/" + id + "/restore")
                .then()
                .statusCode(409);
    }

    @Test
    void hidingNeedsAReason() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        long id = Live.aNote(Live.aDelegateIn(round), round, "Anything");
        given().auth()
                .oauth2(organiser.token())
                .contentType("application/json")
                .body(Map.of("reason", " "))
                .post("/api/notes/" + id + "/hide")
                .then()
                .statusCode(422)
                .body("violations.field", contains("reason"));
    }

    @Test
    void aMergeCarriesTheVotesToTheSurvivorCountingEachDelegateOnce() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        String author = Live.aDelegateIn(round);
        long survivor = Live.aNote(author, round, "Brief the crowd before the event");
        long duplicate = Live.aNote(author, round, "Tell people what to expect beforehand");
        String both = Live.aDelegateIn(round);
        String onlyDuplicate = Live.aDelegateIn(round);
        given().auth()
                .oauth2(both)
                .put("/api/notes/" + survivor + "/vote")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(both)
                .put("/api/notes/" + duplicate + "/vote")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(onlyDuplicate)
                .put("/api/notes/" + duplicate + "/vote")
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(organiser.token())
                .contentType("application/json")
                .body(Map.of("into", survivor))
                .post("/api/notes/" + duplicate + "/merge")
                .then()
                .statusCode(200)
                .body("status", equalTo("MERGED"))
                .body("mergedInto", equalTo((int) survivor))
                .body("votes", equalTo(0));
        given().auth()
                .oauth2(organiser.token())
                .get("/api/notes/" + survivor)
                .then()
                .body("votes", equalTo(2));
        given().auth()
                .oauth2(onlyDuplicate)
                .get("/api/notes/" + survivor)
                .then()
                .body("votedByMe", equalTo(true));
        given().auth()
                .oauth2(organiser.token())
                .contentType("application/json")
                .body(Map.of("into", survivor))
                .post("/api/notes/" + survivor + "/merge")
                .then()
                .statusCode(422);
    }

    @Test
    void preModeratedNotesReachOthersOnlyOnceApproved() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token(), Map.of("preModeration", true));
        String author = Live.aDelegateIn(round);
        String reader = Live.aDelegateIn(round);
        long id = Live.aNote(author, round, "Needs a look first");
        String wall = "/api/workshops/" + round.workshopId() + "/notes";
        given().auth().oauth2(author).get(wall).then().body("status", contains("PENDING"));
        given().auth().oauth2(reader).get(wall).then().body("size()", equalTo(0));
        given().auth().oauth2(reader).get("/api/notes/" + id).then().statusCode(404);
        given().auth()
                .oauth2(organiser.token())
                .queryParam("status", "PENDING")
                .get(wall)
                .then()
                .body("size()", equalTo(1));
        given().auth()
                .oauth2(organiser.token())
                .post("/api/notes/" + id + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("VISIBLE"));
        given().auth().oauth2(reader).get(wall).then().body("text", contains("Needs a look first"));
    }

    @Test
    void pinningAndEveryActionLandInTheAuditLog() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Staff.SignedIn facilitator = Staff.aFacilitator();
        Live.Round round = Live.anOpenRound(organiser.token());
        long id = Live.aNote(Live.aDelegateIn(round), round, "Pin me");
        given().auth()
                .oauth2(facilitator.token())
                .post("/api/notes/" + id + "/pin")
                .then()
                .statusCode(200)
                .body("pinned", equalTo(true));
        given().auth()
                .oauth2(facilitator.token())
                .post("/api/notes/" + id + "/unpin")
                .then()
                .statusCode(200)
                .body("pinned", equalTo(false));
        given().auth()
                .oauth2(facilitator.token())
                .contentType("application/json")
                .body(Map.of("reason", "Duplicate"))
                .post("/api/notes/" + id + "/hide")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Staff.anAnalyst().token())
                .get("/api/workshops/" + round.workshopId() + "/moderation-log")
                .then()
                .statusCode(200)
                .body("action", contains("HIDE", "UNPIN", "PIN"))
                .body("[0].reason", equalTo("Duplicate"))
                .body("[0].actorAccountId", equalTo((int) facilitator.account().id()))
                .body("[0].actorName", equalTo(facilitator.account().displayName()))
                .body("[0].noteId", equalTo((int) id))
                .body("[0].noteText", equalTo("Pin me"))
                .body("[0].at", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void delegatesAndAnalystsCannotModerate() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        String delegate = Live.aDelegateIn(round);
        long id = Live.aNote(delegate, round, "Mine");
        for (String token : new String[] {delegate, Staff.anAnalyst().token()}) {
            given().auth()
                    .oauth2(token)
                    .contentType("application/json")
                    .body(Map.of("reason", "x"))
                    .post("/api/notes/" + id + "/hide")
                    .then()
                    .statusCode(403);
            given().auth()
                    .oauth2(token)
                    .post("/api/notes/" + id + "/pin")
                    .then()
                    .statusCode(403);
        }
        given().auth()
                .oauth2(delegate)
                .get("/api/workshops/" + round.workshopId() + "/moderation-log")
                .then()
                .statusCode(403);
    }
}
