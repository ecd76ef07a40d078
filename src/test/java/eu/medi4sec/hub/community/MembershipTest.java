package eu.medi4sec.hub.community;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import eu.medi4sec.hub.support.Delegates;
import eu.medi4sec.hub.support.Live;
import eu.medi4sec.hub.support.Members;
import eu.medi4sec.hub.support.Members.Member;
import eu.medi4sec.hub.support.Staff;
import eu.medi4sec.hub.support.Workshops;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Staying in touch: a personal link opens the community, after the workshop too, and one person is one member. */
@QuarkusTest
class MembershipTest {

    @Test
    void aPersonalLinkOpensTheCommunityAfterTheWorkshopIsOver() {
        String organiser = Staff.anOrganiser().token();
        Workshops.Created workshop = Workshops.aLiveWorkshop(organiser);
        Delegates.Registered delegate = Delegates.aRegisteredDelegate(workshop.joinCode());
        Workshops.moveTo(organiser, workshop.id(), "CLOSED");

        // joining the workshop is over…
        given().contentType("application/json")
                .header("X-Forwarded-For", Delegates.anAddress())
                .body(Map.of("accessToken", delegate.accessToken()))
                .post("/api/join")
                .then()
                .statusCode(409);
        // …the community is not
        String token = Members.open(delegate.accessToken())
                .then()
                .statusCode(200)
                .body("token", notNullValue())
                .body("expiresAt", notNullValue())
                .body("memberId", notNullValue())
                .body("delegateIds", contains((int) delegate.id()))
                .extract()
                .path("token");
        given().auth()
                .oauth2(token)
                .get("/api/community/profile")
                .then()
                .statusCode(200)
                .body("visible", equalTo(false))
                .body("fields.name", equalTo(false))
                .body("fields.organisation", equalTo(false))
                .body("registration.name", equalTo("Dana Delegate"));
    }

