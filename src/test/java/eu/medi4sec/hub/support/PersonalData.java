package eu.medi4sec.hub.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Named fixtures for delegates' data rights: a delegate who took part in everything a workshop offers
 * (a note, a vote, an endorsement, a breakout group, a tag and a pin on their note), and the calls a
 * personal link makes to download and erase.
 */
public final class PersonalData {

    private PersonalData() {}

    /** A delegate of a live round, with what they sent and what was made of it. */
    public record Active(
            Delegates.Registered registered,
            String token,
            String name,
            String organisation,
            long note,
            String noteText) {}

    /** Registers (with these details), joins and takes part: a note, a vote for {@code otherNote}, an endorsement. */
    public static Active anActiveDelegate(
            Live.Round round, String name, String organisation, String emailStem, String noteText, long otherNote) {
        Map<String, Object> body = Delegates.aRegistration(round.joinCode());
        body.put("name", name);
        body.put("organisation", organisation);
        body.put("email", emailStem + "-" + UUID.randomUUID() + "@example.org");
        body.put("jobTitle", "Head of " + organisation);
        body.put("accessNeeds", "A seat near the door for " + name);
        Delegates.Registered registered = Delegates.registered(body);
        String token = Delegates.join(registered.accessToken());
        long note = Live.aNote(token, round, noteText);
        if (otherNote > 0) {
            given().auth()
                    .oauth2(token)
                    .put("/api/notes/" + otherNote + "/vote")
                    .then()
                    .statusCode(200);
        }
        return new Active(registered, token, name, organisation, note, noteText);
    }

    /** A lesson drawn from this note, endorsed by the delegate; the lesson's id. */
    public static long aLessonEndorsedBy(String organiserToken, Live.Round round, Active delegate) {
        long lesson = ((Number) given().auth()
                        .oauth2(organiserToken)
                        .contentType("application/json")
                        .body(Map.of(
                                "title",
                                "Name a spokesperson early",
                                "statement",
                                "A named spokesperson made corrections travel.",
                                "type",
                                "BEST_PRACTICE",
                                "noteIds",
                                List.of(delegate.note())))
                        .post("/api/workshops/" + round.workshopId() + "/lessons")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        given().auth()
                .oauth2(delegate.token())
                .put("/api/lessons/" + lesson + "/endorsement")
                .then()
                .statusCode(200);
        return lesson;
    }

    /** Breakout groups for the workshop's delegates; the allocation's id. */
    public static long breakoutGroups(String organiserToken, long workshopId, int groups) {
        return ((Number) given().auth()
                        .oauth2(organiserToken)
                        .contentType("application/json")
                        .body(Map.of("groups", groups))
                        .post("/api/workshops/" + workshopId + "/breakouts")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
    }

    public static ExtractableResponse<Response> export(String key) {
        return byKey("/api/my-registration/export", key);
    }

    public static ExtractableResponse<Response> erase(String key) {
        return byKey("/api/my-registration/erase", key);
    }

    public static ExtractableResponse<Response> lookUp(String key) {
        return given().contentType("application/json")
                .header("X-Forwarded-For", Delegates.anAddress())
                .body(Map.of("accessToken", key))
                .post("/api/my-registration")
                .then()
                .extract();
    }

    private static ExtractableResponse<Response> byKey(String path, String key) {
        return given().contentType("application/json")
                .header("X-Forwarded-For", Delegates.anAddress())
                .body(Map.of("key", key))
                .post(path)
                .then()
                .extract();
    }
}
