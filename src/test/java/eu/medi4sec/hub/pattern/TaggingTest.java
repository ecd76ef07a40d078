package eu.medi4sec.hub.pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import eu.medi4sec.hub.support.Delegates;
import eu.medi4sec.hub.support.Live;
import eu.medi4sec.hub.support.Staff;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TaggingTest {

    static final String PATTERN = "rapid-rumour-rebuttal";
    static final String TECHNOLOGY = "rumour-tracking-and-fact-check-workflows";

    @Test
    void anAnalystTagsANoteAndTheEvidenceCountRises() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Staff.SignedIn analyst = Staff.anAnalyst();
        Live.Round round = Live.anOpenRound(organiser.token());
        long note = Live.aNote(
                Live.aDelegateIn(round), round, "We countered the false video with facts within ten minutes");
        int before = given().auth()
                .oauth2(analyst.token())
                .get("/api/patterns/" + PATTERN + "/evidence")
                .then()
                .statusCode(200)
                .extract()
                .path("supports");
        int tagId = given().auth()
                .oauth2(analyst.token())
                .contentType("application/json")
                .body(Map.of("pattern", PATTERN, "stance", "SUPPORTS", "rationale", "Fast, verifiable rebuttal"))
                .post("/api/notes/" + note + "/tags")
                .then()
                .statusCode(201)
                .body("pattern.slug", equalTo(PATTERN))
                .body("taggedBy", equalTo((int) analyst.account().id()))
                .body("taggedAt", org.hamcrest.Matchers.notNullValue())
                .extract()
                .path("id");
        given().auth()
                .oauth2(analyst.token())
                .get("/api/patterns/" + PATTERN + "/evidence")
                .then()
                .body("supports", equalTo(before + 1))
                .body(
                        "items.find { it.tagId == " + tagId + " }.note.text",
                        equalTo("We countered the false video with facts within ten minutes"))
                .body("items.find { it.tagId == " + tagId + " }.workshop.id", equalTo((int) round.workshopId()))
                .body("items.find { it.tagId == " + tagId + " }.workshop.timeZone", equalTo("Europe/Brussels"))
                .body("byWorkshop.find { it.key == '" + round.workshopId() + "' }.supports", equalTo(1));
        given().auth()
                .oauth2(analyst.token())
                .contentType("application/json")
                .body(Map.of("pattern", PATTERN, "stance", "CONTRADICTS"))
                .post("/api/notes/" + note + "/tags")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(analyst.token())
                .get("/api/workshops/" + round.workshopId() + "/tagging/summary")
                .then()
                .body("notes", equalTo(1))
                .body("taggedNotes", equalTo(1))
                .body("shareTagged", equalTo(1.0f));
        given().auth()
                .oauth2(analyst.token())
                .delete("/api/notes/" + note + "/tags/" + tagId)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(analyst.token())
                .get("/api/workshops/" + round.workshopId() + "/tagging/queue")
                .then()
                .body("id", contains((int) note));
    }

    @Test
    void delegatesAndOrganisersCannotTag() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        String delegate = Live.aDelegateIn(round);
        long note = Live.aNote(delegate, round, "Tag me");
        for (String token : List.of(delegate, organiser.token())) {
            given().auth()
                    .oauth2(token)
                    .contentType("application/json")
                    .body(Map.of("pattern", PATTERN, "stance", "SUPPORTS"))
                    .post("/api/notes/" + note + "/tags")
                    .then()
                    .statusCode(403);
        }
        given().auth()
                .oauth2(delegate)
                .get("/api/notes/" + note + "/pattern-suggestions")
                .then()
                .statusCode(403);
    }

    @Test
    void suggestionsRankRelevantPatternsWithAScore() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        long note = Live.aNote(
                Live.aDelegateIn(round),
                round,
                "During the riot false rumours spread on social media and the official police account had to rebut them with facts");
        given().auth()
                .oauth2(Staff.anAnalyst().token())
                .queryParam("limit", 3)
                .get("/api/notes/" + note + "/pattern-suggestions")
                .then()
                .statusCode(200)
                .body("$", hasSize(3))
                .body("slug", hasItem(PATTERN))
                .body("[0].score", org.hamcrest.Matchers.greaterThan(0f));
    }

    @Test
    void bulkTaggingSkipsWhatIsAlreadyTagged() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Staff.SignedIn analyst = Staff.anAnalyst();
        Live.Round round = Live.anOpenRound(organiser.token());
        String delegate = Live.aDelegateIn(round);
        long a = Live.aNote(delegate, round, "First");
        long b = Live.aNote(delegate, round, "Second");
        given().auth()
                .oauth2(analyst.token())
                .contentType("application/json")
                .body(Map.of("pattern", PATTERN, "stance", "SUPPORTS"))
                .post("/api/notes/" + a + "/tags")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(analyst.token())
                .contentType("application/json")
                .body(Map.of("notes", List.of(a, b), "pattern", PATTERN, "stance", "SUPPORTS"))
                .post("/api/tags/bulk")
                .then()
                .statusCode(200)
                .body("targetId", contains((int) b));
    }

    @Test
    void evidenceAndSearchKeepTheChathamHouseRule() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Staff.SignedIn analyst = Staff.anAnalyst();
        Live.Round round = Live.anOpenRound(organiser.token(), Map.of("attribution", "CHATHAM_HOUSE"));
        Map<String, Object> registration = Delegates.aRegistration(round.joinCode());
        registration.put("name", "Philippa Quackenbush");
        registration.put("organisation", "Vermilion Harbour Police");
        String delegate = Delegates.join(Delegates.registered(registration).accessToken());
        long note = Live.aNote(delegate, round, "Zanzibar-style rumour rebuttal worked for our harbour festival");
        given().auth()
                .oauth2(analyst.token())
                .contentType("application/json")
                .body(Map.of("pattern", PATTERN, "stance", "SUPPORTS"))
                .post("/api/notes/" + note + "/tags")
                .then()
                .statusCode(201);
        for (String token :
                List.of(analyst.token(), organiser.token(), Staff.aFacilitator().token())) {
            String evidence = given().auth()
                    .oauth2(token)
                    .get("/api/patterns/" + PATTERN + "/evidence")
                    .asString();
            String search = given().auth()
                    .oauth2(token)
                    .queryParam("q", "zanzibar rumour")
                    .get("/api/search")
                    .asString();
            for (String body : List.of(evidence, search)) {
                org.hamcrest.MatcherAssert.assertThat(body, not(containsString("Quackenbush")));
                org.hamcrest.MatcherAssert.assertThat(body, not(containsString("Vermilion")));
            }
            org.hamcrest.MatcherAssert.assertThat(search, containsString("Zanzibar"));
        }
        given().auth()
                .oauth2(analyst.token())
                .get("/api/patterns/" + PATTERN + "/evidence")
                .then()
                .body("bySector.key", hasItem("POLICE"));
    }

    @Test
    void aTagNamesExactlyOneOfAPatternAndATechnology() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        String analyst = Staff.anAnalyst().token();
        Live.Round round = Live.anOpenRound(organiser.token());
        long note = Live.aNote(Live.aDelegateIn(round), round, "Both or neither?");
        for (Map<String, String> body : List.of(
                Map.of("stance", "SUPPORTS"),
                Map.of("pattern", PATTERN, "technology", TECHNOLOGY, "stance", "SUPPORTS"))) {
            given().auth()
                    .oauth2(analyst)
                    .contentType("application/json")
                    .body(body)
                    .post("/api/notes/" + note + "/tags")
                    .then()
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("violations.field", contains("pattern", "technology"));
        }
        given().auth()
                .oauth2(analyst)
                .contentType("application/json")
                .body(Map.of("technology", "no-such-technology", "stance", "SUPPORTS"))
                .post("/api/notes/" + note + "/tags")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(analyst)
                .contentType("application/json")
                .body(Map.of("notes", List.of(note), "stance", "SUPPORTS"))
                .post("/api/tags/bulk")
                .then()
                .statusCode(422)
                .body("violations.field", contains("pattern", "technology"));
    }

    @Test
    void aNoteCarriesPatternAndTechnologyTagsAndATechnologyAloneLeavesItInTheQueue() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        String analyst = Staff.anAnalyst().token();
        Live.Round round = Live.anOpenRound(organiser.token());
        long note = Live.aNote(Live.aDelegateIn(round), round, "We logged every rumour and who was checking it");
        int technologyTag = given().auth()
                .oauth2(analyst)
                .contentType("application/json")
                .body(Map.of("technology", TECHNOLOGY, "stance", "SUPPORTS", "rationale", "A rumour log"))
                .post("/api/notes/" + note + "/tags")
                .then()
                .statusCode(201)
                .body("technology.slug", equalTo(TECHNOLOGY))
                .body("technology.name", equalTo("Rumour tracking and fact-check workflows"))
                .body("pattern", org.hamcrest.Matchers.nullValue())
                .body("targetType", equalTo("NOTE"))
                .extract()
                .path("id");
        // the queue is of notes that still wait for a pattern
        given().auth()
                .oauth2(analyst)
                .get("/api/workshops/" + round.workshopId() + "/tagging/queue")
                .then()
                .body("id", contains((int) note));
        given().auth()
                .oauth2(analyst)
                .contentType("application/json")
                .body(Map.of("pattern", PATTERN, "stance", "SUPPORTS"))
                .post("/api/notes/" + note + "/tags")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(Staff.aFacilitator().token())
                .get("/api/notes/" + note + "/tags")
                .then()
                .statusCode(200)
                .body("$", hasSize(2))
                .body("[0].technology.slug", equalTo(TECHNOLOGY))
                .body("[0].pattern", org.hamcrest.Matchers.nullValue())
                .body("[1].pattern.slug", equalTo(PATTERN))
                .body("[1].technology", org.hamcrest.Matchers.nullValue());
        given().auth()
                .oauth2(analyst)
                .get("/api/workshops/" + round.workshopId() + "/tagging/queue")
                .then()
                .body("id", not(hasItem((int) note)));
        given().auth()
                .oauth2(analyst)
                .delete("/api/notes/" + note + "/tags/" + technologyTag)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(analyst)
                .get("/api/notes/" + note + "/tags")
                .then()
                .body("$", hasSize(1))
                .body("[0].pattern.slug", equalTo(PATTERN));
    }

    @Test
    void bulkTaggingTakesATechnologyAndSkipsWhatIsAlreadyTaggedToIt() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        String analyst = Staff.anAnalyst().token();
        Live.Round round = Live.anOpenRound(organiser.token());
        String delegate = Live.aDelegateIn(round);
        long a = Live.aNote(delegate, round, "First rumour");
        long b = Live.aNote(delegate, round, "Second rumour");
        long lesson = ((Number) given().auth()
                        .oauth2(organiser.token())
                        .contentType("application/json")
                        .body(Map.of(
                                "title", "Keep a rumour log",
                                "statement", "One shared log of rumours.",
                                "type", "BEST_PRACTICE",
                                "noteIds", List.of(a)))
                        .post("/api/workshops/" + round.workshopId() + "/lessons")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        given().auth()
                .oauth2(analyst)
                .contentType("application/json")
                .body(Map.of("technology", TECHNOLOGY, "stance", "SUPPORTS"))
                .post("/api/notes/" + a + "/tags")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(analyst)
                .contentType("application/json")
                .body(Map.of(
                        "notes",
                        List.of(a, b),
                        "lessons",
                        List.of(lesson),
                        "technology",
                        TECHNOLOGY,
                        "stance",
                        "CONTRADICTS"))
                .post("/api/tags/bulk")
                .then()
                .statusCode(200)
                .body("targetId", contains((int) b, (int) lesson))
                .body("technology.slug", contains(TECHNOLOGY, TECHNOLOGY))
                .body("stance", contains("CONTRADICTS", "CONTRADICTS"));
        given().auth()
                .oauth2(analyst)
                .get("/api/lessons/" + lesson + "/tags")
                .then()
                .body("technology.slug", contains(TECHNOLOGY));
        // a lesson tagged to a technology only is still a lesson without a pattern
        given().auth()
                .oauth2(analyst)
                .get("/api/workshops/" + round.workshopId() + "/tagging/summary")
                .then()
                .body("lessonsWithoutPattern.id", hasItem((int) lesson))
                .body("taggedNotes", equalTo(0));
    }
}
