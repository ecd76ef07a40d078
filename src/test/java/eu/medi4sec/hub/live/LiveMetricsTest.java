package eu.medi4sec.hub.live;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.medi4sec.hub.support.Live;
import eu.medi4sec.hub.support.SseClient;
import eu.medi4sec.hub.support.Staff;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The live stream's meters, under the names the Grafana dashboard (deploy/) reads. */
@QuarkusTest
class LiveMetricsTest {

    @TestHTTPResource("/")
    URL base;

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void theManagementPortShowsSequencedDeliveredDroppedAndSubscribersPerWorkshop() throws Exception {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        try (SseClient projector =
                new SseClient(base + "api/workshops/" + round.workshopId() + "/events", organiser.token(), null)) {
            Live.aNote(Live.aDelegateIn(round), round, "Counted");
            projector.await("note.created", Duration.ofSeconds(15));

            String metrics = given().get(management.toString().replaceAll("/+$", "") + "/metrics")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertPositive(metrics, "workshophub_events_sequenced_total");
            assertPositive(metrics, "workshophub_events_delivered_total");
            assertTrue(metrics.contains("workshophub_live_subscribers_dropped_total"), "dropped subscribers");
            assertPositive(
                    metrics, "workshophub_live_subscribers\\{[^}]*workshop=\"" + round.workshopId() + "\"[^}]*\\}");
        }
    }

    private static void assertPositive(String metrics, String series) {
        var matcher = Pattern.compile("(?m)^" + series + "(?:\\{[^}]*\\})? ([0-9.E+-]+)$")
                .matcher(metrics);
        assertTrue(matcher.find(), series + " is exported");
        assertTrue(Double.parseDouble(matcher.group(1)) >= 1, series + " counts: " + matcher.group());
    }
}
