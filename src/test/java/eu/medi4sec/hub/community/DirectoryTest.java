package eu.medi4sec.hub.community;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.medi4sec.hub.account.StaffRole;
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
import org.junit.jupiter.api.Test;

/** The opt-in directory: hidden until the member says otherwise, and a hidden detail never leaves the server. */
@QuarkusTest
class DirectoryTest {

    private static final String RUMOURS = "rapid-rumour-rebuttal";
    private static final String OFFICIAL = "official-account-single-source";

    /** Every community operation that needs a token, with a body where it takes one. */
    private static final List<String[]> OPERATIONS = List.of(
            new String[] {"POST", "/api/community/link", "{\"key\":\"x\"}"},
            new String[] {"GET", "/api/community", null},
            new String[] {"GET", "/api/community/profile", null},
            new String[] {"PUT", "/api/community/profile", "{\"visible\":true}"},
            new String[] {"GET", "/api/community/suggestions", null},
            new String[] {"GET", "/api/community/patterns", null},
            new String[] {"GET", "/api/community/blocks", null},
            new String[] {"POST", "/api/community/blocks", "{\"member\":1}"},
            new String[] {"DELETE", "/api/community/blocks/1", null},
            new String[] {"GET", "/api/community/figures", null},
            new String[] {"POST", "/api/introductions", "{\"to\":1,\"message\":\"hi\"}"},
            new String[] {"GET", "/api/introductions", null},
            new String[] {"POST", "/api/introductions/1/accept", null},
            new String[] {"POST", "/api/introductions/1/decline", null});

    private static io.restassured.response.Response call(String[] operation, String token) {
        var request = given().contentType("application/json");
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        if (operation[2] != null) {
            request = request.body(operation[2]);
        }
        return request.request(operation[0], operation[1]);
    }

    @Test
    void anAnonymousCallerGets401FromEveryCommunityEndpoint() {
        for (String[] operation : OPERATIONS) {
            var response = call(operation, null);
            assertEquals(401, response.statusCode(), operation[0] + " " + operation[1]);
            assertEquals("application/problem+json", response.contentType(), operation[1]);
        }
    }

    @Test
    void staffWithoutAMemberIdentityGet403AndOrganisersOnlyTheFigures() {
        for (StaffRole role : StaffRole.values()) {
            String token = Staff.signedIn(role).token();
            for (String[] operation : OPERATIONS) {
                boolean figures = operation[1].endsWith("/figures");
                boolean manager = role == StaffRole.ADMIN || role == StaffRole.ORGANISER;
                int expected = figures && manager ? 200 : 403;
                assertEquals(
                        expected, call(operation, token).statusCode(), role + ": " + operation[0] + " " + operation[1]);
            }
        }
    }

    @Test
    void aProfileIsHiddenUntilTheMemberMakesItVisible() {
        Workshops.Created workshop =
                Workshops.aScheduledWorkshop(Staff.anOrganiser().token(), 10);
        Member shy = Members.aMemberIn(workshop.joinCode(), Map.of("name", "Shy " + UUID.randomUUID()));
        Member looking = Members.aMemberIn(workshop.joinCode());

        given().auth()
                .oauth2(looking.token())
                .get("/api/community")
                .then()
                .statusCode(200)
                .body("id", not(hasItem((int) shy.id())));
        Members.visible(shy, "shy@example.org");
        given().auth()
                .oauth2(looking.token())
                .get("/api/community")
                .then()
                .body("id", hasItem((int) shy.id()))
                // never a contact, and never themselves
                .body("", everyItem(not(hasKey("contact"))))
                .body("id", not(hasItem((int) looking.id())));
    }

