package eu.medi4sec.hub.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import eu.medi4sec.hub.support.Staff;
import eu.medi4sec.hub.support.ThrottleCounters;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LoginTest {

    private static Response attempt(String email, String password, String address) {
        return given().contentType("application/json")
                .header("X-Forwarded-For", address)
                .body(Map.of("email", email, "password", password))
                .when()
                .post("/api/auth/login");
    }

    private static String anAddress() {
        return "10.77." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    }

    @Test
    void signsInWithTheRightPasswordWhateverTheEmailCase() {
        AccountView organiser = Staff.anAccount(StaffRole.ORGANISER, StaffRole.FACILITATOR);
        Response response = attempt(organiser.email().toUpperCase(), Staff.PASSWORD, anAddress());
        response.then()
                .statusCode(200)
                .body("token", not(emptyOrNullString()))
                .body("user.id", equalTo((int) organiser.id()))
                .body("user.email", equalTo(organiser.email()))
                .body("user.displayName", equalTo(organiser.displayName()))
                .body("user.roles", containsInAnyOrder("ORGANISER", "FACILITATOR"))
                .body("user", not(org.hamcrest.Matchers.hasKey("passwordHash")));
        Instant expiresAt = Instant.parse(response.path("expiresAt"));
        org.junit.jupiter.api.Assertions.assertTrue(
                expiresAt.isAfter(Instant.now().plusSeconds(3600)));
        org.junit.jupiter.api.Assertions.assertTrue(
                expiresAt.isBefore(Instant.now().plusSeconds(24 * 3600)));

        given().auth()
                .oauth2(response.<String>path("token"))
                .when()
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("email", equalTo(organiser.email()));
    }

    @Test
    void unknownEmailAndWrongPasswordGetTheSameAnswer() {
        AccountView analyst = Staff.anAccount(StaffRole.ANALYST);
        String wrongPassword = attempt(analyst.email(), "not the password", anAddress())
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .extract()
                .path("detail");
        String unknownEmail = attempt("nobody-" + UUID.randomUUID() + "@example.org", "not the password", anAddress())
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .extract()
                .path("detail");
        org.junit.jupiter.api.Assertions.assertEquals(wrongPassword, unknownEmail);
        org.junit.jupiter.api.Assertions.assertEquals("Email or password is incorrect.", wrongPassword);
    }

    @Test
    void tooManyFailuresForOneAccountAreRefusedWithRetryAfterEvenWithTheRightPassword() {
        AccountView analyst = Staff.anAccount(StaffRole.ANALYST);
        for (int i = 0; i < 5; i++) {
            attempt(analyst.email(), "guess " + i, anAddress()).then().statusCode(401);
        }
        attempt(analyst.email(), "guess 6", anAddress())
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", not(emptyOrNullString()))
                .body("detail", startsWith("Too many failed sign-in attempts"));
        attempt(analyst.email(), Staff.PASSWORD, anAddress()).then().statusCode(429);
    }

    @Test
    void aGuesserDoesNotLockOutColleaguesBehindTheSameAddress() {
        String venue = anAddress();
        AccountView target = Staff.anAccount(StaffRole.ANALYST);
        for (int i = 0; i < 20; i++) {
            attempt("someone-" + UUID.randomUUID() + "@example.org", "guess", venue)
                    .then()
                    .statusCode(401);
        }
        for (int i = 0; i < 5; i++) {
            attempt(target.email(), "guess " + i, venue).then().statusCode(401);
        }
        attempt(target.email(), "guess 6", venue).then().statusCode(429);
        AccountView organiser = Staff.anAccount(StaffRole.ORGANISER);
        attempt(organiser.email(), Staff.PASSWORD, venue).then().statusCode(200);
    }

    @Test
    void theCeilingPerAddressIsReadFromTheSharedCounters() {
        String venue = anAddress();
        AccountView organiser = Staff.anAccount(StaffRole.ORGANISER);
        // another instance counted 300 failures from this address a moment ago
        ThrottleCounters.set("address:" + venue, 300, Instant.now());
        attempt(organiser.email(), Staff.PASSWORD, venue)
                .then()
                .statusCode(429)
                .header("Retry-After", not(emptyOrNullString()));
        attempt(organiser.email(), Staff.PASSWORD, anAddress()).then().statusCode(200);
        // and another instance's failures for an account count here too
        ThrottleCounters.set("login:account:" + organiser.email(), 5, Instant.now());
        attempt(organiser.email(), Staff.PASSWORD, anAddress()).then().statusCode(429);
    }

    @Test
    void aMissingPasswordIsAValidationErrorNamingTheField() {
        given().contentType("application/json")
                .body(Map.of("email", "a@example.org"))
                .when()
                .post("/api/auth/login")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("password"));
    }

    @Test
    void aDisabledAccountsTokenStopsWorkingAtOnce() {
        Staff.SignedIn admin = Staff.anAdmin();
        Staff.SignedIn organiser = Staff.anOrganiser();
        given().auth()
                .oauth2(organiser.token())
                .when()
                .get("/api/workshops")
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(admin.token())
                .contentType("application/json")
                .body(Map.of("enabled", false))
                .when()
                .patch("/api/accounts/" + organiser.account().id())
                .then()
                .statusCode(200)
                .body("enabled", equalTo(false));

        given().auth()
                .oauth2(organiser.token())
                .when()
                .get("/api/workshops")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        attempt(organiser.account().email(), Staff.PASSWORD, anAddress()).then().statusCode(401);
    }

    @Test
    void aRoleTakenAwayStopsWorkingAtOnce() {
        Staff.SignedIn admin = Staff.anAdmin();
        Staff.SignedIn organiser = Staff.signedIn(StaffRole.ORGANISER, StaffRole.ANALYST);
        given().auth()
                .oauth2(admin.token())
                .contentType("application/json")
                .body(Map.of("roles", new String[] {"ANALYST"}))
                .when()
                .patch("/api/accounts/" + organiser.account().id())
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(organiser.token())
                .contentType("application/json")
                .body(eu.medi4sec.hub.support.Workshops.aWorkshopBody())
                .when()
                .post("/api/workshops")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(organiser.token())
                .when()
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("roles", containsInAnyOrder("ANALYST"));
    }
}
