package eu.medi4sec.hub.pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import eu.medi4sec.hub.support.Delegates;
import eu.medi4sec.hub.support.Live;
import eu.medi4sec.hub.support.Staff;
import eu.medi4sec.hub.support.ThrottleCounters;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The public guide: anyone reads the published patterns without signing in; drafts do not exist there,
 * not even as the end of a relation; evidence is counts of publishable notes and nothing of the notes.
 */
@QuarkusTest
class PublicPatternTest {

    private static final String GUIDE = "/api/public/patterns";

    // ---- fixtures -----------------------------------------------------------------------------------

    /** A word no seeded pattern or other test uses, so that a text search finds exactly what has it. */
    private static String aWord() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static Map<String, Object> aPattern(String status, String theme, String word) {
        Map<String, Object> body = new HashMap<>();
        body.put("slug", "guide-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("name", "Neighbourhood listening posts " + word);
        body.put("summary", "Officers hold regular open sessions online so that residents raise concerns early.");
        body.put("problem", "Residents only hear from the police when something has gone wrong.");
        body.put("forces", "- Trust grows slowly.\n- Open sessions attract trolls.");
        body.put("solution", "Hold a monthly open session on the channels residents use.");
        body.put("consequences", "- Concerns surface early.\n- The sessions need moderators.");
        body.put("themes", List.of(theme));
        body.put("status", status);
        return body;
    }

    private static String create(Map<String, Object> body) {
        given().auth()
                .oauth2(Staff.anAnalyst().token())
                .contentType("application/json")
                .body(body)
                .post("/api/patterns")
                .then()
                .statusCode(201);
        return (String) body.get("slug");
    }

    private static String aPublishedPattern(String theme, String word) {
        return create(aPattern("PUBLISHED", theme, word));
    }

    private static String aDraftPattern(String word, List<Map<String, String>> relations) {
        Map<String, Object> body = aPattern("DRAFT", "trolling", word);
        body.put("relations", relations);
        return create(body);
    }

    private static void relate(String from, String type, String to) {
        Staff.SignedIn analyst = Staff.anAnalyst();
        Map<String, Object> pattern = given().auth()
                .oauth2(analyst.token())
                .get("/api/patterns/" + from)
                .then()
                .statusCode(200)
                .extract()
                .path("$");
        Map<String, Object> body = new HashMap<>(pattern);
        body.put("relations", List.of(Map.of("type", type, "to", to)));
        given().auth()
                .oauth2(analyst.token())
                .contentType("application/json")
                .body(body)
                .put("/api/patterns/" + from)
                .then()
                .statusCode(200);
    }

    private static void tag(long note, String pattern, String stance) {
        given().auth()
                .oauth2(Staff.anAnalyst().token())
                .contentType("application/json")
                .body(Map.of("pattern", pattern, "stance", stance, "rationale", "Seen in the room"))
                .post("/api/notes/" + note + "/tags")
                .then()
                .statusCode(201);
    }

    private static void hide(String moderator, long note) {
        given().auth()
                .oauth2(moderator)
                .contentType("application/json")
                .body(Map.of("reason", "Off topic"))
                .post("/api/notes/" + note + "/hide")
                .then()
                .statusCode(200);
    }

    /** Labels a note's sensitivity as staff would (straight into the table, as the labelling API is not ours). */
    private static void label(long note, String sensitivity) {
        QuarkusTransaction.requiringNew()
                .run(() -> Arc.container()
                        .instance(EntityManager.class)
                        .get()
                        .createNativeQuery("update note set sensitivity = :s where id = :id")
                        .setParameter("s", sensitivity)
                        .setParameter("id", note)
                        .executeUpdate());
    }

    /** A delegate with a distinctive name and organisation, joined to the round's workshop. */
    private static String aDelegateNamed(Live.Round round, String name, String organisation, String sector) {
        Map<String, Object> registration = Delegates.aRegistration(round.joinCode());
        registration.put("name", name);
        registration.put("organisation", organisation);
        registration.put("sector", sector);
        return Delegates.join(Delegates.registered(registration).accessToken());
    }

    private static ValidatableResponse anonymously(String path) {
        return given().header("X-Forwarded-For", Delegates.anAddress())
                .when()
                .get(path)
                .then();
    }

    // ---- reading without signing in -------------------------------------------------------------------

    @Test
    void anyoneReadsAPublishedPatternWithoutSigningIn() {
        String word = aWord();
        String slug = aPublishedPattern("everyday-security", word);
        anonymously(GUIDE + "/" + slug)
                .statusCode(200)
                .contentType("application/json")
                .body("slug", equalTo(slug))
                .body("name", equalTo("Neighbourhood listening posts " + word))
                .body("problem", startsWith("Residents only hear"))
                .body("solution", startsWith("Hold a monthly"))
                .body("forces", containsString("Trust grows slowly"))
                .body("consequences", containsString("Concerns surface early"))
                .body("themes", contains("everyday-security"))
                .body("relations", empty())
                .body("evidence.supports", equalTo(0))
                .body("evidence.contradicts", equalTo(0))
                .body("evidence.byTheme", empty())
                .body("evidence.bySector", empty())
                .body("$", not(hasKey("id")))
                .body("$", not(hasKey("version")))
                .body("$", not(hasKey("status")))
                .body("$", not(hasKey("createdAt")))
                .body("$", not(hasKey("updatedAt")));
        anonymously(GUIDE).statusCode(200).body("slug", hasItem(slug));
        anonymously(GUIDE + "/graph").statusCode(200).body("nodes.slug", hasItem(slug));
    }

    @Test
    void theGuideMayBeCachedAndRevalidatedWithItsETag() {
        String slug = aPublishedPattern("dark-web", aWord());
        for (String path : List.of(GUIDE, GUIDE + "/graph", GUIDE + "/" + slug)) {
            var response = anonymously(path)
                    .statusCode(200)
                    .header("ETag", notNullValue())
                    .extract();
            // one Cache-Control header: a second (no-store) would win over it
            assertThat(response.headers().getValues("Cache-Control"), contains("public, max-age=60"));
            String etag = response.header("ETag");
            given().header("If-None-Match", etag)
                    .when()
                    .get(path)
                    .then()
                    .statusCode(304)
                    .header("ETag", etag);
        }
        // an error is never cached
        assertThat(
                anonymously(GUIDE + "/no-such-pattern-" + aWord())
                        .statusCode(404)
                        .extract()
                        .headers()
                        .getValues("Cache-Control"),
                contains("no-store"));
    }

    // ---- drafts do not exist here ---------------------------------------------------------------------

    @Test
    void aDraftIsNotFoundAndAbsentFromTheListAndTheGraph() {
        String word = aWord();
        String published = aPublishedPattern("trolling", aWord());
        String draft = aDraftPattern(word, List.of(Map.of("type", "COMPLEMENTS", "to", published)));
        relate(published, "PRECEDES", draft);

        String unknown = "no-such-pattern-" + word;
        String draftDetail = anonymously(GUIDE + "/" + draft)
                .statusCode(404)
                .contentType("application/problem+json")
                .extract()
                .path("detail");
        String unknownDetail =
                anonymously(GUIDE + "/" + unknown).statusCode(404).extract().path("detail");
        assertThat(draftDetail.replace(draft, "?"), equalTo(unknownDetail.replace(unknown, "?")));

        anonymously(GUIDE).statusCode(200).body("slug", not(hasItem(draft)));
        anonymously(GUIDE + "?theme=trolling").statusCode(200).body("slug", not(hasItem(draft)));
        anonymously(GUIDE + "?q=" + word).statusCode(200).body("$", empty());
        anonymously(GUIDE + "/graph")
                .statusCode(200)
                .body("nodes.slug", not(hasItem(draft)))
                .body("nodes.status", everyItem(equalTo("PUBLISHED")))
                .body("edges.from", not(hasItem(draft)))
                .body("edges.to", not(hasItem(draft)));
        String page = anonymously(GUIDE + "/" + published)
                .statusCode(200)
                .body("relations", empty())
                .extract()
                .asString();
        for (String body : List.of(
                page,
                anonymously(GUIDE).extract().asString(),
                anonymously(GUIDE + "/graph").extract().asString())) {
            assertThat(body, not(containsString(draft)));
            assertThat(body, not(containsString(word)));
        }
    }

    @Test
    void relationsBetweenTwoPublishedPatternsAreShownBothWays() {
        String first = aPublishedPattern("diy-policing", aWord());
        String second = aPublishedPattern("diy-policing", aWord());
        relate(first, "PRECEDES", second);
        anonymously(GUIDE + "/" + first)
                .body("relations.size()", equalTo(1))
                .body("relations[0].type", equalTo("PRECEDES"))
                .body("relations[0].direction", equalTo("OUTGOING"))
                .body("relations[0].slug", equalTo(second))
                .body("relations[0].name", startsWith("Neighbourhood listening posts"));
        anonymously(GUIDE + "/" + second)
                .body("relations[0].direction", equalTo("INCOMING"))
                .body("relations[0].slug", equalTo(first));
        anonymously(GUIDE + "/graph")
                .body("edges.findAll { it.from == '" + first + "' }.to", contains(second))
                .body("edges.findAll { it.from == '" + first + "' }.type", contains("PRECEDES"));
    }

    // ---- evidence: counts of publishable notes only ---------------------------------------------------

    @Test
    void evidenceIsCountsOfPublishableNotesAndNothingOfTheNotes() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        String word = aWord();
        String slug = aPublishedPattern("riots-and-mass-gatherings", word);
        String text = "Tangerine-kettle " + word + " rumour was rebutted from the lantern tower within minutes";
        String hiddenText = "Gooseberry-anvil " + word + " should never be counted";
        Live.Round round = Live.anOpenRound(
                organiser.token(), Map.of("attribution", "CHATHAM_HOUSE", "title", "Workshop Periwinkle " + word));
        String delegate = aDelegateNamed(round, "Ottoline Fairweather-Quist", "Saffron Bay Constabulary", "POLICE");
        long note = Live.aNote(delegate, round, text);
        long against = Live.aNote(aDelegateNamed(round, "Bertram Ashgrove", "Civic Lab", "CIVIL_SOCIETY"), round, "No");
        long hidden = Live.aNote(delegate, round, hiddenText);
        long restricted =
                Live.aNote(delegate, round, "Marzipan-ledger " + word + " operational detail, not for publication");
        tag(note, slug, "SUPPORTS");
        tag(against, slug, "CONTRADICTS");
        tag(hidden, slug, "SUPPORTS");
        tag(restricted, slug, "CONTRADICTS");
        hide(organiser.token(), hidden);
        label(restricted, "OPERATIONAL");

        String page = anonymously(GUIDE + "/" + slug)
                .statusCode(200)
                .body("evidence.supports", equalTo(1))
                .body("evidence.contradicts", equalTo(1))
                .body("evidence.byTheme.key", contains("riots-and-mass-gatherings"))
                .body("evidence.byTheme[0].supports", equalTo(1))
                .body("evidence.byTheme[0].contradicts", equalTo(1))
                .body("evidence.bySector.key", contains("CIVIL_SOCIETY", "POLICE"))
                .body("evidence.bySector.find { it.key == 'POLICE' }.supports", equalTo(1))
                .body("evidence.bySector.find { it.key == 'CIVIL_SOCIETY' }.contradicts", equalTo(1))
                .body("evidence", not(hasKey("items")))
                .body("evidence", not(hasKey("byWorkshop")))
                .extract()
                .asString();
        anonymously(GUIDE + "?q=" + word)
                .body("slug", contains(slug))
                .body("[0].supports", equalTo(1))
                .body("[0].contradicts", equalTo(1));

        for (String body : List.of(
                page,
                anonymously(GUIDE).extract().asString(),
                anonymously(GUIDE + "?q=" + word).extract().asString(),
                anonymously(GUIDE + "?q=tangerine").extract().asString(),
                anonymously(GUIDE + "/graph").extract().asString())) {
            for (String secret : List.of(
                    "Tangerine",
                    "Gooseberry",
                    "Marzipan",
                    "lantern tower",
                    "Ottoline",
                    "Fairweather",
                    "Saffron Bay",
                    "Bertram",
                    "Periwinkle",
                    "Seen in the room",
                    "Off topic")) {
                assertThat(body, not(containsString(secret)));
            }
        }
    }

