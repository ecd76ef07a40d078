package eu.medi4sec.hub.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.medi4sec.hub.note.NoteKind;
import eu.medi4sec.hub.support.Delegates;
import eu.medi4sec.hub.support.Staff;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The demo run: what the README promises a new user finds after signing in, on every page. */
@QuarkusTest
@TestProfile(DemoDataTest.DemoRun.class)
class DemoDataTest {

    public static class DemoRun implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("workshop-hub.demo-data", "true");
        }
    }

    @Inject
    DemoData demoData;

    private String admin;

    /** Readiness answers on the management interface, not the public port. */
    @io.quarkus.test.common.http.TestHTTPResource(value = "/", management = true)
    java.net.URL readiness;

    /** The demo data is seeded in the background; readiness says when it is there. */
    @BeforeEach
    void waitForTheDemoDataThenSignIn() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(120);
        while (given().get(readiness.toString().replaceAll("/+$", "") + "/health/ready")
                        .statusCode()
                != 200) {
            assertTrue(Instant.now().isBefore(deadline), "the demo data was not ready within two minutes");
            Thread.sleep(200);
        }
        admin = Staff.login("admin@demo.test", DemoData.PASSWORD);
    }

    @Test
    void everyDemoSignInWorksWithItsRole() {
        for (var account : DemoData.ACCOUNTS) {
            String token = Staff.login(account.email(), DemoData.PASSWORD);
            given().auth()
                    .oauth2(token)
                    .get("/api/me")
                    .then()
                    .statusCode(200)
                    .body("roles", hasItem(account.role().name()));
        }
    }

    // ---- the LIVE workshop ------------------------------------------------------------------------

    @Test
    void theLiveWorkshopIsUnderWayNowWithTwoOpenRounds() {
        Map<String, Object> live = onlyWorkshop("LIVE");
        Instant now = Instant.now();
        assertTrue(
                OffsetDateTime.parse((String) live.get("startsAt")).toInstant().isBefore(now), "started before now");
        assertTrue(OffsetDateTime.parse((String) live.get("endsAt")).toInstant().isAfter(now), "ends after now");
        List<Map<String, Object>> agenda = list("/api/workshops/" + live.get("id") + "/sessions");
        assertTrue(
                agenda.stream()
                                .filter(s -> Boolean.TRUE.equals(s.get("roundOpen")))
                                .count()
                        >= 2,
                "two open rounds");
    }

    @Test
    void theLiveWorkshopHasFortyToEightyNotesOfEveryKindFromSixSectors() {
        List<Map<String, Object>> notes = notesOf(onlyWorkshop("LIVE"));
        assertTrue(notes.size() >= 40 && notes.size() <= 80, notes.size() + " notes");
        assertEquals(
                Arrays.stream(NoteKind.values()).map(Enum::name).collect(Collectors.toSet()),
                notes.stream().map(n -> n.get("kind")).collect(Collectors.toSet()));
        Set<Object> sectors = notes.stream()
                .map(n -> author(n).get("sector"))
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        assertTrue(sectors.size() >= 6, "sectors: " + sectors);
    }

    @Test
    void everyLiveDelegateIsCheckedInAndTheyComeFromSeveralCountries() {
        Object id = onlyWorkshop("LIVE").get("id");
        Map<String, Object> counts = map("/api/workshops/" + id + "/delegates/counts");
        assertTrue(((Number) counts.get("registered")).intValue() >= 20, "registered: " + counts);
        assertEquals(counts.get("registered"), counts.get("checkedIn"));
        Set<Object> countries = list("/api/workshops/" + id + "/delegates").stream()
                .map(d -> d.get("country"))
                .collect(Collectors.toSet());
        assertTrue(countries.size() >= 5, "countries: " + countries);
    }

    @Test
    void theLiveBoardShowsVotesAndModerationAtWork() {
        Map<String, Object> live = onlyWorkshop("LIVE");
        assertEquals(true, live.get("preModeration"));
        List<Map<String, Object>> notes = notesOf(live);
        assertTrue(notes.stream().anyMatch(n -> Boolean.TRUE.equals(n.get("pinned"))), "a pinned note");
        assertTrue(
                notes.stream().anyMatch(n -> "HIDDEN".equals(n.get("status")) && n.get("hiddenReason") != null),
                "a hidden note with its reason");
        assertTrue(
                notes.stream().anyMatch(n -> "MERGED".equals(n.get("status")) && n.get("mergedInto") != null),
                "a merged note");
        assertTrue(
                notes.stream().filter(n -> "PENDING".equals(n.get("status"))).count() >= 2,
                "notes waiting for approval");
        assertTrue(
                notes.stream()
                                .mapToInt(n -> ((Number) n.get("votes")).intValue())
                                .sum()
                        >= 50,
                "votes");
        given().auth()
                .oauth2(admin)
                .get("/api/workshops/" + live.get("id") + "/moderation-log")
                .then()
                .statusCode(200)
                .body("action", hasItems("PIN", "HIDE", "MERGE"));
    }

    @Test
    void theLiveBreakoutsMixSectorsAndAvoidPairsWhoMetAtTheClosedWorkshop() {
        Object id = onlyWorkshop("LIVE").get("id");
        Map<String, Object> allocation = map("/api/workshops/" + id + "/breakouts");
        List<Map<String, Object>> groups = cast(allocation.get("groups"));
        assertEquals(4, groups.size());
        assertEquals(
                24,
                groups.stream()
                        .mapToInt(g -> ((List<?>) g.get("delegates")).size())
                        .sum());
        Map<String, Object> score = cast(allocation.get("score"));
        Map<String, Object> random = cast(score.get("random"));
        assertTrue(
                ((Number) random.get("repeatedPairs")).longValue() > 0, "a random split would repeat pairs: " + score);
        assertTrue(
                ((Number) score.get("repeatedPairs")).longValue() < ((Number) random.get("repeatedPairs")).longValue(),
                "fewer repeated pairs than random: " + score);
    }

    @Test
    void theLiveWorkshopHasLessonsInThreeStatesWithNotesAndEndorsements() {
        List<Map<String, Object>> lessons =
                list("/api/workshops/" + onlyWorkshop("LIVE").get("id") + "/lessons");
        assertEquals(
                Set.of("EMERGING", "VALIDATED", "PUBLISHED"),
                lessons.stream().map(l -> l.get("status")).collect(Collectors.toSet()));
        for (Map<String, Object> lesson : lessons) {
            assertTrue(!((List<?>) lesson.get("noteIds")).isEmpty(), "supporting notes: " + lesson.get("title"));
            assertTrue(((Number) lesson.get("endorsements")).intValue() > 0, "endorsements: " + lesson.get("title"));
        }
    }

    @Test
    void theAnalystsTaggingQueueHasWorkLeft() {
        Object id = onlyWorkshop("LIVE").get("id");
        assertTrue(list("/api/workshops/" + id + "/tagging/queue").size() >= 5);
        Map<String, Object> summary = map("/api/workshops/" + id + "/tagging/summary");
        assertTrue(((Number) summary.get("taggedNotes")).intValue() >= 20, "tagged: " + summary);
    }

    // ---- evidence across workshops ----------------------------------------------------------------

    @Test
    void atLeastFivePatternsShowEvidenceForAndAgainstFromTwoWorkshops() {
        List<Map<String, Object>> evidence = list("/api/patterns").stream()
                .map(p -> map("/api/patterns/" + p.get("slug") + "/evidence"))
                .filter(e -> !((List<?>) e.get("items")).isEmpty())
                .toList();
        assertTrue(evidence.size() >= 5, evidence.size() + " patterns with evidence");
        assertTrue(evidence.stream()
                        .mapToLong(e -> ((Number) e.get("supports")).longValue())
                        .sum()
                > 0);
        assertTrue(evidence.stream()
                        .mapToLong(e -> ((Number) e.get("contradicts")).longValue())
                        .sum()
                >= 3);
        assertTrue(
                evidence.stream().anyMatch(e -> ((List<?>) e.get("byWorkshop")).size() >= 2),
                "evidence spans two workshops");
        Map<String, Object> banner = map("/api/patterns/" + DemoData.EVIDENCE_PATTERN + "/evidence");
        assertTrue(
                ((Number) banner.get("contradicts")).longValue() > 0
                        && ((List<?>) banner.get("byWorkshop")).size() >= 2,
                "the banner's pattern has evidence for and against from two workshops");
    }

    // ---- outputs ---------------------------------------------------------------------------------

    @Test
    void twoPublicationsArePublicWithReferencesAndTechnologiesHaveEvidence() {
        List<Map<String, Object>> published = given().get("/api/public/publications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        List<Object> titles = published.stream().map(p -> p.get("title")).toList();
        assertTrue(titles.contains(DemoOutputs.REPORT_TITLE), titles.toString());
        assertTrue(titles.contains(DemoOutputs.CARDS_TITLE), titles.toString());
        String cards = published.stream()
                .filter(p -> DemoOutputs.CARDS_TITLE.equals(p.get("title")))
                .map(p -> (String) p.get("slug"))
                .findFirst()
                .orElseThrow();
        String markdown = given().get("/api/public/publications/" + cards + "?format=md")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(markdown.contains("[1]"), "the cards cite their evidence");
        long withEvidence = list("/api/technologies").stream()
                .map(t -> map("/api/technologies/" + t.get("slug") + "/evidence"))
                .filter(e -> !((List<?>) e.get("items")).isEmpty())
                .count();
        assertTrue(withEvidence >= 3, withEvidence + " technologies with evidence");
    }

    // ---- the SCHEDULED and CLOSED workshops -------------------------------------------------------

    @Test
    void aScheduledWorkshopIsFullWithAWaitlistAndAnAgenda() {
        Map<String, Object> full = workshops("SCHEDULED").stream()
                .filter(w -> {
                    Map<String, Object> counts = map("/api/workshops/" + w.get("id") + "/delegates/counts");
                    return counts.get("registered").equals(counts.get("capacity"))
                            && ((Number) counts.get("waitlisted")).intValue() > 0;
                })
                .findFirst()
                .orElseThrow(() -> new AssertionError("no SCHEDULED workshop is full with a waitlist"));
        assertTrue(list("/api/workshops/" + full.get("id") + "/sessions").size() >= 3, "an agenda");
    }

    @Test
    void theClosedWorkshopIsAnEarlierRecordWithNotesLessonsAndBreakouts() {
        Map<String, Object> closed = onlyWorkshop("CLOSED");
        assertTrue(
                OffsetDateTime.parse((String) closed.get("endsAt"))
                        .toInstant()
                        .isBefore(Instant.now().minusSeconds(86_400)),
                "dated before today");
        Object id = closed.get("id");
        List<Map<String, Object>> notes = notesOf(closed);
        assertTrue(notes.size() >= 20, notes.size() + " notes");
        assertTrue(
                notes.stream()
                        .allMatch(n -> OffsetDateTime.parse(n.get("createdAt").toString())
                                .toInstant()
                                .isBefore(OffsetDateTime.parse((String) closed.get("endsAt"))
                                        .toInstant())),
                "notes written on the day");
        assertTrue(list("/api/workshops/" + id + "/sessions").stream()
                .noneMatch(s -> Boolean.TRUE.equals(s.get("roundOpen"))));
        given().auth()
                .oauth2(admin)
                .get("/api/workshops/" + id + "/breakouts")
                .then()
                .statusCode(200)
                .body("groups.size()", equalTo(4));
        assertTrue(list("/api/workshops/" + id + "/lessons").size() >= 2, "lessons");
        Map<String, Object> counts = map("/api/workshops/" + id + "/delegates/counts");
        assertEquals(counts.get("registered"), counts.get("checkedIn"));
    }

    @Test
    void theDemoDelegateJoinsTheLiveWorkshopWithItsJoinCode() {
        Map<String, Object> live = onlyWorkshop("LIVE");
        given().contentType("application/json")
                .header("X-Forwarded-For", Delegates.anAddress())
                .body(Map.of("joinCode", live.get("joinCode"), "email", DemoPeople.ELENA.email()))
                .when()
                .post("/api/join")
                .then()
                .statusCode(200)
                .body("token", notNullValue())
                .body("delegate.name", equalTo(DemoPeople.ELENA.name()));
    }

    @Test
    void theBannerSaysWhatToOpenFirstAndItsPersonalLinkJoinsTheLiveWorkshop() {
        Map<String, Object> live = onlyWorkshop("LIVE");
        String banner = demoData.banner("http://localhost:8080");
        assertTrue(banner.contains("http://localhost:8080/workshops/" + live.get("id") + "/board"), banner);
        assertTrue(banner.contains("/workshops/" + live.get("id") + "/projector"), banner);
        assertTrue(banner.contains("/workshops/" + live.get("id") + "/tagging"), banner);
        assertTrue(banner.contains("the join code " + live.get("joinCode")), banner);
        Matcher link = Pattern.compile("http://localhost:8080/my-registration#key=(\\S+)")
                .matcher(banner);
        assertTrue(link.find(), banner);
        given().contentType("application/json")
                .header("X-Forwarded-For", Delegates.anAddress())
                .body(Map.of("accessToken", link.group(1)))
                .when()
                .post("/api/join")
                .then()
                .statusCode(200)
                .body("workshop.id", equalTo(live.get("id")));
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private List<Map<String, Object>> workshops(String status) {
        return given().auth()
                .oauth2(admin)
                .queryParam("status", status)
                .queryParam("size", 200)
                .get("/api/workshops")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
    }

    private Map<String, Object> onlyWorkshop(String status) {
        List<Map<String, Object>> found = workshops(status);
        assertEquals(1, found.size(), "one " + status + " workshop");
        return found.get(0);
    }

    /** Every note, as an admin sees them: all statuses, authors in full. */
    private List<Map<String, Object>> notesOf(Map<String, Object> workshop) {
        return given().auth()
                .oauth2(admin)
                .queryParam("limit", 200)
                .get("/api/workshops/" + workshop.get("id") + "/notes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
    }

    private List<Map<String, Object>> list(String path) {
        return given().auth()
                .oauth2(admin)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
    }

    private Map<String, Object> map(String path) {
        return given().auth()
                .oauth2(admin)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("$");
    }

    private static Map<String, Object> author(Map<String, Object> note) {
        return note.get("author") == null ? Map.of() : cast(note.get("author"));
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
