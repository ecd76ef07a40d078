package eu.medi4sec.hub.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** What an operator's Prometheus scrapes from the management port: request times and the connection pool. */
@QuarkusTest
class OperatorMetricsTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    private String metrics() {
        return given().when()
                .get(management.toString().replaceAll("/+$", "") + "/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    @Test
    void connectionPoolUseIsExported() {
        given().when().get("/api/workshops/1").then().statusCode(401); // any request: the pool is in use by now
        String metrics = metrics();
        for (String gauge : new String[] {
            "agroal_active_count", "agroal_available_count", "agroal_awaiting_count", "agroal_max_used_count"
        }) {
            assertThat(
                    metrics, matchesRegex("(?s).*\\n" + gauge + "\\{[^}]*datasource=\"default\"[^}]*} [0-9.]+\\n.*"));
        }
    }

    @Test
    void requestTimesAreCountedPerRouteTemplateNotPerAddress() {
        long id = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
        given().when().get("/api/workshops/" + id).then().statusCode(401);
        String metrics = metrics();
        for (String series : new String[] {"_count", "_sum", "_max", "_bucket"}) {
            assertThat(
                    metrics,
                    matchesRegex("(?s).*\\nhttp_server_requests_seconds" + series
                            + "\\{[^}]*method=\"GET\"[^}]*uri=\"[^\"]*/workshops/\\{id}\"[^}]*} [0-9.E-]+\\n.*"));
        }
        assertThat(metrics, not(containsString(Long.toString(id))));
    }
}
