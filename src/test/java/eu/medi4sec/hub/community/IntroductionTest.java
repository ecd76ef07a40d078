package eu.medi4sec.hub.community;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.medi4sec.hub.common.Letter;
import eu.medi4sec.hub.support.Mailbox;
import eu.medi4sec.hub.support.Members;
import eu.medi4sec.hub.support.Members.Member;
import eu.medi4sec.hub.support.Staff;
import eu.medi4sec.hub.support.Workshops;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Introductions with double opt-in: contacts only after acceptance, to the two people only. */
@QuarkusTest
class IntroductionTest {

    private String joinCode;

    @BeforeEach
    void aWorkshop() {
        joinCode =
                Workshops.aScheduledWorkshop(Staff.anOrganiser().token(), 100).joinCode();
    }

    private Member aVisibleMember(String contact) {
        Member member = Members.aMemberIn(joinCode, Map.of("name", "Member " + UUID.randomUUID()));
        Members.visible(member, contact);
        return member;
    }

    @Test
    void anIntroductionRevealsContactsOnlyAfterAcceptanceToBothSidesAndNobodyElse() {
        String askerContact = "asker-" + UUID.randomUUID() + "@example.org";
        String askedContact = "asked-" + UUID.randomUUID() + "@example.org";
        Member asker = aVisibleMember(askerContact);
        Member asked = aVisibleMember(askedContact);
        Member bystander = aVisibleMember("bystander@example.org");

        var created = Members.ask(asker, asked.id(), "We both work on rumours; shall we talk?");
        assertEquals(201, created.statusCode(), created.asString());
        assertEquals("PENDING", created.path("status"));
        assertEquals("OUTGOING", created.path("direction"));
        assertEquals((int) asked.id(), (int) created.path("member.id"));
        assertFalse(created.asString().contains(askedContact));
        long id = ((Number) created.path("id")).longValue();

        // the recipient is told by email, and sees it, without anyone's contact yet
        Letter letter = Mailbox.latestTo(asked.email());
        assertTrue(letter.text().contains("We both work on rumours; shall we talk?"), letter.text());
        assertFalse(letter.text().contains(askerContact));
        mine(asked)
                .then()
                .body("find { it.id == " + id + " }.direction", equalTo("INCOMING"))
                .body("find { it.id == " + id + " }.status", equalTo("PENDING"))
                .body("find { it.id == " + id + " }.member.id", equalTo((int) asker.id()))
                .body("find { it.id == " + id + " }", not(hasKey("contact")));
        mine(asker).then().body("find { it.id == " + id + " }", not(hasKey("contact")));

        Members.answer(asked, id, "accept")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("contact", equalTo(askerContact));
        mine(asker)
                .then()
                .body("find { it.id == " + id + " }.status", equalTo("ACCEPTED"))
                .body("find { it.id == " + id + " }.contact", equalTo(askedContact));
        mine(asked).then().body("find { it.id == " + id + " }.contact", equalTo(askerContact));
        assertTrue(Mailbox.latestTo(asker.email()).subject().contains("accepted"));

        // nobody else learns anything about it
        List<String> elsewhere = new ArrayList<>();
        elsewhere.add(mine(bystander).asString());
        elsewhere.add(
                given().auth().oauth2(bystander.token()).get("/api/community").asString());
        elsewhere.add(given().auth()
                .oauth2(bystander.token())
                .get("/api/community/suggestions?limit=50")
                .asString());
        elsewhere.add(given().auth().oauth2(asker.token()).get("/api/community").asString());
        for (String answer : elsewhere) {
            assertFalse(answer.contains(askerContact) || answer.contains(askedContact), answer);
            assertFalse(answer.contains("shall we talk"), answer);
        }
        Members.answer(bystander, id, "accept").then().statusCode(404);
        Members.answer(bystander, id, "decline").then().statusCode(404);
    }

