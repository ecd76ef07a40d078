package eu.medi4sec.hub.publication;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.medi4sec.hub.note.Note;
import eu.medi4sec.hub.note.Sensitivity;
import eu.medi4sec.hub.support.Delegates;
import eu.medi4sec.hub.support.Live;
import eu.medi4sec.hub.support.Staff;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Publications: what each kind is assembled from, that every claim keeps its redacted sources, the
 * status table, frozen versions and the public pages.
 */
@QuarkusTest
class PublicationTest {

    private static final String RIOTS = "riots-and-mass-gatherings";
    private static final String TROLLING = "trolling";

    @Inject
    Renderer renderer;

    @ConfigProperty(name = "workshop-hub.http.content-security-policy")
    String appPolicy;

    // ---- creating ----------------------------------------------------------------------------------------

    @Test
    void aPublicationGetsAnAsciiSlugFromItsTitleMadeUniqueWithANumber() {
        String analyst = Staff.anAnalyst().token();
        String title =
                "Zażółć Straße: Ελλάδα & Crowds " + UUID.randomUUID().toString().substring(0, 8);
        String expected = Slugs.of(title);
        assertTrue(expected.matches("zazolc-strasse-crowds-[a-z0-9]+"), expected);
        ExtractableResponse<Response> first = given().auth()
                .oauth2(analyst)
                .contentType("application/json")
                .body(Map.of("title", title, "kind", "BEST_PRACTICE_REPORT"))
                .post("/api/publications")
                .then()
                .statusCode(201)
                .body("id", notNullValue())
                .body("slug", equalTo(expected))
                .body("status", equalTo("DRAFT"))
                .body("allowedTransitions", contains("IN_REVIEW"))
                .body("themes", empty())
                .body("workshops", empty())
                .body("versions", empty())
                .extract();
        assertTrue(first.header("Location").endsWith("/api/publications/" + first.path("id")));
        given().auth()
                .oauth2(analyst)
                .contentType("application/json")
                .body(Map.of("title", title, "kind", "PATTERN_CARDS"))
                .post("/api/publications")
                .then()
                .statusCode(201)
                .body("slug", equalTo(expected + "-2"));
        given().auth()
                .oauth2(analyst)
                .contentType("application/json")
                .body(Map.of("title", title, "kind", "PATTERN_CARDS"))
                .post("/api/publications")
                .then()
                .statusCode(201)
                .body("slug", equalTo(expected + "-3"));
    }

    @Test
    void aTitleWithoutLatinLettersStillGetsASlug() {
        assertEquals("publication", Slugs.of("Ελληνικά"));
        assertEquals("a-b", Slugs.of("  A -- b  "));
        assertTrue(Slugs.of("word ".repeat(40)).length() <= Slugs.MAX_LENGTH);
    }

