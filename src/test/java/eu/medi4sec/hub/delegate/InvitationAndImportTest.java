package eu.medi4sec.hub.delegate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import eu.medi4sec.hub.support.Staff;
import eu.medi4sec.hub.support.Workshops;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InvitationAndImportTest {

    private static Map<String, Object> aDelegate(String name, String email) {
        return Map.of(
                "name",
                name,
                "email",
                email,
                "organisation",
                "Ministry of Interior",
                "sector",
                "POLICYMAKER",
                "country",
                "NL");
    }

    @Test
    void anInvitedDelegateConfirmsWithConsentThroughTheirLink() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Workshops.Created workshop = Workshops.aScheduledWorkshop(organiser.token(), 5);
        var invited = given().auth()
                .oauth2(organiser.token())
                .contentType("application/json")
                .body(aDelegate("Ines Invited", "ines@example.org"))
                .when()
                .post("/api/workshops/" + workshop.id() + "/delegates")
                .then()
                .statusCode(201)
                .body("status", equalTo("INVITED"))
                .body("personalLink", startsWith("/my-registration#key="))
                .extract();
        String key = invited.path("accessToken");

        given().contentType("application/json")
                .body(Map.of("accessToken", key, "consent", false))
                .when()
                .post("/api/my-registration/confirm")
                .then()
                .statusCode(422)
                .body("violations.field", contains("consent"));
        given().contentType("application/json")
                .body(Map.of("accessToken", key, "consent", true))
                .when()
                .post("/api/my-registration/confirm")
                .then()
                .statusCode(200)
                .body("delegate.status", equalTo("REGISTERED"))
                .body("delegate.consentedAt", org.hamcrest.Matchers.notNullValue());
        given().contentType("application/json")
                .body(Map.of("accessToken", key))
                .when()
                .post("/api/my-registration/decline")
                .then()
                .statusCode(409);
    }

    @Test
    void anInvitedDelegateDeclines() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Workshops.Created workshop = Workshops.aScheduledWorkshop(organiser.token(), 5);
        String key = given().auth()
                .oauth2(organiser.token())
                .contentType("application/json")
                .body(aDelegate("Dee Decliner", "dee@example.org"))
                .when()
                .post("/api/workshops/" + workshop.id() + "/delegates")
                .then()
                .statusCode(201)
                .extract()
                .path("accessToken");
        given().contentType("application/json")
                .body(Map.of("accessToken", key))
                .when()
                .post("/api/my-registration/decline")
                .then()
                .statusCode(200)
                .body("delegate.status", equalTo("DECLINED"));
    }

    @Test
    void aWrongPersonalKeyIsUnauthorised() {
        given().contentType("application/json")
                .header("X-Forwarded-For", "10.55.0.9")
                .body(Map.of("accessToken", "not-a-key"))
                .when()
                .post("/api/my-registration")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aRenewedLinkReplacesTheOldKey() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Workshops.Created workshop = Workshops.aScheduledWorkshop(organiser.token(), 5);
        var invited = given().auth()
                .oauth2(organiser.token())
                .contentType("application/json")
                .body(aDelegate("Rene Renewed", "rene@example.org"))
                .when()
                .post("/api/workshops/" + workshop.id() + "/delegates")
                .then()
                .statusCode(201)
                .extract();
        String oldKey = invited.path("accessToken");
        String newKey = given().auth()
                .oauth2(organiser.token())
                .when()
                .post("/api/workshops/" + workshop.id() + "/delegates/" + invited.path("id") + "/personal-link")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        given().contentType("application/json")
                .header("X-Forwarded-For", "10.55.0.10")
                .body(Map.of("accessToken", oldKey))
                .when()
                .post("/api/my-registration")
                .then()
                .statusCode(401);
        given().contentType("application/json")
                .body(Map.of("accessToken", newKey))
                .when()
                .post("/api/my-registration")
                .then()
                .statusCode(200);
        // the delegate is told by email, with the new link
        org.junit.jupiter.api.Assertions.assertEquals(
                newKey, eu.medi4sec.hub.support.Mailbox.latestPersonalKey("rene@example.org"));
        org.hamcrest.MatcherAssert.assertThat(
                eu.medi4sec.hub.support.Mailbox.latestTo("rene@example.org").subject(),
                startsWith("A new personal link"));
    }

    @Test
    void aCsvImportRefusesAFormulaForAnEmailAndSaysWhyForThatRow() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Workshops.Created workshop = Workshops.aScheduledWorkshop(organiser.token(), 50);
        String csv = "name,email,organisation,sector,country\n"
                + "Eve Formula,=cmd|'/Ccalc'!A0@sec.test,Somewhere,POLICE,NL\n"
                + "Pat Plus,+31@sec.test,Somewhere,POLICE,NL\n"
                + "Ola Okay,ola@sec.test,Somewhere,POLICE,NL\n";
        given().auth()
                .oauth2(organiser.token())
                .contentType("text/csv; charset=UTF-8")
                .body(csv)
                .when()
                .post("/api/workshops/" + workshop.id() + "/delegates/import")
                .then()
                .statusCode(200)
                .body("imported", equalTo(1))
                .body("rows.status", contains("REFUSED", "REFUSED", "IMPORTED"))
                .body("rows[0].reasons", contains("email: An email address cannot start with =, +, - or @."))
                .body("rows[1].reasons", contains("email: An email address cannot start with =, +, - or @."));
    }

    @Test
    void aCsvImportInvitesTheGoodRowsAndExplainsEachRefusedOne() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Workshops.Created workshop = Workshops.aScheduledWorkshop(organiser.token(), 50);
        String csv = "name,email,organisation,sector,country\n"
                + "Ana Police,ana@example.org,Rotterdam Police,POLICE,NL\n"
                + "Ben Bad,not-an-email,Somewhere,WIZARD,XX\n"
                + "\"Chloé, Researcher\",chloe@example.org,University of Warwick,academia,gb\n"
                + "Ana Again,ANA@example.org,Rotterdam Police,POLICE,NL\n";
        given().auth()
                .oauth2(organiser.token())
                .contentType("text/csv; charset=UTF-8")
                .body(csv)
                .when()
                .post("/api/workshops/" + workshop.id() + "/delegates/import")
                .then()
                .statusCode(200)
                .body("imported", equalTo(2))
                .body("refused", equalTo(2))
                .body("rows.status", contains("IMPORTED", "REFUSED", "IMPORTED", "REFUSED"))
                .body("rows.line", contains(2, 3, 4, 5))
                .body("rows[1].reasons", hasItem(startsWith("sector:")))
                .body("rows[1].reasons", hasItem(startsWith("email:")))
                .body("rows[1].reasons", hasItem(startsWith("country:")))
                .body("rows[3].reasons", hasItem(containsString("already registered or invited")));
        given().auth()
                .oauth2(organiser.token())
                .queryParam("q", "chlo")
                .when()
                .get("/api/workshops/" + workshop.id() + "/delegates")
                .then()
                .body("name", contains("Chloé, Researcher"))
                .body("[0].sector", equalTo("ACADEMIA"))
                .body("[0].country", equalTo("GB"));
        given().auth()
                .oauth2(organiser.token())
                .queryParam("status", "INVITED")
                .when()
                .get("/api/workshops/" + workshop.id() + "/delegates")
                .then()
                .body("$", hasSize(2));
    }

    @Test
    void aCsvWithoutTheHeaderIsRefusedWhole() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Workshops.Created workshop = Workshops.aScheduledWorkshop(organiser.token(), 50);
        given().auth()
                .oauth2(organiser.token())
                .contentType("text/csv; charset=UTF-8")
                .body("Ana,ana@example.org,Police,POLICE,NL\n")
                .when()
                .post("/api/workshops/" + workshop.id() + "/delegates/import")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", contains("header"));
    }

    @Test
    void checkInCountsAndAsksForConsentFromSomeoneWhoHasNotRegistered() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Staff.SignedIn facilitator = Staff.aFacilitator();
        Workshops.Created workshop = Workshops.aScheduledWorkshop(organiser.token(), 1);
        var seated = eu.medi4sec.hub.support.Delegates.aRegisteredDelegate(workshop.joinCode());
        var waiting = eu.medi4sec.hub.support.Delegates.aRegisteredDelegate(workshop.joinCode());
        String base = "/api/workshops/" + workshop.id() + "/delegates/";
        String first = given().auth()
                .oauth2(facilitator.token())
                .post(base + seated.id() + "/check-in")
                .then()
                .statusCode(200)
                .extract()
                .path("checkedInAt");
        given().auth()
                .oauth2(facilitator.token())
                .post(base + seated.id() + "/check-in")
                .then()
                .statusCode(200)
                .body("checkedInAt", equalTo(first));
        given().auth()
                .oauth2(facilitator.token())
                .get(base + "counts")
                .then()
                .body("registered", equalTo(1))
                .body("checkedIn", equalTo(1))
                .body("waitlisted", equalTo(1))
                .body("capacity", equalTo(1));
        // the waitlisted person is at the door: the desk seats them once they consent
        given().auth()
                .oauth2(facilitator.token())
                .post(base + waiting.id() + "/check-in")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", contains("consent"));
        given().auth()
                .oauth2(facilitator.token())
                .contentType("application/json")
                .body(Map.of("consent", true))
                .post(base + waiting.id() + "/check-in")
                .then()
                .statusCode(200)
                .body("status", equalTo("REGISTERED"))
                .body("checkedInAt", notNullValue());
        given().auth()
                .oauth2(facilitator.token())
                .get(base + "counts")
                .then()
                .body("registered", equalTo(2))
                .body("checkedIn", equalTo(2))
                .body("waitlisted", equalTo(0));
        given().auth().oauth2(Staff.anAnalyst().token()).get(base).then().statusCode(403);
    }

    @Test
    void anInvitedPersonAtTheDoorIsCheckedInWithConsentAndCanJoinWithCodeAndEmail() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Workshops.Created workshop = Workshops.aLiveWorkshop(organiser.token());
        long id = ((Number) given().auth()
                        .oauth2(organiser.token())
                        .contentType("application/json")
                        .body(aDelegate("Wanda Walkin", "wanda-" + System.nanoTime() + "@example.org"))
                        .post("/api/workshops/" + workshop.id() + "/delegates")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        String email = given().auth()
                .oauth2(organiser.token())
                .get("/api/workshops/" + workshop.id() + "/delegates/" + id)
                .then()
                .extract()
                .path("email");
        given().auth()
                .oauth2(organiser.token())
                .contentType("application/json")
                .body(Map.of("consent", false))
                .post("/api/workshops/" + workshop.id() + "/delegates/" + id + "/check-in")
                .then()
                .statusCode(422);
        given().auth()
                .oauth2(organiser.token())
                .contentType("application/json")
                .body(Map.of("consent", true))
                .post("/api/workshops/" + workshop.id() + "/delegates/" + id + "/check-in")
                .then()
                .statusCode(200)
                .body("status", equalTo("REGISTERED"))
                .body("checkedInAt", notNullValue());
        given().contentType("application/json")
                .header("X-Forwarded-For", eu.medi4sec.hub.support.Delegates.anAddress())
                .body(Map.of("joinCode", workshop.joinCode(), "email", email))
                .post("/api/join")
                .then()
                .statusCode(200)
                .body("delegate.id", equalTo((int) id));
    }
}