    @Test
    void onlyTheRecipientAnswersOnceAndTheSameAnswerAgainChangesNothing() {
        Member asker = aVisibleMember("a@example.org");
        Member asked = aVisibleMember("b@example.org");
        long id = Members.anIntroduction(asker, asked);

        Members.answer(asker, id, "accept").then().statusCode(404).contentType("application/problem+json");
        Members.answer(asked, id, "accept").then().statusCode(200).body("status", equalTo("ACCEPTED"));
        Members.answer(asked, id, "accept").then().statusCode(200).body("status", equalTo("ACCEPTED"));
        Members.answer(asked, id, "decline")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("already accepted"));
        Members.answer(asked, Long.MAX_VALUE, "accept").then().statusCode(404);
    }

    @Test
    void aDeclinedPairCannotBeAskedAgainEitherWay() {
        Member asker = aVisibleMember("a@example.org");
        Member asked = aVisibleMember("b@example.org");
        long id = Members.anIntroduction(asker, asked);
        assertEquals(409, Members.ask(asker, asked.id(), "Again?").statusCode(), "an open request is not asked twice");
        assertEquals(409, Members.ask(asked, asker.id(), "Me too").statusCode(), "nor asked back");

        Members.answer(asked, id, "decline").then().statusCode(200).body("status", equalTo("DECLINED"));
        Members.answer(asked, id, "decline").then().statusCode(200);
        Members.answer(asked, id, "accept").then().statusCode(409);
        mine(asker).then().body("find { it.id == " + id + " }", not(hasKey("contact")));

        var again = Members.ask(asker, asked.id(), "Please reconsider");
        assertEquals(409, again.statusCode());
        assertTrue(again.<String>path("detail").contains("declined"), again.asString());
        assertEquals(409, Members.ask(asked, asker.id(), "Actually…").statusCode());
    }

    @Test
    void atMostTenRequestsWaitForAnAnswerAtOnce() {
        Member asker = aVisibleMember("busy@example.org");
        List<Member> others = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            others.add(aVisibleMember("other" + i + "@example.org"));
        }
        long first = 0;
        for (int i = 0; i < 10; i++) {
            long id = Members.anIntroduction(asker, others.get(i));
            first = i == 0 ? id : first;
        }
        var eleventh = Members.ask(asker, others.get(10).id(), "One more");
        assertEquals(409, eleventh.statusCode());
        assertTrue(eleventh.<String>path("detail").contains("10 requests waiting"), eleventh.asString());

        // once one is answered, there is room again
        Members.answer(others.get(0), first, "decline").then().statusCode(200);
        assertEquals(201, Members.ask(asker, others.get(10).id(), "One more").statusCode());
    }

    @Test
    void askingNeedsAVisibleMemberOtherThanYourself() {
        Member asker = aVisibleMember("a@example.org");
        Member hidden = Members.aMemberIn(joinCode);

        assertEquals(404, Members.ask(asker, hidden.id(), "Hello").statusCode());
        assertEquals(404, Members.ask(asker, Long.MAX_VALUE, "Hello").statusCode());
        var self = Members.ask(asker, asker.id(), "Hello me");
        assertEquals(422, self.statusCode());
        assertEquals("to", self.path("violations[0].field"));
        // the hidden member cannot ask either: the other should see who is asking
        var fromHidden = Members.ask(hidden, asker.id(), "Hello");
        assertEquals(409, fromHidden.statusCode());
        var tooLong = Members.ask(asker, hidden.id(), "x".repeat(1001));
        assertEquals(422, tooLong.statusCode());
        assertEquals("message", tooLong.path("violations[0].field"));
    }

    @Test
    void aBlockHidesBothWaysAndStopsRequests() {
        Member blocker = aVisibleMember("blocker@example.org");
        Member blocked = aVisibleMember("blocked@example.org");
        long open = Members.anIntroduction(blocked, blocker);

        given().auth()
                .oauth2(blocker.token())
                .contentType("application/json")
                .body(Map.of("member", blocked.id()))
                .post("/api/community/blocks")
                .then()
                .statusCode(200)
                .body("id", hasItem((int) blocked.id()));

        for (Member side : List.of(blocker, blocked)) {
            long other = side == blocker ? blocked.id() : blocker.id();
            given().auth().oauth2(side.token()).get("/api/community").then().body("id", not(hasItem((int) other)));
            given().auth()
                    .oauth2(side.token())
                    .get("/api/community/suggestions?limit=50")
                    .then()
                    .body("member.id", not(hasItem((int) other)));
        }
        // the open request is declined, and nobody can ask
        mine(blocked).then().body("find { it.id == " + open + " }.status", equalTo("DECLINED"));
        assertEquals(404, Members.ask(blocker, blocked.id(), "Hi").statusCode());
        given().auth()
                .oauth2(blocker.token())
                .contentType("application/json")
                .body(Map.of("member", blocker.id()))
                .post("/api/community/blocks")
                .then()
                .statusCode(422);

        given().auth()
                .oauth2(blocker.token())
                .delete("/api/community/blocks/" + blocked.id())
                .then()
                .statusCode(204);
        given().auth().oauth2(blocker.token()).get("/api/community").then().body("id", hasItem((int) blocked.id()));
        given().auth()
                .oauth2(blocker.token())
                .get("/api/community/blocks")
                .then()
                .body("size()", equalTo(0));
    }

    @Test
    void organisersSeeFiguresOnly() {
        String organiser = Staff.anOrganiser().token();
        var before = given().auth()
                .oauth2(organiser)
                .get("/api/community/figures")
                .then()
                .statusCode(200)
                .extract();
        int made = before.path("introductionsMade");
        int accepted = before.path("introductionsAccepted");
        Member police = Members.aMemberIn(joinCode, Map.of("sector", "POLICE"));
        Members.visible(police, "p@example.org");
        Member ngo = Members.aMemberIn(joinCode, Map.of("sector", "CIVIL_SOCIETY"));
        Members.visible(ngo, "n@example.org");
        Members.answer(ngo, Members.anIntroduction(police, ngo), "accept")
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(organiser)
                .get("/api/community/figures")
                .then()
                .body("introductionsMade", equalTo(made + 1))
                .body("introductionsAccepted", equalTo(accepted + 1))
                .body("crossSectorShare", not(nullValue()))
                .body("members", org.hamcrest.Matchers.greaterThanOrEqualTo(2))
                .body("visibleMembers", org.hamcrest.Matchers.greaterThanOrEqualTo(2))
                .body("$", not(hasKey("contact")));
    }

    private static io.restassured.response.Response mine(Member member) {
        return given().auth().oauth2(member.token()).get("/api/introductions");
    }
}