    @Test
    void theSectorOfANoteFromAnAnonymousWorkshopStaysUndisclosed() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        String slug = aPublishedPattern("innovative-market-solutions", aWord());
        Live.Round round = Live.anOpenRound(organiser.token(), Map.of("attribution", "ANONYMOUS"));
        long note = Live.aNote(aDelegateNamed(round, "Anon Ymous", "Somewhere", "MEDIA"), round, "It worked");
        tag(note, slug, "SUPPORTS");
        anonymously(GUIDE + "/" + slug)
                .body("evidence.supports", equalTo(1))
                .body("evidence.bySector.key", contains("UNDISCLOSED"));
    }

    // ---- filters --------------------------------------------------------------------------------------

    @Test
    void theListFiltersByThemeAndByText() {
        String word = aWord();
        String darkWeb = aPublishedPattern("dark-web", word);
        String trolling = aPublishedPattern("trolling", word);

        anonymously(GUIDE + "?theme=dark-web")
                .statusCode(200)
                .body("slug", hasItem(darkWeb))
                .body("slug", not(hasItem(trolling)))
                .body("themes", everyItem(hasItem("dark-web")));
        anonymously(GUIDE + "?q=" + word)
                .statusCode(200)
                .body("slug", org.hamcrest.Matchers.containsInAnyOrder(darkWeb, trolling));
        anonymously(GUIDE + "?theme=trolling&q=" + word).statusCode(200).body("slug", contains(trolling));
        anonymously(GUIDE + "?theme=no-such-theme").statusCode(200).body("$", empty());
    }

    // ---- rate safety ----------------------------------------------------------------------------------

    @Test
    void aMissingPatternCountsAgainstTheAddressAndAnAddressPastItsAllowanceWaits() {
        String address = Delegates.anAddress();
        given().header("X-Forwarded-For", address)
                .get(GUIDE + "/no-such-pattern-" + aWord())
                .then()
                .statusCode(404);
        org.junit.jupiter.api.Assertions.assertTrue(ThrottleCounters.exists("address:" + address));

        ThrottleCounters.set("address:" + address, 300, Instant.now());
        for (String path : List.of(GUIDE, GUIDE + "/graph", GUIDE + "/official-account-single-source")) {
            given().header("X-Forwarded-For", address)
                    .get(path)
                    .then()
                    .statusCode(429)
                    .contentType("application/problem+json")
                    .header("Retry-After", notNullValue());
        }
        anonymously(GUIDE).statusCode(200);
    }

    @Test
    void anOverlongSearchIsABadRequestNamingIt() {
        anonymously(GUIDE + "?q=" + "a".repeat(201))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("q"));
    }
}