    @Test
    void aHiddenDetailNeverLeavesTheServer() {
        String organiser = Staff.anOrganiser().token();
        Workshops.Created workshop = Workshops.aScheduledWorkshop(organiser, 10);
        String secret = "Covert Unit " + UUID.randomUUID();
        String name = "Secretive " + UUID.randomUUID();
        Member secretive = Members.aMemberIn(
                workshop.joinCode(),
                Map.of("name", name, "organisation", secret, "sector", "CIVIL_SOCIETY", "country", "NL"));
        Members.putProfile(
                        secretive.token(),
                        Members.aVisibleProfile("secretive@example.org", List.of(RUMOURS), true, false, true, true))
                .then()
                .statusCode(200)
                // they see their own organisation, and that it is hidden
                .body("registration.organisation", equalTo(secret))
                .body("fields.organisation", equalTo(false));
        Member viewer = Members.aMemberIn(workshop.joinCode(), Map.of("sector", "POLICE"));
        Members.putProfile(
                        viewer.token(),
                        Members.aVisibleProfile("viewer@example.org", List.of(RUMOURS), true, true, true, true))
                .then()
                .statusCode(200);
        Member blocker = Members.aMemberIn(workshop.joinCode());

        List<String> seen = new ArrayList<>();
        seen.add(get(viewer.token(), "/api/community")
                .then()
                .body("find { it.id == " + secretive.id() + " }.name", equalTo(name))
                .body("find { it.id == " + secretive.id() + " }.sector", equalTo("CIVIL_SOCIETY"))
                .body("find { it.id == " + secretive.id() + " }", not(hasKey("organisation")))
                .extract()
                .asString());
        seen.add(get(viewer.token(), "/api/community/suggestions?limit=50").asString());
        var asked = Members.ask(viewer, secretive.id(), "Hello from the police side.");
        assertEquals(201, asked.statusCode(), asked.asString());
        seen.add(asked.asString());
        long introduction = ((Number) asked.path("id")).longValue();
        seen.add(get(secretive.token(), "/api/introductions").asString());
        seen.add(Members.answer(secretive, introduction, "accept")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        seen.add(get(viewer.token(), "/api/introductions")
                .then()
                .body("[0].contact", equalTo("secretive@example.org"))
                .extract()
                .asString());
        seen.add(given().auth()
                .oauth2(blocker.token())
                .contentType("application/json")
                .body(Map.of("member", secretive.id()))
                .post("/api/community/blocks")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        seen.add(get(blocker.token(), "/api/community/blocks").asString());
        seen.add(get(organiser, "/api/community/figures")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        for (Letter letter : Mailbox.sentTo(viewer.email())) {
            seen.add(letter.subject() + letter.text() + letter.html());
        }
        assertTrue(seen.get(0).contains(name), "the shown name is there, so the scan reads real answers");
        for (String answer : seen) {
            assertFalse(answer.contains(secret), "the hidden organisation left the server: " + answer);
        }
    }

    @Test
    void interestsMustBePublishedPatternsAndTextsHaveLimits() {
        Workshops.Created workshop =
                Workshops.aScheduledWorkshop(Staff.anOrganiser().token(), 10);
        Member member = Members.aMemberIn(workshop.joinCode());

        Members.putProfile(
                        member.token(),
                        Members.aVisibleProfile(
                                "me@example.org", List.of(OFFICIAL, "no-such-pattern"), true, true, true, true))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", contains("interests[1]"));
        Map<String, Object> tooLong = Members.aVisibleProfile("x".repeat(301), List.of(), true, true, true, true);
        tooLong.put("bio", "b".repeat(1001));
        Members.putProfile(member.token(), tooLong)
                .then()
                .statusCode(422)
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("bio", "contact"));
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add(OFFICIAL);
        }
        Members.putProfile(member.token(), Members.aVisibleProfile("me@example.org", many, true, true, true, true))
                .then()
                .statusCode(422)
                .body("violations.field", contains("interests"));
        // each pattern once, in the order given
        Members.putProfile(
                        member.token(),
                        Members.aVisibleProfile(
                                "me@example.org", List.of(OFFICIAL, RUMOURS, OFFICIAL), true, true, true, true))
                .then()
                .statusCode(200)
                .body("interests", contains(OFFICIAL, RUMOURS));
        get(member.token(), "/api/community/patterns")
                .then()
                .statusCode(200)
                .body("slug", hasItem(OFFICIAL))
                .body(
                        "find { it.slug == '" + OFFICIAL + "' }.name",
                        org.hamcrest.Matchers.startsWith("Official account"));
    }

    @Test
    void theProfileAcceptsWhatItsGetReturns() {
        Workshops.Created workshop =
                Workshops.aScheduledWorkshop(Staff.anOrganiser().token(), 10);
        Member member = Members.aMemberIn(workshop.joinCode());
        Members.putProfile(
                        member.token(),
                        Members.aVisibleProfile("me@example.org", List.of(OFFICIAL), true, false, true, false))
                .then()
                .statusCode(200);
        Map<String, Object> read = get(member.token(), "/api/community/profile").as(Map.class);
        read.put("bio", "Changed after reading it.");

        Members.putProfile(member.token(), read)
                .then()
                .statusCode(200)
                .body("bio", equalTo("Changed after reading it."))
                .body("fields.organisation", equalTo(false))
                .body("fields.sector", equalTo(true))
                .body("interests", contains(OFFICIAL))
                .body("contact", equalTo("me@example.org"));
        // anything left out is off
        Members.putProfile(member.token(), Map.of("bio", "Only a bio."))
                .then()
                .statusCode(200)
                .body("visible", equalTo(false))
                .body("fields.sector", equalTo(false))
                .body("interests.size()", equalTo(0));
    }

    private static io.restassured.response.Response get(String token, String path) {
        return given().auth().oauth2(token).get(path);
    }
}
