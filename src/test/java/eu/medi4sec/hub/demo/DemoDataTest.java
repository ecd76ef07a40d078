package eu.medi4sec.hub.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import eu.medi4sec.hub.support.Staff;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo run: what the README promises a new user finds after signing in. */
@QuarkusTest
@TestProfile(DemoDataTest.DemoRun.class)
class DemoDataTest {

    public static class DemoRun implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("workshop-hub.demo-data", "true");
        }
    }

    @Test
    void everyDemoSignInWorksWithItsRole() {
        for (var account : DemoData.ACCOUNTS) {
            String token = Staff.login(account.email(), DemoData.PASSWORD);
            given().auth().oauth2(token).get("/api/me").then().statusCode(200).body("roles", hasItem(account.role().name()));
        }
    }

    @Test
    void theScheduledDemoWorkshopHasAnAgendaAndDelegates() {
        String organiser = Staff.login("organiser@demo.test", DemoData.PASSWORD);
        List<Integer> scheduled = given().auth().oauth2(organiser).queryParam("status", "SCHEDULED")
                .get("/api/workshops").then().statusCode(200).extract().path("id");
        org.junit.jupiter.api.Assertions.assertFalse(scheduled.isEmpty());
        int id = scheduled.get(0);
        given().auth().oauth2(organiser).get("/api/workshops/" + id + "/sessions").then().body("$", hasSize(3));
        given().auth().oauth2(organiser).get("/api/workshops/" + id + "/delegates/counts").then().body("registered", equalTo(10));
    }
}
