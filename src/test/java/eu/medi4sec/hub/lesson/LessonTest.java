package eu.medi4sec.hub.lesson;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.medi4sec.hub.support.Live;
import eu.medi4sec.hub.support.SseClient;
import eu.medi4sec.hub.support.Staff;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LessonTest {

    @TestHTTPResource("/")
    URL base;

    static Map<String, Object> aLesson(List<Long> noteIds) {
        return Map.of(
                "title",
                "Brief crowds before the event",
                "statement",
                "Pre-event messages reduce rumours on the day.",
                "type",
                "BEST_PRACTICE",
                "noteIds",
                noteIds);
    }

    @Test
    void aFacilitatorDraftsALessonThatMovesThroughItsStatuses() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Staff.SignedIn facilitator = Staff.aFacilitator();
        Live.Round round = Live.anOpenRound(organiser.token());
        long note = Live.aNote(Live.aDelegateIn(round), round, "Tell people what to expect");
        int id = given().auth()
                .oauth2(facilitator.token())
                .contentType("application/json")
                .body(aLesson(List.of(note)))
                .post("/api/workshops/" + round.workshopId() + "/lessons")
                .then()
                .statusCode(201)
                .body("status", equalTo("EMERGING"))
                .body("noteIds", contains((int) note))
                .extract()
                .path("id");
        given().auth()
                .oauth2(facilitator.token())
                .contentType("application/json")
                .body(Map.of("to", "PUBLISHED"))
                .post("/api/lessons/" + id + "/transitions")
                .then()
                .statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("EMERGING"));
        given().auth()
                .oauth2(Staff.anAnalyst().token())
                .contentType("application/json")
                .body(Map.of("to", "VALIDATED"))
                .post("/api/lessons/" + id + "/transitions")
                .then()
                .statusCode(200)
                .body("status", equalTo("VALIDATED"));
        given().auth()
                .oauth2(facilitator.token())
                .contentType("application/json")
                .body(Map.of("to", "PUBLISHED"))
                .post("/api/lessons/" + id + "/transitions")
                .then()
                .statusCode(200)
                .body("allowedTransitions", hasSize(0));
        given().auth()
                .oauth2(facilitator.token())
                .get("/api/workshops/" + round.workshopId() + "/lessons")
                .then()
                .body("status", contains("PUBLISHED"));
    }

    @Test
    void aStaleLessonEditIsRefused() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        int id = given().auth()
                .oauth2(organiser.token())
                .contentType("application/json")
                .body(aLesson(List.of()))
                .post("/api/workshops/" + round.workshopId() + "/lessons")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String etag = given().auth()
                .oauth2(organiser.token())
                .get("/api/lessons/" + id)
                .then()
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(organiser.token())
                .contentType("application/json")
                .header("If-Match", etag)
                .body(aLesson(List.of()))
                .put("/api/lessons/" + id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(organiser.token())
                .contentType("application/json")
                .header("If-Match", etag)
                .body(aLesson(List.of()))
                .put("/api/lessons/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
    }

    @Test
    void supportingNotesMustBelongToTheWorkshop() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        Live.Round other = Live.anOpenRound(organiser.token());
        long foreign = Live.aNote(organiser.token(), other, "Elsewhere");
        given().auth()
                .oauth2(organiser.token())
                .contentType("application/json")
                .body(aLesson(List.of(foreign)))
                .post("/api/workshops/" + round.workshopId() + "/lessons")
                .then()
                .statusCode(422)
                .body("violations.field", contains("noteIds"));
    }

    @Test
    void delegatesEndorseOnceAndSeeEmergingLessonsLive() throws Exception {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        String delegate = Live.aDelegateIn(round);
        try (SseClient phone =
                new SseClient(base + "api/workshops/" + round.workshopId() + "/events", delegate, null)) {
            int id = given().auth()
                    .oauth2(organiser.token())
                    .contentType("application/json")
                    .body(aLesson(List.of()))
                    .post("/api/workshops/" + round.workshopId() + "/lessons")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            var created = phone.await("lesson.created", Duration.ofSeconds(10));
            org.junit.jupiter.api.Assertions.assertEquals(
                    id, new ObjectMapper().readTree(created.data()).get("id").asInt());
            given().auth()
                    .oauth2(delegate)
                    .put("/api/lessons/" + id + "/endorsement")
                    .then()
                    .statusCode(200)
                    .body("endorsements", equalTo(1))
                    .body("endorsedByMe", equalTo(true));
            given().auth()
                    .oauth2(delegate)
                    .put("/api/lessons/" + id + "/endorsement")
                    .then()
                    .statusCode(200)
                    .body("endorsements", equalTo(1));
            phone.await("lesson.endorsed", Duration.ofSeconds(10));
            given().auth()
                    .oauth2(organiser.token())
                    .put("/api/lessons/" + id + "/endorsement")
                    .then()
                    .statusCode(403);
            given().auth()
                    .oauth2(delegate)
                    .contentType("application/json")
                    .body(aLesson(List.of()))
                    .post("/api/workshops/" + round.workshopId() + "/lessons")
                    .then()
                    .statusCode(403);
        }
    }
}
