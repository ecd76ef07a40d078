package eu.medi4sec.hub.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import eu.medi4sec.hub.support.Live;
import eu.medi4sec.hub.support.Staff;
import eu.medi4sec.hub.support.Workshops;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every resource with a PUT accepts what its GET returns: read it, change one field, send it back. */
@QuarkusTest
class PutRoundTripTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(String token, String path) {
        return new java.util.HashMap<>((Map<String, Object>) given().auth()
                .oauth2(token)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class));
    }

    private static ExtractableResponse<Response> putBack(String token, String path, Map<String, Object> body) {
        String etag = given().auth().oauth2(token).get(path).then().extract().header("ETag");
        var request =
                given().auth().oauth2(token).contentType("application/json").body(body);
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return request.put(path).then().extract();
    }

    @Test
    void aWorkshopReadCanBeSentBack() {
        var organiser = Staff.anOrganiser();
        long id = Workshops.aDraftWorkshop(organiser.token());
        var workshop = read(organiser.token(), "/api/workshops/" + id);
        workshop.put("description", "Changed after reading it.");
        var put = putBack(organiser.token(), "/api/workshops/" + id, workshop);
        org.junit.jupiter.api.Assertions.assertEquals(200, put.statusCode(), put.asString());
        given().auth()
                .oauth2(organiser.token())
                .get("/api/workshops/" + id)
                .then()
                .body("description", equalTo("Changed after reading it."))
                .body("timeZone", equalTo("Europe/Brussels"));
    }

    @Test
    void aSessionReadCanBeSentBackAndKeepsItsFacilitator() {
        var organiser = Staff.anOrganiser();
        var facilitator = Staff.aFacilitator();
        long id = Workshops.aDraftWorkshop(organiser.token());
        long session = ((Number) given().auth()
                        .oauth2(organiser.token())
                        .contentType("application/json")
                        .body(Map.of(
                                "title",
                                "Rumours",
                                "prompt",
                                "What worked?",
                                "startsAt",
                                "2027-03-10T10:00:00+01:00",
                                "endsAt",
                                "2027-03-10T11:00:00+01:00",
                                "facilitatorId",
                                facilitator.account().id()))
                        .post("/api/workshops/" + id + "/sessions")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        String path = "/api/workshops/" + id + "/sessions/" + session;
        var read = read(organiser.token(), path);
        read.put("prompt", "What would you do again?");
        var put = putBack(organiser.token(), path, read);
        org.junit.jupiter.api.Assertions.assertEquals(200, put.statusCode(), put.asString());
        given().auth()
                .oauth2(organiser.token())
                .get(path)
                .then()
                .body("prompt", equalTo("What would you do again?"))
                .body("facilitator.id", equalTo((int) facilitator.account().id()));
    }

    @Test
    void aLessonReadCanBeSentBack() {
        var organiser = Staff.anOrganiser();
        var round = Live.anOpenRound(organiser.token());
        long note = Live.aNote(Live.aDelegateIn(round), round, "The official account kept rumours in check.");
        long lesson = ((Number) given().auth()
                        .oauth2(organiser.token())
                        .contentType("application/json")
                        .body(Map.of(
                                "title",
                                "One trusted voice",
                                "statement",
                                "Name one official account early.",
                                "type",
                                "BEST_PRACTICE",
                                "noteIds",
                                List.of(note)))
                        .post("/api/workshops/" + round.workshopId() + "/lessons")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        var read = read(organiser.token(), "/api/lessons/" + lesson);
        read.put("statement", "Name one official account before the day.");
        var put = putBack(organiser.token(), "/api/lessons/" + lesson, read);
        org.junit.jupiter.api.Assertions.assertEquals(200, put.statusCode(), put.asString());
        given().auth()
                .oauth2(organiser.token())
                .get("/api/lessons/" + lesson)
                .then()
                .body("statement", equalTo("Name one official account before the day."))
                .body("noteIds", hasItem((int) note));
    }

    @Test
    void aPatternReadCanBeSentBackAndLeavesIncomingRelationsAlone() {
        var analyst = Staff.anAnalyst();
        String target = "rt-" + UUID.randomUUID().toString().substring(0, 8);
        String source = "rt-" + UUID.randomUUID().toString().substring(0, 8);
        String third = "rt-" + UUID.randomUUID().toString().substring(0, 8);
        for (String slug : List.of(target, source, third)) {
            given().auth()
                    .oauth2(analyst.token())
                    .contentType("application/json")
                    .body(Map.of(
                            "slug",
                            slug,
                            "name",
                            "Pattern " + slug,
                            "summary",
                            "One line.",
                            "themes",
                            List.of("trolling")))
                    .post("/api/patterns")
                    .then()
                    .statusCode(201);
        }
        // target → third (outgoing); source → target (incoming to target)
        given().auth()
                .oauth2(analyst.token())
                .contentType("application/json")
                .body(Map.of(
                        "name",
                        "Pattern " + target,
                        "summary",
                        "One line.",
                        "themes",
                        List.of("trolling"),
                        "relations",
                        List.of(Map.of("type", "COMPLEMENTS", "to", third))))
                .header(
                        "If-Match",
                        given().auth()
                                .oauth2(analyst.token())
                                .get("/api/patterns/" + target)
                                .then()
                                .extract()
                                .header("ETag"))
                .put("/api/patterns/" + target)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(analyst.token())
                .contentType("application/json")
                .body(Map.of(
                        "name",
                        "Pattern " + source,
                        "summary",
                        "One line.",
                        "themes",
                        List.of("trolling"),
                        "relations",
                        List.of(Map.of("type", "PRECEDES", "to", target))))
                .header(
                        "If-Match",
                        given().auth()
                                .oauth2(analyst.token())
                                .get("/api/patterns/" + source)
                                .then()
                                .extract()
                                .header("ETag"))
                .put("/api/patterns/" + source)
                .then()
                .statusCode(200);

        var read = read(analyst.token(), "/api/patterns/" + target);
        read.put("summary", "A changed line.");
        var put = putBack(analyst.token(), "/api/patterns/" + target, read);
        org.junit.jupiter.api.Assertions.assertEquals(200, put.statusCode(), put.asString());
        given().auth()
                .oauth2(analyst.token())
                .get("/api/patterns/" + target)
                .then()
                .body("summary", equalTo("A changed line."))
                .body("relations.find { it.direction == 'OUTGOING' }.slug", equalTo(third))
                .body("relations.find { it.direction == 'INCOMING' }.slug", equalTo(source));
        given().auth()
                .oauth2(analyst.token())
                .get("/api/patterns/" + source)
                .then()
                .body("relations.find { it.direction == 'OUTGOING' }.slug", equalTo(target));
    }

    @Test
    void aTechnologyReadCanBeSentBack() {
        var analyst = Staff.anAnalyst();
        String slug = "rt-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth()
                .oauth2(analyst.token())
                .contentType("application/json")
                .body(Map.of(
                        "slug",
                        slug,
                        "name",
                        "Technology " + slug,
                        "category",
                        "VERIFICATION",
                        "summary",
                        "One line.",
                        "maturity",
                        "PILOTED",
                        "themes",
                        List.of("trolling"),
                        "patterns",
                        List.of("rapid-rumour-rebuttal"),
                        "links",
                        List.of("https://eur-lex.europa.eu/eli/reg/2022/2065/oj")))
                .post("/api/technologies")
                .then()
                .statusCode(201);
        var read = read(analyst.token(), "/api/technologies/" + slug);
        read.put("summary", "A changed line.");
        var put = putBack(analyst.token(), "/api/technologies/" + slug, read);
        org.junit.jupiter.api.Assertions.assertEquals(200, put.statusCode(), put.asString());
        given().auth()
                .oauth2(analyst.token())
                .get("/api/technologies/" + slug)
                .then()
                .body("summary", equalTo("A changed line."))
                .body("patterns", hasItem("rapid-rumour-rebuttal"))
                .body("links", hasItem("https://eur-lex.europa.eu/eli/reg/2022/2065/oj"))
                .body("version", equalTo(1));
    }
}
