package eu.medi4sec.hub.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import eu.medi4sec.hub.support.Staff;
import eu.medi4sec.hub.support.Workshops;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input gets a clear problem+json answer: never a 500, a stack trace or a class name. */
@QuarkusTest
class ApiHygieneTest {

    private static ValidatableResponse postWorkshop(String token, String json) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(json)
                .when()
                .post("/api/workshops")
                .then();
    }

    private static void isAProblemForAPerson(ValidatableResponse response, int status) {
        response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body(not(containsString("Exception")))
                .body(not(containsString("eu.medi4sec")))
                .body(not(containsString("com.fasterxml")));
    }

    @Test
    void malformedJsonIsABadRequest() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        ValidatableResponse response = postWorkshop(organiser.token(), "{\"title\": \"Unclosed");
        isAProblemForAPerson(response, 400);
        response.body("detail", equalTo("The request body is not valid JSON."));
    }

    @Test
    void aWrongTypeIsABadRequestNamingTheField() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        ValidatableResponse response = postWorkshop(
                organiser.token(), "{\"title\":\"Wrong types\",\"theme\":\"trolling\",\"capacity\":\"many\"}");
        isAProblemForAPerson(response, 400);
        response.body("violations.field", contains("capacity"));
    }

    @Test
    void aDateWithoutAnOffsetIsABadRequestNamingTheField() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        ValidatableResponse response = postWorkshop(
                organiser.token(),
                "{\"title\":\"No offset\",\"theme\":\"trolling\",\"startsAt\":\"2027-03-10T09:00:00\"}");
        isAProblemForAPerson(response, 400);
        response.body("violations.field", contains("startsAt"));
    }

    @Test
    void anUnknownEnumValueIsABadRequestListingTheChoices() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Map<String, Object> body = Workshops.aWorkshopBody();
        body.put("attribution", "GOSSIP");
        ValidatableResponse response = given().auth()
                .oauth2(organiser.token())
                .contentType("application/json")
                .body(body)
                .when()
                .post("/api/workshops")
                .then();
        isAProblemForAPerson(response, 400);
        response.body("violations.field", contains("attribution")).body("detail", containsString("CHATHAM_HOUSE"));
    }

    @Test
    void anEmptyBodyIsAValidationError() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        isAProblemForAPerson(
                given().auth()
                        .oauth2(organiser.token())
                        .contentType("application/json")
                        .when()
                        .post("/api/workshops")
                        .then(),
                422);
    }

    @Test
    void anOversizedBodyIsRefusedWith413() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        String huge = "{\"title\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        isAProblemForAPerson(postWorkshop(organiser.token(), huge), 413);
    }

    @Test
    void anUnknownIdIsNotFound() {
        Staff.SignedIn analyst = Staff.anAnalyst();
        ValidatableResponse response = given().auth()
                .oauth2(analyst.token())
                .when()
                .get("/api/workshops/424242424")
                .then();
        isAProblemForAPerson(response, 404);
        response.body("detail", equalTo("There is no workshop 424242424."));
    }

    @Test
    void aNonNumericIdIsNotFound() {
        Staff.SignedIn analyst = Staff.anAnalyst();
        isAProblemForAPerson(
                given().auth()
                        .oauth2(analyst.token())
                        .when()
                        .get("/api/workshops/abc")
                        .then(),
                404);
    }

    @Test
    void anIdBeyond64BitsIsNotFoundForStaffAndDelegates() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        var round = eu.medi4sec.hub.support.Live.anOpenRound(organiser.token());
        String delegate = eu.medi4sec.hub.support.Live.aDelegateIn(round);
        String huge = "9223372036854775808";
        // paths a delegate may call; staff may call them all
        for (String token : new String[] {organiser.token(), delegate}) {
            for (String path : new String[] {
                "/api/workshops/" + huge + "/notes",
                "/api/workshops/" + huge + "/events",
                "/api/notes/" + huge,
                "/api/lessons/" + huge,
                "/api/workshops/" + round.workshopId() + "/sessions/" + huge
            }) {
                isAProblemForAPerson(
                        given().auth().oauth2(token).when().get(path).then(), 404);
            }
        }
        isAProblemForAPerson(
                given().auth()
                        .oauth2(organiser.token())
                        .when()
                        .get("/api/workshops/" + huge)
                        .then(),
                404);
    }

    @Test
    void anUnknownApiPathIsAProblemNotTheSpa() {
        isAProblemForAPerson(given().when().get("/api/no-such-thing").then(), 404);
    }

    @Test
    void aWrongMethodIsAProblem() {
        isAProblemForAPerson(given().when().delete("/api/themes").then(), 405);
    }

    @Test
    void anUnsupportedContentTypeIsAProblem() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        isAProblemForAPerson(
                given().auth()
                        .oauth2(organiser.token())
                        .contentType("text/plain")
                        .body("hello")
                        .when()
                        .post("/api/workshops")
                        .then(),
                415);
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        for (ValidatableResponse response : new ValidatableResponse[] {
            given().when().get("/api/themes").then(),
            given().when().get("/api/no-such-thing").then(),
            given().when().get("/q/metrics").then()
        }) {
            response.header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "strict-origin-when-cross-origin")
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", not(containsString("unsafe-inline")));
        }
    }

    @Test
    void corsIsClosedByDefault() {
        given().header("Origin", "https://evil.example")
                .when()
                .get("/api/themes")
                .then()
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }
}