    @Test
    void aMemberTokenReachesTheCommunityAndNothingElse() {
        String organiser = Staff.anOrganiser().token();
        Live.Round round = Live.anOpenRound(organiser);
        Member member = Members.aMemberIn(round.joinCode());

        given().auth()
                .oauth2(member.token())
                .contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of(
                        "text", "A note from after the workshop", "kind", "INSIGHT", "sessionId", round.sessionId()))
                .post("/api/workshops/" + round.workshopId() + "/notes")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(member.token())
                .get("/api/workshops/" + round.workshopId() + "/notes")
                .then()
                .statusCode(403);
        given().auth().oauth2(member.token()).get("/api/me/delegate").then().statusCode(403);
        given().auth().oauth2(member.token()).get("/api/community").then().statusCode(200);
    }

    @Test
    void onlyARegistrationWithItsPlaceOpensTheCommunity() {
        String organiser = Staff.anOrganiser().token();
        Workshops.Created full = Workshops.aScheduledWorkshop(organiser, 1);
        Delegates.Registered seated = Delegates.aRegisteredDelegate(full.joinCode());
        Delegates.Registered waiting = Delegates.aRegisteredDelegate(full.joinCode());

        Members.open(waiting.accessToken())
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("waitlist"));
        given().contentType("application/json")
                .header("X-Forwarded-For", Delegates.anAddress())
                .body(Map.of("accessToken", seated.accessToken()))
                .post("/api/my-registration/cancel")
                .then()
                .statusCode(200);
        Members.open(seated.accessToken()).then().statusCode(409).body("detail", containsString("cancelled"));
        Members.open("not-a-key-at-all").then().statusCode(401).contentType("application/problem+json");
        given().contentType("application/json")
                .header("X-Forwarded-For", Delegates.anAddress())
                .body(Map.of())
                .post("/api/community/session")
                .then()
                .statusCode(422)
                .body("violations.field", hasItem("key"));
    }

    @Test
    void aCancellationEndsTheMemberTokenOfItsOnlyRegistration() {
        Workshops.Created workshop =
                Workshops.aScheduledWorkshop(Staff.anOrganiser().token(), 10);
        Member member = Members.aMemberIn(workshop.joinCode());
        given().auth()
                .oauth2(member.token())
                .get("/api/community/profile")
                .then()
                .statusCode(200);

        given().contentType("application/json")
                .header("X-Forwarded-For", Delegates.anAddress())
                .body(Map.of("accessToken", member.accessToken()))
                .post("/api/my-registration/cancel")
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(member.token())
                .get("/api/community/profile")
                .then()
                .statusCode(401);
    }

    @Test
    void aDelegateTokenActsAsTheDelegatesMember() {
        Live.Round round = Live.anOpenRound(Staff.anOrganiser().token());
        Member member = Members.aMemberIn(round.joinCode());
        String delegateToken = Delegates.join(member.accessToken());

        given().auth()
                .oauth2(delegateToken)
                .get("/api/community/profile")
                .then()
                .statusCode(200)
                .body("memberId", equalTo((int) member.id()));
        // a delegate who never opened the community becomes a member on first use
        String other = Live.aDelegateIn(round);
        long otherId = ((Number) given().auth()
                        .oauth2(other)
                        .get("/api/community/profile")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("memberId"))
                .longValue();
        given().auth().oauth2(other).get("/api/community/profile").then().body("memberId", equalTo((int) otherId));
    }

    @Test
    void twoRegistrationsWithOneEmailBecomeOneMemberOnlyWhenEachLinkConfirmsIt() {
        String organiser = Staff.anOrganiser().token();
        Workshops.Created first = Workshops.aScheduledWorkshop(organiser, 10);
        Workshops.Created second = Workshops.aScheduledWorkshop(organiser, 10);
        String email = "ana-" + UUID.randomUUID() + "@example.org";
        Member member = Members.aMemberIn(first.joinCode(), Map.of("email", email));
        Map<String, Object> again = Delegates.aRegistration(second.joinCode());
        again.put("email", email);
        again.put("organisation", "Europol");
        Delegates.Registered later = Delegates.registered(again);

        // the same email is not enough: until the second link confirms it, they are two
        String secondToken = Members.open(later.accessToken())
                .then()
                .statusCode(200)
                .extract()
                .path("token");
        long secondMember = ((Number) given().auth()
                        .oauth2(secondToken)
                        .get("/api/community/profile")
                        .then()
                        .extract()
                        .path("memberId"))
                .longValue();
        org.junit.jupiter.api.Assertions.assertNotEquals(member.id(), secondMember);

        link(member.token(), later.accessToken())
                .then()
                .statusCode(200)
                .body("memberId", equalTo((int) member.id()))
                .body("delegateIds", containsInAnyOrder((int) member.delegateId(), (int) later.id()));
        // linking again changes nothing; the second link now opens the same member
        link(member.token(), later.accessToken()).then().statusCode(200);
        Members.open(later.accessToken()).then().statusCode(200).body("memberId", equalTo((int) member.id()));
        // the profile shows the latest registration
        given().auth()
                .oauth2(member.token())
                .get("/api/community/profile")
                .then()
                .body("registration.organisation", equalTo("Europol"))
                .body("delegateIds", containsInAnyOrder((int) member.delegateId(), (int) later.id()));
        // the membership the second link made on its own is gone with its token
        given().auth().oauth2(secondToken).get("/api/community/profile").then().statusCode(401);
    }

    @Test
    void aRegistrationWithAnotherEmailIsNotLinked() {
        String organiser = Staff.anOrganiser().token();
        Workshops.Created workshop = Workshops.aScheduledWorkshop(organiser, 10);
        Member member = Members.aMemberIn(workshop.joinCode());
        Delegates.Registered someoneElse = Delegates.aRegisteredDelegate(workshop.joinCode());

        link(member.token(), someoneElse.accessToken())
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", contains("key"))
                .body("detail", containsString("same email"));
        link(member.token(), "a-wrong-key").then().statusCode(401);
        given().auth()
                .oauth2(member.token())
                .get("/api/community/profile")
                .then()
                .body("delegateIds", contains((int) member.delegateId()));
    }

    private static io.restassured.response.Response link(String token, String key) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .header("X-Forwarded-For", Delegates.anAddress())
                .body(Map.of("key", key))
                .post("/api/community/link");
    }
}