    @Test
    void unknownThemesAndWorkshopsAreRefusedNamingTheElement() {
        String analyst = Staff.anAnalyst().token();
        given().auth()
                .oauth2(analyst)
                .contentType("application/json")
                .body(Map.of(
                        "title",
                        "Scope check",
                        "kind",
                        "BEST_PRACTICE_REPORT",
                        "themes",
                        List.of(TROLLING, "knitting"),
                        "workshops",
                        List.of(Long.MAX_VALUE - 7)))
                .post("/api/publications")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("themes[1]", "workshops[0]"))
                .body("violations.find { it.field == 'themes[1]' }.message", containsString("knitting"));
        given().auth()
                .oauth2(analyst)
                .contentType("application/json")
                .body(Map.of("introduction", "No title, no kind"))
                .post("/api/publications")
                .then()
                .statusCode(422)
                .body("violations.field", containsInAnyOrder("title", "kind"));
        given().auth()
                .oauth2(analyst)
                .contentType("application/json")
                .body(Map.of("title", "Kind check", "kind", "NEWSLETTER"))
                .post("/api/publications")
                .then()
                .statusCode(400)
                .body("violations.field", contains("kind"));
    }

    @Test
    void delegatesAndNonCuratorsCannotWritePublications() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        String facilitator = Staff.aFacilitator().token();
        Live.Round round = Live.anOpenRound(organiser.token());
        String delegate = Live.aDelegateIn(round);
        Map<String, Object> body = Map.of("title", "Not mine to write", "kind", "PATTERN_CARDS");
        given().auth().oauth2(delegate).get("/api/publications").then().statusCode(403);
        given().auth()
                .oauth2(delegate)
                .contentType("application/json")
                .body(body)
                .post("/api/publications")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(facilitator)
                .contentType("application/json")
                .body(body)
                .post("/api/publications")
                .then()
                .statusCode(403);
        given().auth().oauth2(facilitator).get("/api/publications").then().statusCode(200);
        given().get("/api/publications").then().statusCode(401);
    }

    // ---- what each kind holds ------------------------------------------------------------------------------

    @Test
    void aBestPracticeReportGroupsPublishedLessonsByTheirPatterns() {
        World world = World.make();
        String analyst = world.analyst;
        String pattern = aPattern(analyst, "PUBLISHED", RIOTS);
        String draft = aPattern(analyst, "DRAFT", RIOTS);
        long n1 = world.note("Brief the crowd before kick-off");
        long n2 = world.note("Roles were unclear between city and police");
        long n3 = world.note("We learned to post every twenty minutes");
        long bestPractice = world.lesson("Brief crowds early", "BEST_PRACTICE", true, n1);
        long role = world.lesson("One voice leads", "ROLE_AND_RESPONSIBILITY", true, n2);
        long learned = world.lesson("Post on a rhythm", "LESSON_LEARNED", true, n3);
        long onlyDraft = world.lesson("Tagged to a draft pattern only", "BEST_PRACTICE", true, n1);
        world.lesson("Still validated", "BEST_PRACTICE", false, n1);
        world.lesson("A challenge is not a best practice", "CHALLENGE", true, n1);
        world.lesson("A recommendation is not either", "RECOMMENDATION", true, n1);
        tagLesson(analyst, bestPractice, pattern, "SUPPORTS");
        tagLesson(analyst, role, pattern, "CONTRADICTS");
        tagLesson(analyst, onlyDraft, draft, "SUPPORTS");

        long id = create(
                analyst,
                "Best practice " + world.round.workshopId(),
                "BEST_PRACTICE_REPORT",
                List.of(),
                List.of(world.round.workshopId()));
        JsonPath doc = staffDocument(analyst, id);

        assertEquals(List.of(patternName(pattern), Assembler.UNLINKED), doc.getList("sections.heading"));
        assertEquals(
                List.of("Best practices", "Roles and responsibilities"), doc.getList("sections[0].groups.heading"));
        assertEquals(List.of("Brief crowds early"), doc.getList("sections[0].groups[0].entries.title"));
        assertEquals("CONTRADICTS", doc.getString("sections[0].groups[1].entries[0].stance"));
        assertEquals(List.of("Best practices", "Lessons learned"), doc.getList("sections[1].groups.heading"));
        assertEquals(List.of("Tagged to a draft pattern only"), doc.getList("sections[1].groups[0].entries.title"));
        assertEquals(List.of("Post on a rhythm"), doc.getList("sections[1].groups[1].entries.title"));
        List<String> titles = allEntryTitles(doc);
        assertFalse(titles.contains("Still validated"));
        assertFalse(titles.contains("A challenge is not a best practice"));
        assertFalse(titles.contains("A recommendation is not either"));
        assertEquals(List.of(pattern), doc.getList("patterns.slug"));
        assertFalse(doc.prettify().contains(patternName(draft)));
        // n1 is cited by two lessons but numbered once
        assertEquals(3, doc.getList("references").size());
        assertEquals(List.of(1), doc.getList("sections[0].groups[0].entries[0].references"));
        assertEquals(List.of(1), doc.getList("sections[1].groups[0].entries[0].references"));
        assertEquals("Brief the crowd before kick-off", doc.getString("references[0].quote"));
        assertEquals(world.title, doc.getString("references[0].workshop"));
        assertEquals("Riots and mass gatherings", doc.getString("references[0].theme"));
        assertEquals("2027-03-10", doc.getString("references[0].date"));
        assertEquals("Police", doc.getString("references[0].sector"));
        assertEquals(List.of(world.title), doc.getList("workshops.title"));
    }

    @Test
    void recommendationsAreGroupedByPatternAndTheme() {
        String analyst = Staff.anAnalyst().token();
        World riots = World.make(analyst, Map.of());
        World trolling = World.make(analyst, Map.of("theme", TROLLING));
        String pattern = aPattern(analyst, "PUBLISHED", RIOTS, TROLLING);
        long a = riots.lesson("Publish a single source", "RECOMMENDATION", true, riots.note("One source helps"));
        long b = trolling.lesson(
                "Standardise abuse reports", "RECOMMENDATION", true, trolling.note("Reports differ per platform"));
        trolling.lesson("Nobody tagged this", "RECOMMENDATION", true, trolling.note("Untagged"));
        trolling.lesson("Not a recommendation", "TRAINING_NEED", true, trolling.note("Train people"));
        tagLesson(analyst, a, pattern, "SUPPORTS");
        tagLesson(analyst, b, pattern, "SUPPORTS");

        long id = create(
                analyst,
                "Standards",
                "STANDARDS_RECOMMENDATIONS",
                List.of(),
                List.of(riots.round.workshopId(), trolling.round.workshopId()));
        JsonPath doc = staffDocument(analyst, id);
        assertEquals(List.of(patternName(pattern), Assembler.UNLINKED), doc.getList("sections.heading"));
        assertEquals(List.of("Riots and mass gatherings", "Trolling"), doc.getList("sections[0].groups.heading"));
        assertEquals(List.of("Publish a single source"), doc.getList("sections[0].groups[0].entries.title"));
        assertEquals(List.of("Standardise abuse reports"), doc.getList("sections[0].groups[1].entries.title"));
        assertEquals(List.of("Nobody tagged this"), doc.getList("sections[1].groups[0].entries.title"));

        // the theme narrows the scope
        long onlyTrolling = create(
                analyst,
                "Standards, trolling",
                "STANDARDS_RECOMMENDATIONS",
                List.of(TROLLING),
                List.of(riots.round.workshopId(), trolling.round.workshopId()));
        JsonPath narrowed = staffDocument(analyst, onlyTrolling);
        assertFalse(allEntryTitles(narrowed).contains("Publish a single source"));
        assertTrue(allEntryTitles(narrowed).contains("Standardise abuse reports"));
        assertEquals(List.of("Trolling"), narrowed.getList("themes.name"));
    }

    @Test
    void trainingOptionsAndEthicsMaterialNameTheirPatternsAndAskQuestions() {
        World world = World.make();
        String analyst = world.analyst;
        String pattern = aPattern(analyst, "PUBLISHED", RIOTS);
        long training = world.lesson(
                "Train analysts in verification", "TRAINING_NEED", true, world.note("Nobody could verify the video"));
        long ethics =
                world.lesson("Monitoring chills protest", "ETHICAL_ISSUE", true, world.note("People stopped posting"));
        world.lesson("An ethical issue not yet published", "ETHICAL_ISSUE", false, world.note("Unpublished"));
        tagLesson(analyst, training, pattern, "SUPPORTS");
        tagLesson(analyst, ethics, pattern, "SUPPORTS");
        String technology = aTechnology(analyst, "VERIFICATION", List.of(RIOTS), List.of(pattern));
        tag(analyst, "lessons", training, Map.of("technology", technology, "stance", "SUPPORTS"));
        List<Long> scope = List.of(world.round.workshopId());

        JsonPath trainingDoc =
                staffDocument(analyst, create(analyst, "Training", "TRAINING_OPTIONS", List.of(), scope));
        assertEquals(List.of("Riots and mass gatherings"), trainingDoc.getList("sections.heading"));
        assertEquals(List.of("Train analysts in verification"), allEntryTitles(trainingDoc));
        assertEquals(List.of(pattern), trainingDoc.getList("sections[0].groups[0].entries[0].patterns.slug"));
        assertEquals(List.of(1), trainingDoc.getList("sections[0].groups[0].entries[0].references"));

        JsonPath ethicsDoc = staffDocument(analyst, create(analyst, "Ethics", "ETHICS_AWARENESS", List.of(), scope));
        assertEquals(List.of("Monitoring chills protest"), allEntryTitles(ethicsDoc));
        List<Map<String, String>> prompts = ethicsDoc.getList("sections[0].groups[0].entries[0].prompts");
        assertEquals(3, prompts.size(), prompts.toString());
        assertEquals(
                "Speed matters, yet every statement must be approved.",
                prompts.get(0).get("statement"));
        assertEquals(Prompts.FORCE_QUESTION, prompts.get(0).get("question"));
        assertEquals(patternName(pattern), prompts.get(0).get("pattern"));
        assertEquals("A single account attracts impersonation.", prompts.get(1).get("statement"));
        assertEquals("The team needs long shifts.", prompts.get(2).get("statement"));
        assertEquals(Prompts.CONSEQUENCE_QUESTION, prompts.get(2).get("question"));
        String html = staffText(
                analyst,
                "/api/publications/" + create(analyst, "Ethics html", "ETHICS_AWARENESS", List.of(), scope),
                "html");
        assertTrue(html.contains(Prompts.FORCE_QUESTION), html);
    }

    @Test
    void patternCardsCountEvidenceByThemeAndSectorAndQuoteAtMostThree() {
        World world = World.make();
        String analyst = world.analyst;
        String pattern = aPattern(analyst, "PUBLISHED", RIOTS);
        String draft = aPattern(analyst, "DRAFT", RIOTS);
        String planner = world.delegate("Hieronymus Vantablack", "PUBLIC_SECURITY_PLANNER");
        List<Long> supporting = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            supporting.add(world.note("Supporting note " + i));
        }
        long fromPlanner = Live.aNote(planner, world.round, "A planner's view");
        supporting.add(fromPlanner);
        long against = world.note("This went wrong for us");
        long hidden = world.note("Hidden but tagged");
        for (long note : supporting) {
            tagNote(analyst, note, pattern, "SUPPORTS");
        }
        tagNote(analyst, against, pattern, "CONTRADICTS");
        tagNote(analyst, hidden, pattern, "SUPPORTS");
        tagNote(analyst, world.note("Evidence for a draft"), draft, "SUPPORTS");
        hide(world.organiser, hidden);
        // a published lesson tagged to the pattern brings its supporting notes
        long lessonNote = world.note("Lesson evidence");
        tagLesson(
                analyst,
                world.lesson("A lesson for the card", "LESSON_LEARNED", true, lessonNote),
                pattern,
                "SUPPORTS");
        // the most voted notes are quoted first
        String voter = world.delegate("Another Voter", "MEDIA");
        vote(voter, supporting.get(3));

        JsonPath doc = staffDocument(
                analyst, create(analyst, "Cards", "PATTERN_CARDS", List.of(), List.of(world.round.workshopId())));
        assertEquals(List.of(patternName(pattern)), allEntryTitles(doc));
        Map<String, Object> card = doc.getMap("sections[0].groups[0].entries[0]");
        assertEquals("PATTERN", card.get("type"));
        assertEquals(List.of("Problem", "Solution"), doc.getList("sections[0].groups[0].entries[0].fields.label"));
        List<Map<String, Object>> evidence = doc.getList("sections[0].groups[0].entries[0].evidence");
        assertTrue(
                evidence.contains(Map.of("dimension", "theme", "label", "Riots and mass gatherings", "count", 6)),
                evidence.toString());
        assertTrue(
                evidence.contains(Map.of("dimension", "sector", "label", "Police", "count", 5)), evidence.toString());
        assertTrue(
                evidence.contains(Map.of("dimension", "sector", "label", "Public-security planner", "count", 1)),
                evidence.toString());
        assertEquals(List.of(1, 2, 3), doc.getList("sections[0].groups[0].entries[0].references"));
        assertEquals("Supporting note 4", doc.getString("references[0].quote"));
        assertEquals(3, doc.getList("references").size());
        List<String> quotes = doc.getList("references.quote");
        assertFalse(quotes.contains("Hidden but tagged"));
        assertFalse(quotes.contains("This went wrong for us"));
    }

    @Test
    void theTechnologyCatalogueListsEntriesByCategoryWithEvidenceCountsAndQuotes() {
        World world = World.make();
        String analyst = world.analyst;
        String pattern = aPattern(analyst, "PUBLISHED", RIOTS);
        String draft = aPattern(analyst, "DRAFT", RIOTS);
        String tool = aTechnology(analyst, "VERIFICATION", List.of(RIOTS), List.of(pattern, draft));
        String other = aTechnology(analyst, "CRISIS_COMMUNICATION", List.of(TROLLING), List.of());
        long a = world.note("Reverse image search caught the fake");
        long b = world.note("It took too long at night");
        long restricted = world.note("We used it on the covert case");
        restrict(restricted);
        tag(analyst, "notes", a, Map.of("technology", tool, "stance", "SUPPORTS"));
        tag(analyst, "notes", b, Map.of("technology", tool, "stance", "CONTRADICTS"));
        tag(analyst, "notes", restricted, Map.of("technology", tool, "stance", "SUPPORTS"));
        long lessonNote = world.note("Verification before posting saved us");
        long lesson = world.lesson("Verify first", "BEST_PRACTICE", true, lessonNote);
        tag(analyst, "lessons", lesson, Map.of("technology", tool, "stance", "SUPPORTS"));

        JsonPath doc = staffDocument(
                analyst,
                create(analyst, "Catalogue", "TECHNOLOGY_CATALOGUE", List.of(), List.of(world.round.workshopId())));
        assertEquals(List.of("Verification"), doc.getList("sections.heading"));
        String entry = "sections[0].groups[0].entries[0]";
        assertEquals(technologyName(tool), doc.getString(entry + ".title"));
        assertEquals("TECHNOLOGY", doc.getString(entry + ".type"));
        assertEquals("Verification · Piloted · Open source", doc.getString(entry + ".label"));
        assertEquals(
                List.of("Uses", "Risks", "Legal and ethical notes", "Further reading"),
                doc.getList(entry + ".fields.label"));
        assertEquals(List.of(pattern), doc.getList(entry + ".patterns.slug"));
        List<Map<String, Object>> evidence = doc.getList(entry + ".evidence");
        assertEquals(Map.of("dimension", "total", "label", "Supporting notes", "count", 2), evidence.get(0));
        assertEquals(Map.of("dimension", "total", "label", "Contradicting notes", "count", 1), evidence.get(1));
        assertEquals(
                List.of("Reverse image search caught the fake", "Verification before posting saved us"),
                doc.getList("references.quote"));
        assertFalse(allEntryTitles(doc).contains(technologyName(other)));
        assertEquals(List.of(pattern), doc.getList("patterns.slug"));

        // with no workshops chosen, the whole catalogue within the themes
        JsonPath whole = staffDocument(
                analyst, create(analyst, "Whole catalogue", "TECHNOLOGY_CATALOGUE", List.of(TROLLING), List.of()));
        assertTrue(allEntryTitles(whole).contains(technologyName(other)));
        assertFalse(allEntryTitles(whole).contains(technologyName(tool)));
        assertTrue(allEntryTitles(whole).size() > 1, "the seeded catalogue has trolling entries");
    }

    // ---- sources: redacted, attributed to a sector at most, never restricted or hidden ------------------

    @Test
    void referencesAreRedactedAndCarryASectorExceptInAnonymousWorkshops() throws IOException {
        String analyst = Staff.anAnalyst().token();
        World open = World.make(analyst, Map.of("attribution", "CHATHAM_HOUSE"), "Ottoline Quarrington");
        World anonymous = World.make(analyst, Map.of("attribution", "ANONYMOUS"), "Bartholomew Zygmuntowicz");
        long leaky = open.note("Mail ottoline@example.org or call +32 470 12 34 56, ask @quarrington_o or Quarrington"
                + " herself, see https://example.org/x");
        open.lesson("Keep contact details out", "BEST_PRACTICE", true, leaky);
        anonymous.lesson("Say it without names", "BEST_PRACTICE", true, anonymous.note("Zygmuntowicz spoke first"));
        long id = create(
                analyst,
                "Redaction",
                "BEST_PRACTICE_REPORT",
                List.of(),
                List.of(open.round.workshopId(), anonymous.round.workshopId()));
        JsonPath doc = staffDocument(analyst, id);
        String quote = doc.getString("references.find { it.workshop == '" + open.title + "' }.quote");
        assertEquals("Mail [email] or call [phone], ask [handle] or [name] herself, see [link]", quote);
        assertEquals("Police", doc.getString("references.find { it.workshop == '" + open.title + "' }.sector"));
        assertEquals(
                "[name] spoke first",
                doc.getString("references.find { it.workshop == '" + anonymous.title + "' }.quote"));
        assertEquals(null, doc.getString("references.find { it.workshop == '" + anonymous.title + "' }.sector"));

        moveThrough(analyst, id, "IN_REVIEW", "PUBLISHED");
        String slug = staffView(analyst, id).getString("slug");
        for (String format : List.of("json", "html", "md", "pdf")) {
            String text = publicText(slug, format);
            for (String secret : List.of(
                    "Ottoline", "Quarrington", "Zygmuntowicz", "ottoline@example.org", "470 12", "example.org/x")) {
                assertFalse(text.contains(secret), format + " contains " + secret + ":\n" + text);
            }
            assertTrue(text.replace("\\", "").contains("[email]"), format);
        }
        String json = publicText(slug, "json");
        assertFalse(json.contains("City Police"), "no organisation");
        assertFalse(json.contains("\"id\""), "no ids");
        assertFalse(json.contains("noteId"), "no note ids");
        assertFalse(json.contains("status"), "no staff status");
    }

    @Test
    void restrictedAndHiddenNotesNeverAppear() throws IOException {
        World world = World.make();
        long shown = world.note("This may be quoted");
        long restricted = world.note("The covert account is run from room 4");
        long hidden = world.note("A hidden remark");
        long withPublicationText = world.note("Original wording with detail");
        restrict(restricted);
        hide(world.organiser, hidden);
        publicationText(withPublicationText, "The reviewer's wording");
        world.lesson("Quote with care", "BEST_PRACTICE", true, shown, restricted, hidden, withPublicationText);
        long id = create(world.analyst, "Care", "BEST_PRACTICE_REPORT", List.of(), List.of(world.round.workshopId()));
        JsonPath doc = staffDocument(world.analyst, id);
        assertEquals(List.of("This may be quoted", "The reviewer's wording"), doc.getList("references.quote"));
        moveThrough(world.analyst, id, "IN_REVIEW", "PUBLISHED");
        String slug = staffView(world.analyst, id).getString("slug");
        for (String format : List.of("json", "html", "md", "pdf")) {
            String text = publicText(slug, format);
            assertFalse(text.contains("room 4"), format);
            assertFalse(text.contains("hidden remark"), format);
            assertFalse(text.contains("Original wording"), format);
            assertTrue(text.contains("The reviewer"), format);
        }
    }

    // ---- status, versions ----------------------------------------------------------------------------------

    @Test
    void transitionsFollowTheTableAndRetriesAreHarmless() {
        String analyst = Staff.anAnalyst().token();
        long id = create(analyst, "Moves", "PATTERN_CARDS", List.of(TROLLING), List.of());
        refused(analyst, id, "PUBLISHED", "From DRAFT it can move to IN_REVIEW.");
        refused(analyst, id, "WITHDRAWN", "From DRAFT it can move to IN_REVIEW.");
        move(analyst, id, "DRAFT").body("status", equalTo("DRAFT")).body("versions", empty());
        move(analyst, id, "IN_REVIEW").body("allowedTransitions", contains("DRAFT", "PUBLISHED"));
        move(analyst, id, "IN_REVIEW").body("status", equalTo("IN_REVIEW"));
        move(analyst, id, "DRAFT").body("status", equalTo("DRAFT"));
        move(analyst, id, "IN_REVIEW");
        move(analyst, id, "PUBLISHED")
                .body("status", equalTo("PUBLISHED"))
                .body("latestVersion", equalTo(1))
                .body("allowedTransitions", contains("IN_REVIEW", "WITHDRAWN"));
        move(analyst, id, "PUBLISHED").body("versions", hasSize(1));
        refused(analyst, id, "DRAFT", "From PUBLISHED it can move to IN_REVIEW or WITHDRAWN.");
        edit(analyst, id, "Moved").statusCode(409);
        move(analyst, id, "WITHDRAWN").body("allowedTransitions", empty());
        move(analyst, id, "WITHDRAWN").body("status", equalTo("WITHDRAWN"));
        refused(analyst, id, "PUBLISHED", "A withdrawn publication stays withdrawn.");
        refused(analyst, id, "IN_REVIEW", "A withdrawn publication stays withdrawn.");
        refused(analyst, id, "DRAFT", "A withdrawn publication stays withdrawn.");
        given().auth()
                .oauth2(analyst)
                .contentType("application/json")
                .body(Map.of("to", "ARCHIVED"))
                .post("/api/publications/" + id + "/transitions")
                .then()
                .statusCode(400)
                .body("violations.field", contains("to"));
        given().auth()
                .oauth2(analyst)
                .contentType("application/json")
                .body(Map.of("to", "IN_REVIEW"))
                .post("/api/publications/" + Long.MAX_VALUE + "/transitions")
                .then()
                .statusCode(404);
    }

    @Test
    void editingChangesTitleScopeAndIntroductionWhileDraftOrInReview() {
        String analyst = Staff.anAnalyst().token();
        long id = create(analyst, "Before", "PATTERN_CARDS", List.of(), List.of());
        String slug = staffView(analyst, id).getString("slug");
        edit(analyst, id, "After")
                .statusCode(200)
                .body("title", equalTo("After"))
                .body("slug", equalTo(slug))
                .body("themes", contains(TROLLING))
                .body("introduction", equalTo("Line one.\nLine two."));
        move(analyst, id, "IN_REVIEW");
        edit(analyst, id, "After review").statusCode(200);
        given().auth()
                .oauth2(analyst)
                .contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(Map.of("title", "Stale", "kind", "PATTERN_CARDS"))
                .put("/api/publications/" + id)
                .then()
                .statusCode(412);
    }

    @Test
    void whatStaffReadCanBeSentBackWithAChange() {
        String analyst = Staff.anAnalyst().token();
        long id = create(analyst, "Round trip", "PATTERN_CARDS", List.of(TROLLING), List.of());
        var read = given().auth()
                .oauth2(analyst)
                .get("/api/publications/" + id)
                .then()
                .statusCode(200)
                .extract();
        Map<String, Object> body = new HashMap<>(read.jsonPath().getMap("$"));
        body.put("introduction", "Changed after reading it.");
        given().auth()
                .oauth2(analyst)
                .contentType("application/json")
                .header("If-Match", read.header("ETag"))
                .body(body)
                .put("/api/publications/" + id)
                .then()
                .statusCode(200)
                .body("introduction", equalTo("Changed after reading it."))
                .body("themes", contains(TROLLING))
                .body("kind", equalTo("PATTERN_CARDS"));
    }

    @Test
    void publishingFreezesAVersionThatLaterChangesDoNotAlter() throws IOException {
        World world = World.make();
        String analyst = world.analyst;
        long note = world.note("The first quote");
        long lesson = world.lesson("Frozen lesson", "BEST_PRACTICE", true, note);
        long id = create(analyst, "Frozen", "BEST_PRACTICE_REPORT", List.of(), List.of(world.round.workshopId()));
        moveThrough(analyst, id, "IN_REVIEW", "PUBLISHED");
        String slug = staffView(analyst, id).getString("slug");

        // the lesson changes after publishing; a note is added to it
        long second = world.note("A later quote");
        given().auth()
                .oauth2(world.organiser)
                .contentType("application/json")
                .body(Map.of(
                        "title",
                        "Frozen lesson, revised",
                        "statement",
                        "A new statement.",
                        "type",
                        "BEST_PRACTICE",
                        "noteIds",
                        List.of(note, second)))
                .put("/api/lessons/" + lesson)
                .then()
                .statusCode(200);

        JsonPath v1 = new JsonPath(publicText(slug, "json"));
        assertEquals(1, v1.getInt("version"));
        assertEquals(List.of("Frozen lesson"), allEntryTitles(v1));
        assertEquals(List.of("The first quote"), v1.getList("references.quote"));
        assertTrue(publicText(slug, "pdf").contains("Frozen lesson"));
        assertFalse(publicText(slug, "html").contains("revised"));
        // the preview shows what publishing now would freeze
        assertEquals(List.of("Frozen lesson, revised"), allEntryTitles(staffDocument(analyst, id)));

        moveThrough(analyst, id, "IN_REVIEW", "PUBLISHED");
        JsonPath v2 = new JsonPath(publicText(slug, "json"));
        assertEquals(2, v2.getInt("version"));
        assertEquals(List.of("Frozen lesson, revised"), allEntryTitles(v2));
        assertEquals(List.of("The first quote", "A later quote"), v2.getList("references.quote"));

        given().auth()
                .oauth2(analyst)
                .get("/api/publications/" + id + "/versions")
                .then()
                .statusCode(200)
                .body("number", contains(2, 1))
                .body("references", contains(2, 1));
        given().auth()
                .oauth2(analyst)
                .get("/api/publications/" + id + "/versions/1?format=json")
                .then()
                .statusCode(200)
                .body("sections[0].groups[0].entries[0].title", equalTo("Frozen lesson"));
        given().auth()
                .oauth2(analyst)
                .get("/api/publications/" + id + "/versions/3")
                .then()
                .statusCode(404);
        given().get("/api/public/publications/" + slug + "/versions/1?format=json")
                .then()
                .statusCode(200)
                .body("version", equalTo(1))
                .body("sections[0].groups[0].entries[0].title", equalTo("Frozen lesson"));
        given().get("/api/public/publications/" + slug + "/versions/1?format=md")
                .then()
                .statusCode(200)
                .body(containsString("Frozen lesson"));
        given().get("/api/public/publications/" + slug + "/versions/9").then().statusCode(404);
        given().get("/api/public/publications").then().body("find { it.slug == '" + slug + "' }.version", equalTo(2));
    }

    // ---- public ---------------------------------------------------------------------------------------------

    @Test
    void onlyPublishedPublicationsArePublicInEveryFormat() throws IOException {
        World world = World.make();
        String analyst = world.analyst;
        world.lesson("Public lesson", "BEST_PRACTICE", true, world.note("A public quote"));
        long id =
                create(analyst, "Public or not", "BEST_PRACTICE_REPORT", List.of(), List.of(world.round.workshopId()));
        String slug = staffView(analyst, id).getString("slug");
        notPublic(slug);
        move(analyst, id, "IN_REVIEW");
        notPublic(slug);
        move(analyst, id, "PUBLISHED");

        given().get("/api/public/publications/" + slug)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("title", equalTo("Public or not"))
                .body("version", equalTo(1))
                .body("publishedAt", notNullValue())
                .body("references[0].quote", equalTo("A public quote"));
        var html = given().get("/api/public/publications/" + slug + "?format=html")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString(renderer.styleHash()))
                .header("Content-Security-Policy", startsWith("default-src 'none'"))
                .extract();
        assertTrue(html.asString().startsWith("<!DOCTYPE html>"));
        assertFalse(html.asString().contains("<script"));
        assertEquals(1, html.headers().getValues("Content-Security-Policy").size());
        given().header("Accept", "text/markdown")
                .get("/api/public/publications/" + slug)
                .then()
                .statusCode(200)
                .contentType(startsWith("text/markdown"))
                .body(startsWith("# Public or not"));
        byte[] pdf = given().get("/api/public/publications/" + slug + "?format=pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString(slug + "-v1.pdf"))
                .extract()
                .asByteArray();
        assertTrue(pdfText(pdf).contains("A public quote"));
        given().get("/api/public/publications/" + slug + "?format=docx")
                .then()
                .statusCode(400)
                .body("violations.field", contains("format"));
        given().get("/api/public/publications").then().statusCode(200).body("slug", hasItem(slug));

        // back in review for a new version: off the public pages until published again
        move(analyst, id, "IN_REVIEW");
        notPublic(slug);
        move(analyst, id, "PUBLISHED");
        given().get("/api/public/publications/" + slug).then().statusCode(200).body("version", equalTo(2));
        move(analyst, id, "WITHDRAWN");
        notPublic(slug);
        given().get("/api/public/publications/" + slug + "/versions/1").then().statusCode(404);
    }

    @Test
    void thePublicListCanBeNarrowedToThePublicationsThatCiteAPattern() {
        World world = World.make();
        String analyst = world.analyst;
        String cited = aPattern(analyst, "PUBLISHED", RIOTS);
        String other = aPattern(analyst, "PUBLISHED", RIOTS);
        long lesson = world.lesson("Cited lesson", "BEST_PRACTICE", true, world.note("Cite me"));
        tagLesson(analyst, lesson, cited, "SUPPORTS");
        long citing = create(analyst, "Citing", "BEST_PRACTICE_REPORT", List.of(), List.of(world.round.workshopId()));
        long notCiting =
                create(analyst, "Not citing", "TRAINING_OPTIONS", List.of(), List.of(world.round.workshopId()));
        moveThrough(analyst, citing, "IN_REVIEW", "PUBLISHED");
        moveThrough(analyst, notCiting, "IN_REVIEW", "PUBLISHED");
        String citingSlug = staffView(analyst, citing).getString("slug");

        given().queryParam("pattern", cited)
                .get("/api/public/publications")
                .then()
                .statusCode(200)
                .body("slug", contains(citingSlug))
                .body("[0].kind", equalTo("BEST_PRACTICE_REPORT"))
                .body("[0].kindLabel", equalTo("Best-practice report"))
                .body("[0].version", equalTo(1))
                .body("[0].publishedAt", notNullValue())
                .body("[0].themes", empty())
                .body("[0]", not(org.hamcrest.Matchers.hasKey("id")))
                .body("[0]", not(org.hamcrest.Matchers.hasKey("status")));
        given().queryParam("pattern", other)
                .get("/api/public/publications")
                .then()
                .body("slug", empty());
        given().queryParam("pattern", "no-such-pattern")
                .get("/api/public/publications")
                .then()
                .statusCode(200)
                .body("$", empty());
    }

    @Test
    void theStaffPreviewComesInEveryFormat() throws IOException {
        World world = World.make();
        world.lesson("Preview lesson", "BEST_PRACTICE", true, world.note("Preview <b>quote</b> & more"));
        long id =
                create(world.analyst, "Preview", "BEST_PRACTICE_REPORT", List.of(), List.of(world.round.workshopId()));
        given().auth()
                .oauth2(world.analyst)
                .get("/api/publications/" + id)
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("status", equalTo("DRAFT"))
                .body("document.version", nullValue())
                .body("document.references[0].quote", equalTo("Preview <b>quote</b> & more"));
        String html = staffText(world.analyst, "/api/publications/" + id, "html");
        assertTrue(html.contains("Preview &lt;b&gt;quote&lt;/b&gt; &amp; more"), html);
        assertTrue(html.contains("Preview, not published"), html);
        assertTrue(html.contains("<a href=\"#ref-1\">[1]</a>"), html);
        String md = staffText(world.analyst, "/api/publications/" + id, "md");
        assertTrue(md.contains("Preview \\<b\\>quote\\</b\\> & more"), md);
        given().auth()
                .oauth2(world.analyst)
                .header("Accept", "application/pdf")
                .get("/api/publications/" + id)
                .then()
                .statusCode(200)
                .contentType("application/pdf");
        given().auth()
                .oauth2(world.organiser)
                .get("/api/publications/" + id + "?format=html")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(world.analyst)
                .get("/api/publications")
                .then()
                .statusCode(200)
                .body("find { it.id == " + id + " }.status", equalTo("DRAFT"))
                .body("find { it.id == " + id + " }.versions", empty())
                .body("find { it.id == " + id + " }", not(org.hamcrest.Matchers.hasKey("document")));
    }

    @Test
    void theAppsPolicyAllowsThePublicationStylesheetSoThatThePreviewIsStyled() {
        assertTrue(
                appPolicy.contains("'" + renderer.styleHash() + "'"),
                "Add '" + renderer.styleHash() + "' to style-src in workshop-hub.http.content-security-policy"
                        + " (the publication stylesheet changed).");
        assertTrue(renderer.html(Renderer.Samples.EMPTY).contains("<style>"));
    }

    @Test
    void promptsReadTheItemsOfAMarkdownList() {
        assertEquals(
                List.of("First force, continued", "Second force", "Third one"),
                Prompts.items("- **First** force,\n  continued\n* Second force\n\n1. Third one"));
        assertEquals(List.of("A paragraph.", "Another."), Prompts.items("A paragraph.\n\nAnother."));
        assertEquals(List.of(), Prompts.items(" "));
    }

    // ---- fixtures -------------------------------------------------------------------------------------------

    /** A LIVE workshop with an open round, its organiser, an analyst and a police delegate with a name. */
    record World(String organiser, String analyst, Live.Round round, String title, String delegate) {

        static World make() {
            return make(Staff.anAnalyst().token(), Map.of());
        }

        static World make(String analyst, Map<String, Object> fields) {
            return make(analyst, fields, "Dana Delegate");
        }

        static World make(String analyst, Map<String, Object> fields, String delegateName) {
            String organiser = Staff.anOrganiser().token();
            String title =
                    "Publication workshop " + UUID.randomUUID().toString().substring(0, 8);
            Map<String, Object> withTitle = new HashMap<>(fields);
            withTitle.put("title", title);
            Live.Round round = Live.anOpenRound(organiser, withTitle);
            World world = new World(organiser, analyst, round, title, null);
            return new World(organiser, analyst, round, title, world.delegate(delegateName, "POLICE"));
        }

        String delegate(String name, String sector) {
            Map<String, Object> body = Delegates.aRegistration(round.joinCode());
            body.put("name", name);
            body.put("sector", sector);
            return Delegates.join(Delegates.registered(body).accessToken());
        }

        long note(String text) {
            return Live.aNote(delegate, round, text);
        }

        /** A lesson from these notes, moved to PUBLISHED or left VALIDATED. */
        long lesson(String title, String type, boolean publish, long... notes) {
            List<Long> noteIds = new ArrayList<>();
            for (long n : notes) {
                noteIds.add(n);
            }
            long id = ((Number) given().auth()
                            .oauth2(organiser)
                            .contentType("application/json")
                            .body(Map.of(
                                    "title",
                                    title,
                                    "statement",
                                    "Because " + title + ".",
                                    "type",
                                    type,
                                    "noteIds",
                                    noteIds))
                            .post("/api/workshops/" + round.workshopId() + "/lessons")
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("id"))
                    .longValue();
            lessonTo(id, "VALIDATED");
            if (publish) {
                lessonTo(id, "PUBLISHED");
            }
            return id;
        }

        private void lessonTo(long lesson, String status) {
            given().auth()
                    .oauth2(organiser)
                    .contentType("application/json")
                    .body(Map.of("to", status))
                    .post("/api/lessons/" + lesson + "/transitions")
                    .then()
                    .statusCode(200);
        }
    }

    private static final Map<String, String> PATTERN_NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    /** A pattern with a unique slug, with two forces and a consequence as a Markdown list. */
    static String aPattern(String analyst, String status, String... themes) {
        String slug = "publication-test-" + UUID.randomUUID().toString().substring(0, 8);
        String name = "Pattern " + slug.substring(17);
        given().auth()
                .oauth2(analyst)
                .contentType("application/json")
                .body(Map.of(
                        "slug",
                        slug,
                        "name",
                        name,
                        "summary",
                        "A pattern made by a test.",
                        "problem",
                        "Rumours spread.",
                        "solution",
                        "Answer from one account.",
                        "forces",
                        "- **Speed** matters, yet every statement must be approved.\n- A single account attracts"
                                + " impersonation.",
                        "consequences",
                        "- The team needs long shifts.",
                        "themes",
                        List.of(themes),
                        "status",
                        status))
                .post("/api/patterns")
                .then()
                .statusCode(201);
        PATTERN_NAMES.put(slug, name);
        return slug;
    }

    static String patternName(String slug) {
        return PATTERN_NAMES.get(slug);
    }

    private static final Map<String, String> TECHNOLOGY_NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    /** A catalogue entry with a unique slug, piloted and open source. */
    static String aTechnology(String analyst, String category, List<String> themes, List<String> patterns) {
        String slug = "publication-tech-" + UUID.randomUUID().toString().substring(0, 8);
        String name = "Technology " + slug.substring(17);
        given().auth()
                .oauth2(analyst)
                .contentType("application/json")
                .body(Map.ofEntries(
                        Map.entry("slug", slug),
                        Map.entry("name", name),
                        Map.entry("category", category),
                        Map.entry("summary", "A kind of technology made by a test."),
                        Map.entry("uses", "Checking pictures."),
                        Map.entry("risks", "False confidence."),
                        Map.entry("legalAndEthicalNotes", "A legal basis is needed."),
                        Map.entry("maturity", "PILOTED"),
                        Map.entry("openSource", true),
                        Map.entry("themes", themes),
                        Map.entry("patterns", patterns),
                        Map.entry("links", List.of("https://example.org/verification"))))
                .post("/api/technologies")
                .then()
                .statusCode(201);
        TECHNOLOGY_NAMES.put(slug, name);
        return slug;
    }

    static String technologyName(String slug) {
        return TECHNOLOGY_NAMES.get(slug);
    }

    static void tag(String analyst, String what, long id, Map<String, Object> tag) {
        given().auth()
                .oauth2(analyst)
                .contentType("application/json")
                .body(tag)
                .post("/api/" + what + "/" + id + "/tags")
                .then()
                .statusCode(201);
    }

    static void tagLesson(String analyst, long lesson, String pattern, String stance) {
        given().auth()
                .oauth2(analyst)
                .contentType("application/json")
                .body(Map.of("pattern", pattern, "stance", stance))
                .post("/api/lessons/" + lesson + "/tags")
                .then()
                .statusCode(201);
    }

    static void tagNote(String analyst, long note, String pattern, String stance) {
        given().auth()
                .oauth2(analyst)
                .contentType("application/json")
                .body(Map.of("pattern", pattern, "stance", stance))
                .post("/api/notes/" + note + "/tags")
                .then()
                .statusCode(201);
    }

    static void hide(String moderator, long note) {
        given().auth()
                .oauth2(moderator)
                .contentType("application/json")
                .body(Map.of("reason", "Off topic"))
                .post("/api/notes/" + note + "/hide")
                .then()
                .statusCode(200);
    }

    static void vote(String delegate, long note) {
        given().auth()
                .oauth2(delegate)
                .put("/api/notes/" + note + "/vote")
                .then()
                .statusCode(200);
    }

    /** The labelling API lands separately; the label is set on the row as it would. */
    static void restrict(long note) {
        QuarkusTransaction.requiringNew()
                .run(() -> Note.update("sensitivity = ?1 where id = ?2", Sensitivity.RESTRICTED, note));
    }

    static void publicationText(long note, String text) {
        QuarkusTransaction.requiringNew().run(() -> Note.update("publicationText = ?1 where id = ?2", text, note));
    }

    static long create(String analyst, String title, String kind, List<String> themes, List<Long> workshops) {
        return ((Number) given().auth()
                        .oauth2(analyst)
                        .contentType("application/json")
                        .body(Map.of(
                                "title",
                                title,
                                "kind",
                                kind,
                                "themes",
                                themes,
                                "workshops",
                                workshops,
                                "introduction",
                                "Made by a test."))
                        .post("/api/publications")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
    }

    static io.restassured.response.ValidatableResponse edit(String analyst, long id, String title) {
        return given().auth()
                .oauth2(analyst)
                .contentType("application/json")
                .body(Map.of(
                        "title",
                        title,
                        "kind",
                        "PATTERN_CARDS",
                        "themes",
                        List.of(TROLLING),
                        "introduction",
                        "Line one.\nLine two."))
                .put("/api/publications/" + id)
                .then();
    }

    static io.restassured.response.ValidatableResponse move(String analyst, long id, String to) {
        return given().auth()
                .oauth2(analyst)
                .contentType("application/json")
                .body(Map.of("to", to))
                .post("/api/publications/" + id + "/transitions")
                .then()
                .statusCode(200);
    }

    static void moveThrough(String analyst, long id, String... statuses) {
        for (String status : statuses) {
            move(analyst, id, status);
        }
    }

    static void refused(String analyst, long id, String to, String sentence) {
        given().auth()
                .oauth2(analyst)
                .contentType("application/json")
                .body(Map.of("to", to))
                .post("/api/publications/" + id + "/transitions")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString(sentence));
    }

    static JsonPath staffView(String token, long id) {
        return given().auth()
                .oauth2(token)
                .get("/api/publications/" + id + "?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static JsonPath staffDocument(String token, long id) {
        return new JsonPath(staffView(token, id).prettify()).setRootPath("document");
    }

    static String staffText(String token, String path, String format) {
        return given().auth()
                .oauth2(token)
                .get(path + "?format=" + format)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    static List<String> allEntryTitles(JsonPath doc) {
        List<String> titles = new ArrayList<>();
        List<List<List<String>>> bySection = doc.getList("sections.groups.entries.title");
        bySection.forEach(groups -> groups.forEach(titles::addAll));
        return titles;
    }

    static void notPublic(String slug) {
        for (String format : List.of("json", "html", "md", "pdf")) {
            given().get("/api/public/publications/" + slug + "?format=" + format)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("detail", equalTo("There is no published publication '" + slug + "'."));
        }
        given().get("/api/public/publications/" + slug + "-unknown")
                .then()
                .statusCode(404)
                .body("detail", equalTo("There is no published publication '" + slug + "-unknown'."));
        given().get("/api/public/publications").then().body("slug", everyItem(not(equalTo(slug))));
    }

    /** A public document as text (PDF: its extracted text). */
    static String publicText(String slug, String format) throws IOException {
        var response = given().get("/api/public/publications/" + slug + "?format=" + format)
                .then()
                .statusCode(200)
                .extract();
        return format.equals("pdf") ? pdfText(response.asByteArray()) : response.asString();
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
