package eu.medi4sec.hub.delegate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import eu.medi4sec.hub.support.Delegates;
import eu.medi4sec.hub.support.Staff;
import eu.medi4sec.hub.support.Workshops;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class JoinTest {

    private static io.restassured.response.ValidatableResponse join(Map<String, Object> body, String address) {
        return given().contentType("application/json")
                .header("X-Forwarded-For", address)
                .body(body)
                .when()
                .post("/api/join")
                .then();
    }

    @Test
    void aRegisteredDelegateJoinsWithTheirKeyAndGetsAScopedToken() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Workshops.Created workshop = Workshops.aScheduledWorkshop(organiser.token(), 10);
        Delegates.Registered delegate = Delegates.aRegisteredDelegate(workshop.joinCode());
        var joined = join(Map.of("accessToken", delegate.accessToken()), Delegates.anAddress())
                .statusCode(200)
                .body("token", notNullValue())
                .body("workshop.id", equalTo((int) workshop.id()))
                .body("workshop.joinCode", org.hamcrest.Matchers.nullValue())
                .body("delegate.id", equalTo((int) delegate.id()))
                .extract();
        // the token expires after the workshop ends (2027-03-10T17:00+01:00), not before
        Instant expiresAt = Instant.parse(joined.path("expiresAt"));
        org.junit.jupiter.api.Assertions.assertTrue(expiresAt.isAfter(
                OffsetDateTime.parse("2027-03-10T17:00:00+01:00").toInstant()));
        given().auth()
                .oauth2(joined.<String>path("token"))
                .when()
                .get("/api/me/delegate")
                .then()
                .statusCode(200)
                .body("delegate.id", equalTo((int) delegate.id()));
    }

    @Test
    void theCodeAndEmailWorkOnlyAfterCheckIn() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Workshops.Created workshop = Workshops.aScheduledWorkshop(organiser.token(), 10);
        Delegates.Registered delegate = Delegates.aRegisteredDelegate(workshop.joinCode());
        Map<String, Object> byCode = Map.of("joinCode", workshop.joinCode(), "email", delegate.email());
        String notYet =
                join(byCode, Delegates.anAddress()).statusCode(401).extract().path("detail");
        given().auth()
                .oauth2(organiser.token())
                .post("/api/workshops/" + workshop.id() + "/delegates/" + delegate.id() + "/check-in")
                .then()
                .statusCode(200);
        join(byCode, Delegates.anAddress()).statusCode(200).body("delegate.id", equalTo((int) delegate.id()));
        String wrongCode = join(Map.of("joinCode", "QQQQQQ", "email", delegate.email()), Delegates.anAddress())
                .statusCode(401)
                .extract()
                .path("detail");
        org.junit.jupiter.api.Assertions.assertEquals(notYet, wrongCode);
        // a registered delegate not yet checked in is told what to do, in words a stranger learns nothing from
        org.hamcrest.MatcherAssert.assertThat(notYet, org.hamcrest.Matchers.containsString("check in at the desk"));
        org.hamcrest.MatcherAssert.assertThat(notYet, org.hamcrest.Matchers.containsString("personal link"));
        String stranger = join(
                        Map.of("joinCode", workshop.joinCode(), "email", "nobody-" + delegate.email()),
                        Delegates.anAddress())
                .statusCode(401)
                .extract()
                .path("detail");
        org.junit.jupiter.api.Assertions.assertEquals(notYet, stranger);
    }

    @Test
    void aWaitlistedDelegateCannotJoin() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Workshops.Created workshop = Workshops.aScheduledWorkshop(organiser.token(), 1);
        Delegates.aRegisteredDelegate(workshop.joinCode());
        Delegates.Registered waiting = Delegates.aRegisteredDelegate(workshop.joinCode());
        join(Map.of("accessToken", waiting.accessToken()), Delegates.anAddress())
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("waitlist"));
    }

    @Test
    void repeatedWrongKeysAreRateLimited() {
        String address = Delegates.anAddress();
        for (int i = 0; i < 10; i++) {
            join(Map.of("accessToken", "wrong-" + i), address).statusCode(401);
        }
        join(Map.of("accessToken", "wrong-again"), address)
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue());
    }

    @Test
    void aValidKeyGetsInFromAnAddressWhereSomeoneIsGuessingKeys() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Workshops.Created workshop = Workshops.aScheduledWorkshop(organiser.token(), 10);
        Delegates.Registered delegate = Delegates.aRegisteredDelegate(workshop.joinCode());
        String venue = Delegates.anAddress();
        for (int i = 0; i < 12; i++) {
            join(Map.of("accessToken", "wrong-" + i), venue);
        }
        join(Map.of("accessToken", "wrong-again"), venue).statusCode(429);
        join(Map.of("accessToken", delegate.accessToken()), venue).statusCode(200);
        given().contentType("application/json")
                .header("X-Forwarded-For", venue)
                .body(Map.of("accessToken", delegate.accessToken()))
                .when()
                .post("/api/my-registration")
                .then()
                .statusCode(200);
    }

    @Test
    void someoneGuessingEmailsWithTheCodeDoesNotLockOutTheRoom() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Workshops.Created workshop = Workshops.aScheduledWorkshop(organiser.token(), 10);
        Delegates.Registered victim = Delegates.aRegisteredDelegate(workshop.joinCode());
        Delegates.Registered colleague = Delegates.aRegisteredDelegate(workshop.joinCode());
        given().auth()
                .oauth2(organiser.token())
                .post("/api/workshops/" + workshop.id() + "/delegates/" + colleague.id() + "/check-in")
                .then()
                .statusCode(200);
        String venue = Delegates.anAddress();
        Map<String, Object> guess = Map.of("joinCode", workshop.joinCode(), "email", victim.email());
        for (int i = 0; i < 5; i++) {
            join(guess, venue).statusCode(401);
        }
        join(guess, venue)
                .statusCode(429)
                .header("Retry-After", notNullValue())
                .body(
                        "detail",
                        org.hamcrest.Matchers.startsWith("Too many failed attempts to join with this code and email"));
        // wrong codes and other emails from the same address: 401, and they too are counted by what they guess
        for (int i = 0; i < 12; i++) {
            join(Map.of("joinCode", workshop.joinCode(), "email", "guess-" + i + "@example.org"), venue)
                    .statusCode(401);
        }
        join(Map.of("joinCode", workshop.joinCode(), "email", colleague.email()), venue)
                .statusCode(200)
                .body("delegate.id", equalTo((int) colleague.id()));
        join(Map.of("accessToken", victim.accessToken()), venue).statusCode(200);
        given().contentType("application/json")
                .header("X-Forwarded-For", venue)
                .body(Delegates.aRegistration(workshop.joinCode()))
                .when()
                .post("/api/registrations")
                .then()
                .statusCode(202);
    }

    @Test
    void aCancelledDelegatesTokenStopsWorking() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Workshops.Created workshop = Workshops.aScheduledWorkshop(organiser.token(), 10);
        Delegates.Registered delegate = Delegates.aRegisteredDelegate(workshop.joinCode());
        String token = Delegates.join(delegate.accessToken());
        given().auth().oauth2(token).get("/api/me/delegate").then().statusCode(200);
        given().auth()
                .oauth2(organiser.token())
                .post("/api/workshops/" + workshop.id() + "/delegates/" + delegate.id() + "/cancel")
                .then()
                .statusCode(200);
        given().auth().oauth2(token).get("/api/me/delegate").then().statusCode(401);
    }
}
