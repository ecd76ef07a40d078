package eu.medi4sec.hub.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

/** Named fixtures for workshops, made through the API as an organiser would. */
public final class Workshops {

    private Workshops() {}

    /** A valid request body; callers override what their test is about. */
    public static Map<String, Object> aWorkshopBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Rumours during mass gatherings");
        body.put("theme", "riots-and-mass-gatherings");
        body.put("description", "How official accounts counter rumours.");
        body.put("startsAt", "2027-03-10T09:00:00+01:00");
        body.put("endsAt", "2027-03-10T17:00:00+01:00");
        body.put("timeZone", "Europe/Brussels");
        body.put("venue", "Brussels");
        body.put("capacity", 40);
        return body;
    }

    public static long aDraftWorkshop(String organiserToken) {
        return create(organiserToken, aWorkshopBody());
    }

    /** A SCHEDULED workshop open for registration, with the given capacity. */
    public static Created aScheduledWorkshop(String organiserToken, int capacity) {
        Map<String, Object> body = aWorkshopBody();
        body.put("capacity", capacity);
        long id = create(organiserToken, body);
        return new Created(id, moveTo(organiserToken, id, "SCHEDULED"));
    }

    /** A LIVE workshop. */
    public static Created aLiveWorkshop(String organiserToken) {
        Created scheduled = aScheduledWorkshop(organiserToken, 100);
        moveTo(organiserToken, scheduled.id(), "LIVE");
        return scheduled;
    }

    public record Created(long id, String joinCode) {}

    /** Moves a workshop and answers its join code. */
    public static String moveTo(String organiserToken, long id, String status) {
        return given().auth()
                .oauth2(organiserToken)
                .contentType("application/json")
                .body(Map.of("to", status))
                .when()
                .post("/api/workshops/" + id + "/transitions")
                .then()
                .statusCode(200)
                .extract()
                .path("joinCode");
    }

    public static long create(String organiserToken, Map<String, Object> body) {
        return ((Number) given().auth()
                        .oauth2(organiserToken)
                        .contentType("application/json")
                        .body(body)
                        .when()
                        .post("/api/workshops")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
    }
}
