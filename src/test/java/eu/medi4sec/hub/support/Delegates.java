package eu.medi4sec.hub.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Named fixtures for delegates, made through the public registration and join endpoints and the mailbox. */
public final class Delegates {

    private Delegates() {}

    public record Registered(long id, String status, String accessToken, String email) {}

    public static Map<String, Object> aRegistration(String joinCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("joinCode", joinCode);
        body.put("name", "Dana Delegate");
        body.put("email", "dana-" + UUID.randomUUID() + "@example.org");
        body.put("organisation", "City Police");
        body.put("sector", "POLICE");
        body.put("country", "BE");
        body.put("consent", true);
        return body;
    }

    public static ExtractableResponse<Response> register(Map<String, Object> body) {
        return given().contentType("application/json")
                .header("X-Forwarded-For", anAddress())
                .body(body)
                .when()
                .post("/api/registrations")
                .then()
                .extract();
    }

    public static Registered aRegisteredDelegate(String joinCode) {
        return registered(aRegistration(joinCode));
    }

    /**
     * Registers and reads what the delegate got by email. The id and status are read the way the
     * delegate sees them: through the personal link.
     */
    public static Registered registered(Map<String, Object> body) {
        var response = register(body);
        if (response.statusCode() != 202) {
            throw new AssertionError("registration failed: " + response.statusCode() + " " + response.asString());
        }
        String email = (String) body.get("email");
        String key = Mailbox.latestPersonalKey(email);
        var mine = given().contentType("application/json")
                .header("X-Forwarded-For", anAddress())
                .body(Map.of("accessToken", key))
                .when()
                .post("/api/my-registration")
                .then()
                .statusCode(200)
                .extract();
        return new Registered(
                ((Number) mine.path("delegate.id")).longValue(), mine.path("delegate.status"), key, email);
    }

    /** A delegate token, joined with the personal key. */
    public static String join(String accessToken) {
        return given().contentType("application/json")
                .header("X-Forwarded-For", anAddress())
                .body(Map.of("accessToken", accessToken))
                .when()
                .post("/api/join")
                .then()
                .statusCode(200)
                .extract()
                .path("token");
    }

    public static String anAddress() {
        return "10.66." + (int) (Math.random() * 250) + "." + (int) (1 + Math.random() * 250);
    }
}
