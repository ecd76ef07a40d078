package eu.medi4sec.hub.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Health details, metrics and the API docs are for operators: they answer on the management port and
 * nowhere on the public one, and no made-up address becomes a metric label.
 */
@QuarkusTest
class ManagementInterfaceTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @TestHTTPResource("/")
    URL application;

    /** What a client that writes its own request gets back: the status line and all. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket(application.getHost(), application.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private String managementUrl(String path) {
        return management.toString().replaceAll("/+$", "") + path;
    }

    @Test
    void thePublicPortServesNoManagementEndpoint() {
        for (String path : new String[] {
            "/q/health",
            "/q/health/ready",
            "/q/health/live",
            "/q/metrics",
            "/q/openapi",
            "/q/openapi.json",
            "/q/swagger-ui",
            "/q/swagger-ui/index.html",
            "/q/dev-ui",
            "/q/info"
        }) {
            given().when()
                    .get(path)
                    .then()
                    .statusCode(404)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("detail", equalTo("There is nothing at this address."))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
        }
    }

    @Test
    void theManagementPortServesHealthMetricsAndTheApiDocument() {
        given().when()
                .get(managementUrl("/health/ready"))
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
        given().when()
                .get(managementUrl("/metrics"))
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests"));
        given().when().get(managementUrl("/openapi")).then().statusCode(200).body(containsString("/api/workshops"));
        given().when()
                .get(managementUrl("/swagger-ui/"))
                .then()
                .statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }

    @Test
    void madeUpAddressesDoNotBecomeMetricLabels() throws IOException {
        String made = "made-up-" + UUID.randomUUID();
        given().when().get("/" + made).then().statusCode(not(equalTo(500)));
        given().when().get("/" + made + "/deeper/" + made).then().statusCode(not(equalTo(500)));
        given().when().get("/assets/" + made + ".js").then().statusCode(not(equalTo(500)));
        given().when().get("/api/" + made).then().statusCode(404);
        given().when().get("/q/" + made).then().statusCode(404);
        given().when().delete("/api/themes/" + made).then().statusCode(not(equalTo(500)));
        // refused at the edge, before any route matches: 413 and 400
        given().contentType("application/json")
                .body("x".repeat(2 * 1024 * 1024))
                .when()
                .post("/api/" + made)
                .then()
                .statusCode(413);
        assertTrue(raw("POST /api/" + made + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: many\r\n"
                        + "Connection: close\r\n\r\n")
                .startsWith("HTTP/1.1 400"));
        given().when().get("/api/workshops/" + made).then().statusCode(not(equalTo(500)));

        given().when()
                .get(managementUrl("/metrics"))
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests"))
                .body(not(containsString(made)));
    }
}
