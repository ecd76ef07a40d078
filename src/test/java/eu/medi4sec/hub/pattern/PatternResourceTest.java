package eu.medi4sec.hub.pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import eu.medi4sec.hub.support.Staff;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PatternResourceTest {

    static Map<String, Object> aPattern(String slug) {
        Map<String, Object> body = new HashMap<>();
        body.put("slug", slug);
        body.put("name", "Quiet hours for official accounts " + slug);
        body.put("summary", "Agree when official accounts stay silent so that urgent posts stand out.");
        body.put("problem", "Constant posting buries the urgent message.");
        body.put("solution", "Publish a schedule and keep **urgent** posts for emergencies.");
        body.put("themes", List.of("everyday-security"));
        body.put("status", "DRAFT");
        return body;
    }

    static String slug() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static void create(String token, Map<String, Object> body) {
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(body)
                .post("/api/patterns")
                .then()
                .statusCode(201);
    }

    @Test
    void theGuideStartsWithPublishedPatternsOverAllSixThemesEachRelated() {
        Staff.SignedIn analyst = Staff.anAnalyst();
        var graph = given().auth()
                .oauth2(analyst.token())
                .get("/api/patterns/graph")
                .then()
                .statusCode(200)
                .extract();
        List<Map<String, Object>> seeded = given().auth()
                .oauth2(analyst.token())
                .queryParam("status", "PUBLISHED")
                .get("/api/patterns")
                .then()
                .statusCode(200)
                .extract()
                .path("$");
        org.junit.jupiter.api.Assertions.assertTrue(seeded.size() >= 15, "at least 15 starter patterns");
        for (String theme : List.of(
                "diy-policing",
                "everyday-security",
                "riots-and-mass-gatherings",
                "dark-web",
                "trolling",
                "innovative-market-solutions")) {
            org.junit.jupiter.api.Assertions.assertTrue(
                    seeded.stream().anyMatch(p -> ((List<?>) p.get("themes")).contains(theme)), theme);
        }
        for (Map<String, Object> pattern : seeded) {
            org.junit.jupiter.api.Assertions.assertFalse(
                    ((List<?>) pattern.get("relations")).isEmpty(), pattern.get("slug") + " has relations");
        }
        List<String> from = graph.path("edges.from");
        org.junit.jupiter.api.Assertions.assertTrue(from.size() >= 15);
        given().auth()
                .oauth2(analyst.token())
                .queryParam("text", "rumour")
                .get("/api/patterns")
                .then()
                .body("slug", hasItem("rapid-rumour-rebuttal"));
    }

    @Test
    void anAnalystAddsAPatternWithRelationsSeenFromBothSides() {
        Staff.SignedIn analyst = Staff.anAnalyst();
        String first = slug();
        String second = slug();
        create(analyst.token(), aPattern(first));
        Map<String, Object> body = aPattern(second);
        body.put("relations", List.of(Map.of("type", "COMPLEMENTS", "to", first)));
        given().auth()
                .oauth2(analyst.token())
                .contentType("application/json")
                .body(body)
                .post("/api/patterns")
                .then()
                .statusCode(201)
                .body("relations[0].slug", equalTo(first))
                .body("relations[0].direction", equalTo("OUTGOING"));
        given().auth()
                .oauth2(analyst.token())
                .get("/api/patterns/" + first)
                .then()
                .statusCode(200)
                .body("relations[0].slug", equalTo(second))
                .body("relations[0].direction", equalTo("INCOMING"))
                .body("relations[0].type", equalTo("COMPLEMENTS"));
        given().auth()
                .oauth2(analyst.token())
                .get("/api/patterns/graph")
                .then()
                .statusCode(200)
                .body("edges.find { it.from == '" + second + "' }.to", equalTo(first))
                .body("nodes.slug", hasItem(first));
    }

    @Test
    void everyEditKeepsARevisionWithTheFieldsBeforeAndAfter() {
        Staff.SignedIn analyst = Staff.anAnalyst();
        String slug = slug();
        create(analyst.token(), aPattern(slug));
        String etag = given().auth()
                .oauth2(analyst.token())
                .get("/api/patterns/" + slug)
                .then()
                .extract()
                .header("ETag");
        Map<String, Object> edit = aPattern(slug);
        edit.put("summary", "A changed summary.");
        given().auth()
                .oauth2(analyst.token())
                .contentType("application/json")
                .header("If-Match", etag)
                .body(edit)
                .put("/api/patterns/" + slug)
                .then()
                .statusCode(200)
                .body("summary", equalTo("A changed summary."));
        given().auth()
                .oauth2(analyst.token())
                .get("/api/patterns/" + slug + "/revisions")
                .then()
                .statusCode(200)
                .body("$", hasSize(2))
                .body(
                        "[0].before.summary",
                        equalTo("Agree when official accounts stay silent so that urgent posts stand out."))
                .body("[0].after.summary", equalTo("A changed summary."))
                .body("[0].editorAccountId", equalTo((int) analyst.account().id()))
                .body("[0].editorName", equalTo(analyst.account().displayName()))
                .body("[1].before", nullValue());
    }

    @Test
    void aStaleEditIsRefused() {
        Staff.SignedIn analyst = Staff.anAnalyst();
        String slug = slug();
        create(analyst.token(), aPattern(slug));
        String etag = given().auth()
                .oauth2(analyst.token())
                .get("/api/patterns/" + slug)
                .then()
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(analyst.token())
                .contentType("application/json")
                .header("If-Match", etag)
                .body(aPattern(slug))
                .put("/api/patterns/" + slug)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(analyst.token())
                .contentType("application/json")
                .header("If-Match", etag)
                .body(aPattern(slug))
                .put("/api/patterns/" + slug)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        Map<String, Object> stale = aPattern(slug);
        stale.put("version", 0);
        given().auth()
                .oauth2(analyst.token())
                .contentType("application/json")
                .body(stale)
                .put("/api/patterns/" + slug)
                .then()
                .statusCode(409);
    }

    @Test
    void onlyAnalystsAndAdminsWritePatterns() {
        for (Staff.SignedIn other : List.of(Staff.anOrganiser(), Staff.aFacilitator())) {
            given().auth()
                    .oauth2(other.token())
                    .contentType("application/json")
                    .body(aPattern(slug()))
                    .post("/api/patterns")
                    .then()
                    .statusCode(403);
            given().auth().oauth2(other.token()).get("/api/patterns").then().statusCode(200);
        }
        create(Staff.anAdmin().token(), aPattern(slug()));
    }

    @Test
    void badPatternsNameTheirFields() {
        Staff.SignedIn analyst = Staff.anAnalyst();
        Map<String, Object> body = aPattern("Not A Slug");
        body.put("themes", List.of("astrology"));
        given().auth()
                .oauth2(analyst.token())
                .contentType("application/json")
                .body(body)
                .post("/api/patterns")
                .then()
                .statusCode(422)
                .body("violations.field", contains("slug"));
        body.put("slug", slug());
        given().auth()
                .oauth2(analyst.token())
                .contentType("application/json")
                .body(body)
                .post("/api/patterns")
                .then()
                .statusCode(422)
                .body("violations.field", contains("themes"));
        given().auth()
                .oauth2(analyst.token())
                .get("/api/patterns/no-such-pattern")
                .then()
                .statusCode(404);
    }

    @Test
    void theInventoryFiltersByThemeStatusAndText() {
        Staff.SignedIn analyst = Staff.anAnalyst();
        String slug = slug();
        Map<String, Object> body = aPattern(slug);
        body.put("name", "Zeppelin spotting protocol " + slug);
        body.put("themes", List.of("dark-web"));
        create(analyst.token(), body);
        given().auth()
                .oauth2(analyst.token())
                .queryParam("text", "zeppelin")
                .get("/api/patterns")
                .then()
                .body("slug", contains(slug));
        given().auth()
                .oauth2(analyst.token())
                .queryParam("theme", "dark-web")
                .queryParam("status", "DRAFT")
                .get("/api/patterns")
                .then()
                .body("slug", hasItem(slug));
        given().auth()
                .oauth2(analyst.token())
                .queryParam("theme", "trolling")
                .get("/api/patterns")
                .then()
                .body("slug", org.hamcrest.Matchers.not(hasItem(slug)));
    }
}
