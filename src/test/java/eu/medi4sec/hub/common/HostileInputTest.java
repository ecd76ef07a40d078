package eu.medi4sec.hub.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.medi4sec.hub.support.Delegates;
import eu.medi4sec.hub.support.Live;
import eu.medi4sec.hub.support.Staff;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The faults of the black-box review, each kept fixed: control characters in text, nulls and huge lists,
 * oversized error answers, and errors of the HTTP layer that were not problem+json.
 */
@QuarkusTest
class HostileInputTest {

    private static final String NUL = "\\u0000";

    @TestHTTPResource("/")
    URL application;

    @TestHTTPResource(value = "/", management = true)
    URL management;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private static ValidatableResponse post(String token, String path, String json) {
        var request = given().contentType("application/json")
                .header("X-Forwarded-For", Delegates.anAddress())
                .body(json);
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.when().post(path).then();
    }

    private static ValidatableResponse isAProblem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("detail", notNullValue());
    }

    // ---- 1. NUL and other control characters -----------------------------------------------------

    @Test
    void aNulByteInTheSignInEmailIsRefusedNamingTheField() {
        isAProblem(post(null, "/api/auth/login", "{\"email\":\"a" + NUL + "b\",\"password\":\"x\"}"), 422)
                .body("violations.field", hasItem("email"))
                .body("detail", containsString("control character"));
    }

    @Test
    void aNulByteInAJoinCodeIsRefusedNamingTheField() {
        isAProblem(
                        post(
                                null,
                                "/api/registrations",
                                "{\"joinCode\":\"a" + NUL + "b\",\"name\":\"Dana\",\"email\":\"d@example.org\","
                                        + "\"organisation\":\"Police\",\"sector\":\"POLICE\",\"country\":\"BE\",\"consent\":true}"),
                        422)
                .body("violations.field", hasItem("joinCode"));
    }

    @Test
    void aLineBreakInAOneLineFieldIsRefusedButALessonStatementMaySpanLines() {
        String organiser = Staff.anOrganiser().token();
        Live.Round round = Live.anOpenRound(organiser);
        String lessons = "/api/workshops/" + round.workshopId() + "/lessons";
        isAProblem(
                        post(
                                organiser,
                                lessons,
                                "{\"title\":\"Two\\nlines\",\"statement\":\"s\",\"type\":\"BEST_PRACTICE\"}"),
                        422)
                .body("violations.field", hasItem("title"));
        post(
                        organiser,
                        lessons,
                        "{\"title\":\"One line\",\"statement\":\"First line.\\n\\tSecond line.\",\"type\":\"BEST_PRACTICE\"}")
                .statusCode(201)
                .body("statement", equalTo("First line.\n\tSecond line."));
        isAProblem(
                        post(
                                organiser,
                                lessons,
                                "{\"title\":\"Bell\",\"statement\":\"ding\\u0007\",\"type\":\"BEST_PRACTICE\"}"),
                        422)
                .body("violations.field", hasItem("statement"));
    }

    @Test
    void aControlCharacterInAListElementIsNamedByItsPosition() {
        isAProblem(
                        post(
                                Staff.anAnalyst().token(),
                                "/api/patterns",
                                "{\"slug\":\"x-y\",\"name\":\"n\",\"summary\":\"s\",\"themes\":[\"trolling\",\"a" + NUL
                                        + "\"]}"),
                        422)
                .body("violations.field", hasItem("themes[1]"));
    }

    @Test
    void halfASurrogatePairIsRefused() {
        isAProblem(post(null, "/api/auth/login", "{\"email\":\"a\\ud800b\",\"password\":\"x\"}"), 422)
                .body("violations.field", hasItem("email"));
    }

    @Test
    void aNulByteInAQueryParameterIsABadRequestNamingIt() {
        String token = Staff.anAnalyst().token();
        for (String parameter : List.of("text", "q", "theme")) {
            isAProblem(
                            given().auth()
                                    .oauth2(token)
                                    .urlEncodingEnabled(false)
                                    .get("/api/patterns?" + parameter + "=a%00b")
                                    .then(),
                            400)
                    .body("violations.field", hasItem(parameter));
        }
        isAProblem(
                        given().auth()
                                .oauth2(token)
                                .urlEncodingEnabled(false)
                                .get("/api/search?q=a%01b")
                                .then(),
                        400)
                .body("violations.field", hasItem("q"));
    }

    @Test
    void aNulByteInASlugIsNotFound() {
        isAProblem(
                given().auth()
                        .oauth2(Staff.anAnalyst().token())
                        .urlEncodingEnabled(false)
                        .get("/api/patterns/a%00b")
                        .then(),
                404);
    }

    // ---- 3. nulls and huge lists -------------------------------------------------------------------

    @Test
    void aNullInABulkTagListIsRefusedNamingItsPosition() {
        isAProblem(
                        post(
                                Staff.anAnalyst().token(),
                                "/api/tags/bulk",
                                "{\"notes\":[null],\"pattern\":\"official-account-single-source\",\"stance\":\"SUPPORTS\"}"),
                        422)
                .body("violations.field", hasItem("notes[0]"));
    }

    @Test
    void aNullRelationIsRefusedNamingItsPosition() {
        isAProblem(
                        post(
                                Staff.anAnalyst().token(),
                                "/api/patterns",
                                "{\"slug\":\"null-relation\",\"name\":\"n\",\"summary\":\"s\",\"themes\":[\"trolling\"],\"relations\":[null]}"),
                        422)
                .body("violations.field", hasItem("relations[0]"));
    }

    @Test
    void aLessonCitingAHundredThousandNotesIsRefused() {
        String organiser = Staff.anOrganiser().token();
        Live.Round round = Live.anOpenRound(organiser);
        String ids = IntStream.range(0, 100_000).mapToObj(Integer::toString).collect(Collectors.joining(","));
        isAProblem(
                        post(
                                organiser,
                                "/api/workshops/" + round.workshopId() + "/lessons",
                                "{\"title\":\"Many\",\"statement\":\"s\",\"type\":\"BEST_PRACTICE\",\"noteIds\":[" + ids
                                        + "]}"),
                        422)
                .body("violations.field", hasItem("noteIds"));
    }

    // ---- 4. bounded answers ------------------------------------------------------------------------

    @Test
    void aHundredThousandBadThemesGetAShortAnswer() {
        String themes = IntStream.range(0, 100_000).mapToObj(Integer::toString).collect(Collectors.joining(","));
        var response = post(
                Staff.anAnalyst().token(),
                "/api/patterns",
                "{\"slug\":\"many-themes\",\"name\":\"n\",\"summary\":\"s\",\"themes\":[" + themes + "]}");
        isAProblem(response, 422).body("violations.size()", lessThanOrEqualTo(ProblemException.MAX_VIOLATIONS));
        int size = response.extract().asByteArray().length;
        assertTrue(size < 4096, "the problem has " + size + " bytes");
    }

    @Test
    void aProblemListsAtMostTenViolationsAndCountsTheRest() {
        List<Problem.Violation> many = IntStream.range(0, 25)
                .mapToObj(i -> new Problem.Violation("f" + i, "bad"))
                .toList();
        Problem problem = ProblemException.invalid(many).toProblem();
        assertEquals(10, problem.violations().size());
        assertTrue(problem.detail().contains("15 more"), problem.detail());
    }

    @Test
    void everyListInARequestBodyHasAMaximumSizeInTheDocument() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(management + "openapi?format=json"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode document = new ObjectMapper().readTree(response.body());
        List<String> unbounded = new ArrayList<>();
        document.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
                    JsonNode schema = operation
                            .getValue()
                            .path("requestBody")
                            .path("content")
                            .path("application/json")
                            .path("schema");
                    collectUnboundedArrays(document, schema, operation.getKey() + " " + path.getKey(), unbounded, 0);
                }));
        assertTrue(unbounded.isEmpty(), "Arrays in request bodies without maxItems: " + unbounded);
    }

    private static void collectUnboundedArrays(
            JsonNode document, JsonNode schema, String where, List<String> found, int depth) {
        if (schema == null || schema.isMissingNode() || depth > 6) {
            return;
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            collectUnboundedArrays(
                    document, document.path("components").path("schemas").path(name), where, found, depth + 1);
            return;
        }
        boolean isArray = schema.path("type").asText().equals("array")
                || schema.path("type").isArray()
                        && schema.path("type").toString().contains("array");
        if (isArray && !schema.has("maxItems")) {
            found.add(where);
        }
        collectUnboundedArrays(document, schema.path("items"), where, found, depth + 1);
        schema.path("properties")
                .fields()
                .forEachRemaining(p ->
                        collectUnboundedArrays(document, p.getValue(), where + " ." + p.getKey(), found, depth + 1));
    }

    // ---- 5. errors of the HTTP layer ---------------------------------------------------------------

    @Test
    void anAddressOverEightKilobytesIsAProblem() throws Exception {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(URI.create(application + "api/themes?q=" + "a".repeat(20_000))));
        assertProblem(response, 414);
    }

    @Test
    void aHundredKilobyteAuthorizationHeaderIsAProblem() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(application + "api/patterns"))
                .header("Authorization", "Bearer " + "a".repeat(100_000)));
        assertProblem(response, 431);
    }

    @Test
    void aMalformedContentTypeIsABadRequestNamingTheHeader() throws Exception {
        String admin = Staff.anAdmin().token();
        for (String path : List.of("api/auth/login", "api/workshops/1/delegates/1/check-in")) {
            for (String type : List.of(";;;/", "a/b/c")) {
                HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(application + path))
                        .header("Authorization", "Bearer " + admin)
                        .header("Content-Type", type)
                        .POST(HttpRequest.BodyPublishers.ofString("{}")));
                assertProblem(response, 400);
                assertTrue(response.body().contains("Content-Type"), response.body());
            }
        }
    }

    @Test
    void aForwardedForWithAnEmptyElementIsABadRequestNotAHang() throws Exception {
        for (String value : List.of(",", ",1.2.3.4", "not-an-address", "1.2.3.4:99999", "[::1")) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(application + "api/auth/login"))
                    .header("X-Forwarded-For", value)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"a@example.org\",\"password\":\"x\"}")));
            assertProblem(response, 400);
            assertTrue(response.body().contains("X-Forwarded-For"), value + ": " + response.body());
        }
    }

    @Test
    void aBodyOverTheLimitWithoutALengthIsAProblem() throws Exception {
        byte[] body = new byte[1_200_000];
        java.util.Arrays.fill(body, (byte) ' ');
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(application + "api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))));
        assertProblem(response, 413);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().contains("\"detail\""), response.body());
    }
}
