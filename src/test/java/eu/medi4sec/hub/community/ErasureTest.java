package eu.medi4sec.hub.community;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.medi4sec.hub.delegate.DelegateErased;
import eu.medi4sec.hub.support.Delegates;
import eu.medi4sec.hub.support.Members;
import eu.medi4sec.hub.support.Members.Member;
import eu.medi4sec.hub.support.Staff;
import eu.medi4sec.hub.support.Workshops;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** When a registration is erased, the community forgets what it holds about that person. */
@QuarkusTest
class ErasureTest {

    @Inject
    Event<DelegateErased> erasures;

    @Inject
    CommunityService community;

    private void erase(Member member, long workshopId) {
        QuarkusTransaction.requiringNew().run(() -> erasures.fire(new DelegateErased(member.delegateId(), workshopId)));
    }

    /** Read in a transaction of its own, as an export would, not from the test's long-lived session. */
    private java.util.Optional<CommunityService.PersonalData> personalData(Member member) {
        return QuarkusTransaction.requiringNew().call(() -> community.personalData(member.delegateId()));
    }

    @Test
    void erasureRemovesTheProfileTheIntroductionsAndAMemberWithNoOtherRegistration() {
        Workshops.Created workshop =
                Workshops.aScheduledWorkshop(Staff.anOrganiser().token(), 20);
        Member erased = Members.aMemberIn(workshop.joinCode());
        Members.visible(erased, "erased-" + UUID.randomUUID() + "@example.org");
        Member friend = Members.aMemberIn(workshop.joinCode());
        Members.visible(friend, "friend@example.org");
        Member admirer = Members.aMemberIn(workshop.joinCode());
        Members.visible(admirer, "admirer@example.org");
        long accepted = Members.anIntroduction(erased, friend);
        Members.answer(friend, accepted, "accept").then().statusCode(200);
        long pending = Members.anIntroduction(admirer, erased);

        var before = personalData(erased).orElseThrow();
        assertEquals(erased.id(), before.memberId());
        assertEquals(2, before.introductions().size());
        assertTrue(before.visible());

        erase(erased, workshop.id());

        given().auth()
                .oauth2(erased.token())
                .get("/api/community/profile")
                .then()
                .statusCode(401);
        given().auth().oauth2(friend.token()).get("/api/introductions").then().body("id", not(hasItem((int) accepted)));
        given().auth().oauth2(admirer.token()).get("/api/introductions").then().body("id", not(hasItem((int) pending)));
        given().auth().oauth2(friend.token()).get("/api/community").then().body("id", not(hasItem((int) erased.id())));
        assertFalse(personalData(erased).isPresent());
        // erasing again is a no-op
        erase(erased, workshop.id());
    }

    @Test
    void aMemberWithAnotherRegistrationStaysButLosesTheProfileAndIntroductions() {
        String organiser = Staff.anOrganiser().token();
        Workshops.Created first = Workshops.aScheduledWorkshop(organiser, 20);
        Workshops.Created second = Workshops.aScheduledWorkshop(organiser, 20);
        String email = "twice-" + UUID.randomUUID() + "@example.org";
        Member member = Members.aMemberIn(first.joinCode(), Map.of("email", email));
        Map<String, Object> again = Delegates.aRegistration(second.joinCode());
        again.put("email", email);
        Delegates.Registered later = Delegates.registered(again);
        given().auth()
                .oauth2(member.token())
                .contentType("application/json")
                .header("X-Forwarded-For", Delegates.anAddress())
                .body(Map.of("key", later.accessToken()))
                .post("/api/community/link")
                .then()
                .statusCode(200);
        Members.putProfile(
                        member.token(),
                        Members.aVisibleProfile(
                                "me@example.org", List.of("official-account-single-source"), true, true, true, true))
                .then()
                .statusCode(200);
        Member other = Members.aMemberIn(first.joinCode());
        Members.visible(other, "other@example.org");
        long introduction = Members.anIntroduction(other, member);

        erase(member, first.id());

        given().auth()
                .oauth2(member.token())
                .get("/api/community/profile")
                .then()
                .statusCode(200)
                .body("visible", equalTo(false))
                .body("bio", nullValue())
                .body("contact", nullValue())
                .body("interests.size()", equalTo(0))
                .body("delegateIds", contains((int) later.id()));
        given().auth().oauth2(other.token()).get("/api/introductions").then().body("id", not(hasItem((int)
                introduction)));
        given().auth().oauth2(member.token()).get("/api/introductions").then().body("size()", equalTo(0));
    }
}
