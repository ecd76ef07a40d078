package eu.medi4sec.hub.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;

/** Named fixtures for live capture: a LIVE workshop with an open round, and notes sent as a phone would. */
public final class Live {

    private Live() {}

    public record Round(long workshopId, String joinCode, long sessionId) {}

    public static Round anOpenRound(String organiserToken) {
        return anOpenRound(organiserToken, Map.of());
    }

    /** A LIVE workshop (with any extra workshop fields, e.g. attribution) and one open round. */
    public static Round anOpenRound(String organiserToken, Map<String, Object> workshopFields) {
        Map<String, Object> body = Workshops.aWorkshopBody();
        body.put("capacity", 200);
        body.putAll(workshopFields);
        long id = Workshops.create(organiserToken, body);
        String code = Workshops.moveTo(organiserToken, id, "SCHEDULED");
        long session = ((Number) given().auth()
                        .oauth2(organiserToken)
                        .contentType("application/json")
                        .body(Map.of(
                                "title",
                                "Rumours",
                                "prompt",
                                "What worked?",
                                "startsAt",
                                "2027-03-10T10:00:00+01:00",
                                "endsAt",
                                "2027-03-10T11:00:00+01:00"))
                        .post("/api/workshops/" + id + "/sessions")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        Workshops.moveTo(organiserToken, id, "LIVE");
        given().auth()
                .oauth2(organiserToken)
                .post("/api/workshops/" + id + "/sessions/" + session + "/open")
                .then()
                .statusCode(200);
        return new Round(id, code, session);
    }

    /** A delegate of the round's workshop, joined: their token. */
    public static String aDelegateIn(Round round) {
        return Delegates.join(Delegates.aRegisteredDelegate(round.joinCode()).accessToken());
    }

    public static ExtractableResponse<Response> send(String token, Round round, String text, String key) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(Map.of("text", text, "kind", "INSIGHT", "sessionId", round.sessionId()))
                .when()
                .post("/api/workshops/" + round.workshopId() + "/notes")
                .then()
                .extract();
    }

    /** Sends a note and answers its id. */
    public static long aNote(String token, Round round, String text) {
        var response = send(token, round, text, UUID.randomUUID().toString());
        if (response.statusCode() != 201) {
            throw new AssertionError(response.statusCode() + " " + response.asString());
        }
        return ((Number) response.path("id")).longValue();
    }
}
