package eu.medi4sec.hub.technology;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.medi4sec.hub.pattern.TagService;
import eu.medi4sec.hub.support.Live;
import eu.medi4sec.hub.support.Staff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TechnologyResourceTest {

    static final List<String> THEMES = List.of(
            "diy-policing",
            "everyday-security",
            "riots-and-mass-gatherings",
            "dark-web",
            "trolling",
            "innovative-market-solutions");

    @Inject
    TechnologyService technologies;

    static String slug() {
        return "tech-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid entry; tests change what they are about. */
    static Map<String, Object> aTechnology(String slug) {
        Map<String, Object> body = new HashMap<>();
        body.put("slug", slug);
        body.put("name", "Queue-length estimation from public posts " + slug);
        body.put("category", "MONITORING_AND_ANALYTICS");
        body.put("summary", "Estimates how long queues at event gates are from what people post.");
        body.put("uses", "- Opening more gates before a crush forms.\n- Telling people which gate is quicker.");
        body.put("risks", "Posts come from a few people in the queue.");
        body.put("legalAndEthicalNotes", "Aggregate counts only; no individual is tracked.");
        body.put("maturity", "EMERGING");
        body.put("openSource", true);
        body.put("themes", List.of("riots-and-mass-gatherings"));
        body.put("patterns", List.of("pre-event-crowd-messaging"));
        body.put("links", List.of("https://eur-lex.europa.eu/eli/reg/2016/679/oj"));
        return body;
    }

    static ValidatableResponse post(String token, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(body)
                .post("/api/technologies")
                .then();
    }

    static void create(String token, Map<String, Object> body) {
        post(token, body).statusCode(201);
    }

    static String etagOf(String token, String slug) {
        return given().auth()
                .oauth2(token)
                .get("/api/technologies/" + slug)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    static ValidatableResponse put(String token, String slug, Map<String, Object> body, String ifMatch) {
        var request =
                given().auth().oauth2(token).contentType("application/json").body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put("/api/technologies/" + slug).then();
    }

    static long tag(String token, String target, long id, String technology, String stance) {
        return ((Number) given().auth()
                        .oauth2(token)
                        .contentType("application/json")
                        .body(Map.of("technology", technology, "stance", stance, "rationale", "Seen in the room"))
                        .post("/api/" + target + "/" + id + "/tags")
                        .then()
                        .statusCode(201)
                        .body("technology.slug", equalTo(technology))
                        .body("pattern", nullValue())
                        .extract()
                        .path("id"))
                .longValue();
    }

    static long aLesson(String token, Live.Round round, long note) {
        return ((Number) given().auth()
                        .oauth2(token)
                        .contentType("application/json")
                        .body(Map.of(
                                "title",
                                "Check where footage was filmed",
                                "statement",
                                "Place viral footage on a map before answering it.",
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
    }

    @Test
    void theSeededCatalogueHasAtLeastTwentyKindsOfTechnologyOverAllSixThemes() {
        List<Map<String, Object>> seeded = given().auth()
                .oauth2(Staff.aFacilitator().token())
                .get("/api/technologies")
                .then()
                .statusCode(200)
                .extract()
                .path("$");
        assertTrue(seeded.size() >= 20, "at least 20 entries, found " + seeded.size());
        for (String theme : THEMES) {
            assertTrue(seeded.stream().anyMatch(t -> ((List<?>) t.get("themes")).contains(theme)), theme);
        }
        List<String> categories = new ArrayList<>();
        for (Map<String, Object> entry : seeded) {
            categories.add((String) entry.get("category"));
            for (Object link : (List<?>) entry.get("links")) {
                assertTrue(((String) link).startsWith("https://"), entry.get("slug") + ": " + link);
            }
        }
        assertTrue(categories.containsAll(List.of(
                "MONITORING_AND_ANALYTICS",
                "OPEN_SOURCE_INVESTIGATION",
                "CRISIS_COMMUNICATION",
                "VERIFICATION",
                "COMMUNITY_ENGAGEMENT",
                "DARK_WEB_MONITORING",
                "MODERATION_AND_REPORTING")));
        given().auth()
                .oauth2(Staff.anAnalyst().token())
                .get("/api/technologies/rumour-tracking-and-fact-check-workflows")
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("category", equalTo("VERIFICATION"))
                .body("maturity", equalTo("ESTABLISHED"))
                .body("patterns", hasItem("rapid-rumour-rebuttal"))
                .body("relatedPatterns.find { it.slug == 'rapid-rumour-rebuttal' }.name", notNullValue())
                .body("legalAndEthicalNotes", notNullValue());
    }

    @Test
    void theCatalogueFiltersByThemeCategoryAndText() {
        String analyst = Staff.anAnalyst().token();
        String slug = slug();
        Map<String, Object> body = aTechnology(slug);
        body.put("name", "Zeppelinograph " + slug);
        body.put("category", "DARK_WEB_MONITORING");
        body.put("themes", List.of("dark-web"));
        create(analyst, body);
        given().auth()
                .oauth2(analyst)
                .queryParam("q", "zeppelinograph")
                .get("/api/technologies")
                .then()
                .statusCode(200)
                .body("slug", contains(slug));
        given().auth()
                .oauth2(analyst)
                .queryParam("q", "gate")
                .get("/api/technologies")
                .then()
                .body("slug", hasItem(slug));
        given().auth()
                .oauth2(analyst)
                .queryParam("q", "geoloc")
                .get("/api/technologies")
                .then()
                .body("slug", hasItem("geolocation-of-public-posts"));
        given().auth()
                .oauth2(analyst)
                .queryParam("theme", "dark-web")
                .queryParam("category", "DARK_WEB_MONITORING")
                .get("/api/technologies")
                .then()
                .body("slug", hasItem(slug))
                .body("slug", hasItem("dark-web-marketplace-crawlers"))
                .body("category", everyItem(equalTo("DARK_WEB_MONITORING")))
                .body("themes.flatten()", hasItem("dark-web"));
        given().auth()
                .oauth2(analyst)
                .queryParam("theme", "trolling")
                .get("/api/technologies")
                .then()
                .body("slug", not(hasItem(slug)))
                .body("slug", hasItem("automated-hate-speech-flagging"));
        given().auth()
                .oauth2(analyst)
                .queryParam("category", "VERIFICATION")
                .get("/api/technologies")
                .then()
                .body("slug", not(hasItem(slug)));
        given().auth()
                .oauth2(analyst)
                .queryParam("category", "GADGETS")
                .get("/api/technologies")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("category"));
    }

    @Test
    void anAnalystAddsATechnologyAtItsOwnAddress() {
        String analyst = Staff.anAnalyst().token();
        String slug = slug();
        post(analyst, aTechnology(slug))
                .statusCode(201)
                .header("Location", endsWith("/api/technologies/" + slug))
                .header("ETag", equalTo("\"0\""))
                .body("slug", equalTo(slug))
                .body("category", equalTo("MONITORING_AND_ANALYTICS"))
                .body("maturity", equalTo("EMERGING"))
                .body("openSource", equalTo(true))
                .body("themes", contains("riots-and-mass-gatherings"))
                .body("patterns", contains("pre-event-crowd-messaging"))
                .body("relatedPatterns[0].slug", equalTo("pre-event-crowd-messaging"))
                .body("links", contains("https://eur-lex.europa.eu/eli/reg/2016/679/oj"))
                .body("version", equalTo(0))
                .body("updatedAt", notNullValue());
        post(Staff.anAdmin().token(), aTechnology(slug)).statusCode(409).contentType("application/problem+json");
    }

    @Test
    void everyEditKeepsARevisionWithWhoChangedWhatAndWhen() {
        Staff.SignedIn analyst = Staff.anAnalyst();
        String slug = slug();
        create(analyst.token(), aTechnology(slug));
        Map<String, Object> edit = aTechnology(slug);
        edit.put("maturity", "PILOTED");
        edit.put("risks", "Posts come from a few people.\nCameras see more.");
        String etag = put(analyst.token(), slug, edit, etagOf(analyst.token(), slug))
                .statusCode(200)
                .body("maturity", equalTo("PILOTED"))
                .body("version", equalTo(1))
                .extract()
                .header("ETag");
        assertEquals("\"1\"", etag);
        given().auth()
                .oauth2(Staff.aFacilitator().token())
                .get("/api/technologies/" + slug + "/revisions")
                .then()
                .statusCode(200)
                .body("$", hasSize(2))
                .body("[0].version", equalTo(1))
                .body("[0].before.maturity", equalTo("EMERGING"))
                .body("[0].after.maturity", equalTo("PILOTED"))
                .body("[0].after.risks", equalTo("Posts come from a few people.\nCameras see more."))
                .body("[0].editorAccountId", equalTo((int) analyst.account().id()))
                .body("[0].editorName", equalTo(analyst.account().displayName()))
                .body("[0].editedAt", notNullValue())
                .body("[1].before", nullValue())
                .body("[1].after.name", equalTo(aTechnology(slug).get("name")));
    }

    @Test
    void aStaleEditIsRefused() {
        String analyst = Staff.anAnalyst().token();
        String slug = slug();
        create(analyst, aTechnology(slug));
        String etag = etagOf(analyst, slug);
        put(analyst, slug, aTechnology(slug), etag).statusCode(200);
        put(analyst, slug, aTechnology(slug), etag)
                .statusCode(412)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("changed by someone else"));
        put(analyst, slug, aTechnology(slug), "\"not-a-version\"").statusCode(412);
        Map<String, Object> stale = aTechnology(slug);
        stale.put("version", 0);
        put(analyst, slug, stale, null).statusCode(409);
        // as for patterns, an edit that names no version at all is taken as it is
        put(analyst, slug, aTechnology(slug), null).statusCode(200).body("version", equalTo(2));
    }

    @Test
    void anUnknownTechnologyIsNotFound() {
        String analyst = Staff.anAnalyst().token();
        for (String path : List.of("", "/revisions", "/evidence")) {
            given().auth()
                    .oauth2(analyst)
                    .get("/api/technologies/no-such-technology" + path)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
        }
        put(analyst, "no-such-technology", aTechnology("no-such-technology"), "\"0\"")
                .statusCode(404);
    }

    @Test
    void badTechnologiesNameTheirFields() {
        String analyst = Staff.anAnalyst().token();
        Map<String, Object> body = aTechnology("Not A Slug");
        post(analyst, body).statusCode(422).body("violations.field", contains("slug"));

        body = aTechnology(slug());
        body.put("themes", List.of("astrology"));
        body.put("patterns", List.of("no-such-pattern"));
        post(analyst, body).statusCode(422).body("violations.field", containsInAnyOrder("themes", "patterns"));

        body = aTechnology(slug());
        body.put("links", List.of("https://example.org/ok", "javascript:alert(1)", "ftp://files.example.org/x"));
        post(analyst, body)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("links[1]", "links[2]"));

        body = aTechnology(slug());
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add("https://example.org/" + i);
        }
        body.put("links", many);
        post(analyst, body).statusCode(422).body("violations.field", contains("links"));

        body = aTechnology(slug());
        body.remove("category");
        body.remove("maturity");
        body.put("summary", "x".repeat(301));
        post(analyst, body)
                .statusCode(422)
                .body("violations.field", containsInAnyOrder("category", "maturity", "summary"));

        body = aTechnology(slug());
        body.put("category", "GADGETS");
        post(analyst, body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("category"))
                .body("detail", org.hamcrest.Matchers.containsString("DARK_WEB_MONITORING"));

        body = aTechnology(slug());
        body.put("maturity", "ANCIENT");
        post(analyst, body).statusCode(400).body("violations.field", contains("maturity"));

        body = aTechnology(slug());
        body.put("summary", "Two\nlines");
        post(analyst, body).statusCode(422).body("violations.field", contains("summary"));
    }

    @Test
    void notesAndLessonsTaggedToATechnologyAreItsEvidence() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        String analyst = Staff.anAnalyst().token();
        String slug = slug();
        create(analyst, aTechnology(slug));
        Live.Round round = Live.anOpenRound(organiser.token());
        long note = Live.aNote(Live.aDelegateIn(round), round, "We mapped the viral video to the old harbour");
        long other = Live.aNote(Live.aDelegateIn(round), round, "Mapping footage took too long to matter");
        long lesson = aLesson(organiser.token(), round, note);

        long noteTag = tag(analyst, "notes", note, slug, "SUPPORTS");
        tag(analyst, "notes", other, slug, "CONTRADICTS");
        tag(analyst, "lessons", lesson, slug, "SUPPORTS");
        given().auth()
                .oauth2(analyst)
                .contentType("application/json")
                .body(Map.of("technology", slug, "stance", "CONTRADICTS"))
                .post("/api/notes/" + note + "/tags")
                .then()
                .statusCode(409);

        given().auth()
                .oauth2(Staff.aFacilitator().token())
                .get("/api/technologies/" + slug + "/evidence")
                .then()
                .statusCode(200)
                .body("technology.slug", equalTo(slug))
                .body("supports", equalTo(2))
                .body("contradicts", equalTo(1))
                .body("items", hasSize(3))
                .body(
                        "items.find { it.tagId == " + noteTag + " }.note.text",
                        equalTo("We mapped the viral video to the old harbour"))
                .body("items.find { it.tagId == " + noteTag + " }.rationale", equalTo("Seen in the room"))
                .body("items.find { it.type == 'LESSON' }.lesson.id", equalTo((int) lesson))
                .body("byWorkshop.find { it.key == '" + round.workshopId() + "' }.supports", equalTo(2))
                .body("byTheme.find { it.key == 'riots-and-mass-gatherings' }.contradicts", equalTo(1))
                .body("bySector.key", hasItem("LESSON"));

        assertEquals(
                List.of(new TechnologyService.Usage(
                        new TagService.TechnologyRef(
                                slug, (String) aTechnology(slug).get("name")),
                        2,
                        1)),
                technologies.inWorkshop(round.workshopId()));
        var counts = technologies.evidenceCounts();
        assertEquals(new TagService.StanceCounts(2, 1), counts.get(slug));
        assertEquals(new TagService.StanceCounts(0, 0), counts.get("managed-online-personas"));
        assertTrue(technologies.all().size() >= 20);

        given().auth()
                .oauth2(analyst)
                .delete("/api/notes/" + note + "/tags/" + noteTag)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(analyst)
                .get("/api/technologies/" + slug + "/evidence")
                .then()
                .body("supports", equalTo(1))
                .body("items.tagId", not(hasItem((int) noteTag)));
    }

    @Test
    void staffReadTheCatalogueAndOnlyAnalystsAndAdminsWriteIt() {
        String slug = slug();
        create(Staff.anAdmin().token(), aTechnology(slug));
        for (Staff.SignedIn other : List.of(Staff.anOrganiser(), Staff.aFacilitator())) {
            post(other.token(), aTechnology(slug())).statusCode(403);
            put(other.token(), slug, aTechnology(slug), etagOf(other.token(), slug))
                    .statusCode(403);
            given().auth().oauth2(other.token()).get("/api/technologies").then().statusCode(200);
        }
        Live.Round round = Live.anOpenRound(Staff.anOrganiser().token());
        String delegate = Live.aDelegateIn(round);
        for (String path : List.of("", "/" + slug, "/" + slug + "/revisions", "/" + slug + "/evidence")) {
            given().auth()
                    .oauth2(delegate)
                    .get("/api/technologies" + path)
                    .then()
                    .statusCode(403);
            given().get("/api/technologies" + path).then().statusCode(401);
        }
        long note = Live.aNote(delegate, round, "A delegate cannot tag");
        given().auth()
                .oauth2(delegate)
                .contentType("application/json")
                .body(Map.of("technology", slug, "stance", "SUPPORTS"))
                .post("/api/notes/" + note + "/tags")
                .then()
                .statusCode(403);
    }
}
