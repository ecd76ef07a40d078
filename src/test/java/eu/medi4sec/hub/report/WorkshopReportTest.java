package eu.medi4sec.hub.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.medi4sec.hub.note.Note;
import eu.medi4sec.hub.note.Sensitivity;
import eu.medi4sec.hub.support.Delegates;
import eu.medi4sec.hub.support.Live;
import eu.medi4sec.hub.support.Staff;
import eu.medi4sec.hub.support.Workshops;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The workshop report in its three formats, built from one workshop with everything a report prints:
 * sessions with prompts, delegates in sectors of one and two people, notes that are merged, hidden,
 * labelled RESTRICTED, given a publication text, carrying contact details and a delegate's name, or
 * markup; votes, a lesson with supporting notes, tags and breakout groups.
 */
@QuarkusTest
class WorkshopReportTest {

    private static final String PATTERN = "official-account-single-source";
    private static final String OTHER_PATTERN = "rapid-rumour-rebuttal";
    private static final String TECHNOLOGY = "geolocation-of-public-posts";
    private static final String OTHER_TECHNOLOGY = "social-media-monitoring-dashboards";

    private static final String RUMOURS = "Official accounts beat rumours when they answer within minutes";
    private static final String RUMOURS_AGAIN = "Answering fast on the official account stops the spread";
    private static final String HIDDEN = "Offensive remark about one of the speakers";
    private static final String RESTRICTED = "The surveillance van waits at gate seven";
    private static final String DISTINCTIVE_NAME = "Zbigniew Quixotic-Harrow";
    private static final String CONTACTS = "Ask Zbigniew at zq.harrow@example.org or call +32 470 12 34 56";
    private static final String MARKUP = "<img src=x onerror=alert(1)> pasted from a forum";
    private static final String ORIGINAL = "Maribel from the port authority leaked the plan";
    private static final String PUBLICATION_TEXT = "The plan reached the press a day early";

    /** The workshop every test of the full report reads; made once, by the first test that needs it. */
    private static Fixture made;

    record Fixture(
            long workshopId,
            String organiser,
            String delegate,
            long rumours,
            long rumoursAgain,
            long restricted,
            long contacts,
            long markup) {}

    private static synchronized Fixture fixture() {
        if (made == null) {
            made = aWorkshopWithEverything();
        }
        return made;
    }

    private static Fixture aWorkshopWithEverything() {
        String organiser = Staff.anOrganiser().token();
        String analyst = Staff.anAnalyst().token();
        Live.Round round = Live.anOpenRound(
                organiser,
                Map.of(
                        "title", "Report of rumours " + UUID.randomUUID(),
                        "timeZone", "Europe/Athens",
                        "attribution", "CHATHAM_HOUSE"));

        // 4 police (3 checked in), 2 media, 1 academic; Belgium 6, Greece 1
        List<Delegates.Registered> police = new ArrayList<>();
        for (String name : List.of("Petra Lindqvist", "Omar Haddad", "Ines Castellano", "Tomasz Wierzbicki")) {
            police.add(aDelegate(round, name, "POLICE", "BE"));
        }
        Delegates.Registered journalist = aDelegate(round, "Greta Solberg", "MEDIA", "BE");
        aDelegate(round, "Lukas Brandtner", "MEDIA", "BE");
        Delegates.Registered academic = aDelegate(round, DISTINCTIVE_NAME, "ACADEMIA", "GR");
        for (Delegates.Registered d : List.of(police.get(0), police.get(1), police.get(2), academic)) {
            checkIn(organiser, round.workshopId(), d.id());
        }
        String officer = Delegates.join(police.get(0).accessToken());
        String secondOfficer = Delegates.join(police.get(1).accessToken());
        String reporter = Delegates.join(journalist.accessToken());
        String researcher = Delegates.join(academic.accessToken());

        long rumours = note(officer, round, RUMOURS, "INSIGHT");
        long rumoursAgain = note(reporter, round, RUMOURS_AGAIN, "INSIGHT");
        long hidden = note(secondOfficer, round, HIDDEN, "CONCERN");
        long restricted = note(officer, round, RESTRICTED, "GOOD_PRACTICE");
        long contacts = note(researcher, round, CONTACTS, "GOOD_PRACTICE");
        long markup = note(reporter, round, MARKUP, "CONCERN");
        long published = note(researcher, round, ORIGINAL, "IDEA");

        vote(secondOfficer, rumours);
        vote(researcher, rumours);
        vote(officer, rumoursAgain); // moves to the note it is merged into
        given().auth()
                .oauth2(organiser)
                .contentType("application/json")
                .body(Map.of("into", rumours))
                .post("/api/notes/" + rumoursAgain + "/merge")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(organiser)
                .contentType("application/json")
                .body(Map.of("reason", "Personal attack"))
                .post("/api/notes/" + hidden + "/hide")
                .then()
                .statusCode(200);
        // The API for labels and publication texts is made elsewhere; the columns are here.
        QuarkusTransaction.requiringNew().run(() -> {
            Note.update("sensitivity = ?1 where id = ?2", Sensitivity.RESTRICTED, restricted);
            Note.update("publicationText = ?1 where id = ?2", PUBLICATION_TEXT, published);
        });

        long lesson = ((Number) given().auth()
                        .oauth2(organiser)
                        .contentType("application/json")
                        .body(Map.of(
                                "title",
                                "Answer within minutes",
                                "statement",
                                "A named official account that answers fast keeps rumours short.",
                                "type",
                                "BEST_PRACTICE",
                                "noteIds",
                                List.of(rumours, rumoursAgain, restricted, contacts)))
                        .post("/api/workshops/" + round.workshopId() + "/lessons")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        tag(analyst, "/api/notes/" + rumours, "pattern", PATTERN, "SUPPORTS");
        tag(analyst, "/api/notes/" + markup, "pattern", PATTERN, "CONTRADICTS");
        // a withheld note's tags are not counted
        tag(analyst, "/api/notes/" + restricted, "pattern", OTHER_PATTERN, "SUPPORTS");
        tag(analyst, "/api/notes/" + restricted, "technology", OTHER_TECHNOLOGY, "SUPPORTS");
        tag(analyst, "/api/notes/" + rumours, "technology", TECHNOLOGY, "SUPPORTS");
        tag(analyst, "/api/lessons/" + lesson, "technology", TECHNOLOGY, "CONTRADICTS");
        given().auth()
                .oauth2(organiser)
                .contentType("application/json")
                .body(Map.of("groups", 2, "seed", 7))
                .post("/api/workshops/" + round.workshopId() + "/breakouts")
                .then()
                .statusCode(201);
        return new Fixture(round.workshopId(), organiser, officer, rumours, rumoursAgain, restricted, contacts, markup);
    }

    // ---- HTML ------------------------------------------------------------------------------------------

    @Test
    void htmlReportIsServedForStaffAsAFileNamedForTheTitle() {
        ExtractableResponse<Response> response = report(Staff.anAnalyst().token(), "html");
        assertEquals(200, response.statusCode());
        assertTrue(response.contentType().startsWith("text/html"), response.contentType());
        assertTrue(
                response.header("Content-Disposition")
                        .matches("inline; filename=\"report-of-rumours-.*-report\\.html\""),
                response.header("Content-Disposition"));
        assertEquals("no-store", response.header("Cache-Control"));
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
        assertTrue(response.header("Content-Security-Policy").contains("script-src 'self'"));
    }

    @Test
    void htmlReportGivesTimesInTheWorkshopsZoneAndSaysWhichZone() {
        String html = report(fixture().organiser(), "html").asString();
        // the session runs 10:00-11:00 at +01:00, which is 11:00-12:00 in Athens
        assertTrue(html.contains("All times are in Europe/Athens (UTC+02:00)."), html);
        assertTrue(html.contains("11:00 to 12:00"), html);
        assertTrue(html.contains("Wed 10 Mar 2027, 10:00 to 18:00 (Europe/Athens)"), html);
        assertTrue(html.contains("Prompt: What worked?"), html);
        assertTrue(html.contains("<dt>Theme</dt><dd>Riots and mass gatherings</dd>"), html);
        assertTrue(html.contains("<dt>Where</dt><dd>Brussels</dd>"), html);
    }

    @Test
    void attendanceShowsSmallCountsAsFewerThanThree() {
        String html = report(fixture().organiser(), "html").asString();
        String attendance = between(html, "<h2>Attendance</h2>", "<h2>Agenda and notes</h2>");
        assertTrue(attendance.contains("Registered: 7. Checked in: 4."), attendance);
        assertTrue(row(attendance, "Police").equals(List.of("4", "3")), attendance);
        assertEquals(List.of("fewer than 3", "fewer than 3"), row(attendance, "Media"));
        assertEquals(List.of("fewer than 3", "fewer than 3"), row(attendance, "Academia / research"));
        // one small count (Greece) would follow from the total: Belgium's is withheld too
        assertEquals(List.of("withheld", "withheld"), row(attendance, "Belgium"));
        assertEquals(List.of("fewer than 3", "fewer than 3"), row(attendance, "Greece"));
    }

    @Test
    void notesAreRedactedAndWhatMustNotAppearDoesNot() {
        String html = report(fixture().organiser(), "html").asString();
        assertTrue(html.contains("Ask [name] at [email] or call [phone]"), html);
        assertFalse(html.contains("zq.harrow@example.org"));
        assertFalse(html.contains("470 12 34 56"));
        assertFalse(html.contains("Zbigniew"));
        assertFalse(html.contains("Quixotic"));
        assertFalse(html.contains(HIDDEN), "a hidden note");
        assertFalse(html.contains("gate seven"), "a RESTRICTED note");
        assertTrue(html.contains("1 note withheld (sensitivity)"), html);
        assertTrue(html.contains(PUBLICATION_TEXT), "the publication text");
        assertFalse(html.contains("port authority"), "the original of a note with a publication text");
    }

    @Test
    void aMergedNoteAppearsOnceWithTheVotesOfBoth() {
        String notes = between(
                report(fixture().organiser(), "html").asString(), "<h2>Agenda and notes</h2>", "<h2>Lessons</h2>");
        assertEquals(1, occurrences(notes, RUMOURS), notes);
        assertEquals(0, occurrences(notes, RUMOURS_AGAIN), notes);
        assertTrue(notes.contains(RUMOURS + " — Police, 3 votes</li>"), notes);
    }

    @Test
    void markupInANoteIsEscapedInHtml() {
        String html = report(fixture().organiser(), "html").asString();
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt; pasted from a forum"), html);
        assertFalse(html.contains("<img"));
        assertFalse(html.contains("<script"));
    }

    @Test
    void lessonsCiteTheirNotesAsNumberedReferencesAndAWithheldOneAsWithheld() {
        String lessons = between(
                report(fixture().organiser(), "html").asString(), "<h2>Lessons</h2>", "<h2>Patterns touched</h2>");
        assertTrue(lessons.contains("Answer within minutes"), lessons);
        assertTrue(lessons.contains("Best practice · Emerging"), lessons);
        // the merged note is cited as the note it was merged into: three references, not four
        assertTrue(lessons.contains("Supporting notes: [1], [2], [3]"), lessons);
        assertTrue(lessons.contains("<span class=\"number\">[1]</span> " + RUMOURS), lessons);
        assertTrue(
                lessons.contains(
                        "<span class=\"number\">[2]</span> <span class=\"withheld\">withheld (sensitivity)</span>"),
                lessons);
        assertTrue(
                lessons.contains("<span class=\"number\">[3]</span> Ask [name] at [email] or call [phone]"), lessons);
        assertFalse(lessons.contains("[4]"), lessons);
    }

    @Test
    void patternsAndTechnologiesCountStancesOfShownNotesAndLessonsAndMixingComparesWithRandomSplits() {
        String html = report(fixture().organiser(), "html").asString();
        String patterns = between(html, "<h2>Patterns touched</h2>", "<h2>Technologies touched</h2>");
        assertTrue(patterns.contains("Official account as the trusted single source"), patterns);
        assertTrue(patterns.contains("<td class=\"number\">1</td><td class=\"number\">1</td>"), patterns);
        assertFalse(patterns.contains("Rebut rumours quickly"), "tagged only from a withheld note: " + patterns);
        String technologies = between(html, "<h2>Technologies touched</h2>", "<h2>Breakout groups</h2>");
        assertTrue(
                technologies.contains("<tr><td>Geolocation of public posts</td><td class=\"number\">1</td>"
                        + "<td class=\"number\">1</td></tr>"),
                technologies);
        assertFalse(technologies.contains("Social media monitoring dashboards"), technologies);
        String mixing = between(html, "<h2>Breakout groups</h2>", "</section>");
        // the groups are made of the checked-in delegates
        assertTrue(mixing.contains("4 delegates in 2 groups"), mixing);
        assertTrue(mixing.contains("Sector coverage"), mixing);
        assertTrue(mixing.contains("Random splits"), mixing);
    }

    @Test
    void theStylesheetIsTheOneTheContentSecurityPolicyAllows() throws NoSuchAlgorithmException {
        ExtractableResponse<Response> response = report(fixture().organiser(), "html");
        String css = between(response.asString(), "<style>", "</style>");
        String hash = Base64.getEncoder()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8)));
        assertTrue(
                response.header("Content-Security-Policy").contains("'sha256-" + hash + "'"),
                "application.properties must allow the report's stylesheet: 'sha256-" + hash + "'");
    }

    // ---- Markdown and PDF ------------------------------------------------------------------------------

    @Test
    void markdownReportHasTheSameContentEscaped() {
        ExtractableResponse<Response> response = report(fixture().organiser(), "md");
        assertEquals(200, response.statusCode());
        assertTrue(response.contentType().startsWith("text/markdown"), response.contentType());
        assertTrue(response.header("Content-Disposition").startsWith("attachment; filename=\"report-of-rumours-"));
        assertTrue(response.header("Content-Disposition").endsWith("-report.md\""));
        String md = response.asString();
        assertTrue(md.startsWith("# Report of rumours "), md);
        assertTrue(md.contains("all times are in Europe/Athens (UTC+02:00)."), md);
        assertTrue(md.contains("| Media | fewer than 3 | fewer than 3 |"), md);
        assertTrue(md.contains("- " + RUMOURS + " — Police, 3 votes"), md);
        assertTrue(md.contains("Ask \\[name\\] at \\[email\\] or call \\[phone\\]"), md);
        assertTrue(md.contains("\\<img src=x onerror=alert(1)\\> pasted from a forum"), md);
        assertTrue(md.contains("Supporting notes: \\[1\\], \\[2\\], \\[3\\]"), md);
        assertTrue(md.contains("- \\[2\\] withheld (sensitivity)"), md);
        assertTrue(md.contains("1 note withheld (sensitivity)"), md);
        assertFalse(md.contains("Zbigniew") || md.contains("zq.harrow") || md.contains("gate seven"), md);
        assertEquals(0, occurrences(md, RUMOURS_AGAIN));
    }

    @Test
    void pdfReportCarriesTheSameText() throws IOException {
        ExtractableResponse<Response> response = report(fixture().organiser(), "pdf");
        assertEquals(200, response.statusCode());
        assertEquals("application/pdf", response.contentType());
        assertTrue(response.header("Content-Disposition").endsWith("-report.pdf\""));
        String text = pdfText(response.asByteArray());
        assertTrue(text.contains("Report of rumours"), text);
        assertTrue(text.contains("Europe/Athens"), text);
        assertTrue(text.contains("fewer than 3"), text);
        assertTrue(text.contains("Ask [name] at [email] or call [phone]"), text);
        assertTrue(text.contains("<img src=x onerror=alert(1)> pasted from a forum"), text);
        assertTrue(text.contains("withheld (sensitivity)"), text);
        assertTrue(text.contains("Official account as the trusted single source"), text);
        assertEquals(1, occurrences(between(text, "Agenda and notes", "Lessons"), "beat rumours"), text);
        assertFalse(text.contains("Zbigniew") || text.contains("zq.harrow") || text.contains("gate seven"), text);
        assertFalse(text.contains(HIDDEN), text);
    }

    @Test
    void theAcceptHeaderChoosesTheFormatWhenNoFormatIsGiven() {
        assertEquals(
                "application/pdf",
                reportWithAccept(fixture().organiser(), "application/pdf").contentType());
        assertTrue(reportWithAccept(fixture().organiser(), "text/markdown")
                .contentType()
                .startsWith("text/markdown"));
        assertTrue(reportWithAccept(fixture().organiser(), "text/html, application/problem+json")
                .contentType()
                .startsWith("text/html"));
        assertTrue(reportWithAccept(fixture().organiser(), "*/*").contentType().startsWith("text/html"));
        // ?format= wins over Accept
        assertTrue(given().auth()
                .oauth2(fixture().organiser())
                .accept("application/pdf")
                .queryParam("format", "md")
                .get("/api/workshops/" + fixture().workshopId() + "/report")
                .then()
                .statusCode(200)
                .extract()
                .contentType()
                .startsWith("text/markdown"));
    }

    // ---- who may, and what else ------------------------------------------------------------------------

    @Test
    void anUnknownFormatIsABadRequestNamingTheParameter() {
        given().auth()
                .oauth2(fixture().organiser())
                .queryParam("format", "docx")
                .get("/api/workshops/" + fixture().workshopId() + "/report")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("format"))
                .body("detail", equalTo("The format must be one of html, md, pdf."));
    }

    @Test
    void anAcceptHeaderForNoFormatOfTheReportIsNotAcceptable() {
        reportWithAcceptResponse(fixture().organiser(), "application/json")
                .statusCode(406)
                .contentType("application/problem+json");
    }

    @Test
    void delegatesMayNotReadTheReport() {
        given().auth()
                .oauth2(fixture().delegate())
                .get("/api/workshops/" + fixture().workshopId() + "/report")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void anUnknownWorkshopHasNoReport() {
        given().auth()
                .oauth2(fixture().organiser())
                .get("/api/workshops/987654321/report")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("There is no workshop 987654321."));
    }

    @Test
    void anEmptyWorkshopSaysNothingIsRecordedYetInEveryFormat() throws IOException {
        String organiser = Staff.anOrganiser().token();
        Map<String, Object> body = Workshops.aWorkshopBody();
        body.put("title", "Empty workshop " + UUID.randomUUID());
        body.put("venue", null);
        body.put("onlineUrl", "https://meet.example.org/room");
        long workshop = Workshops.create(organiser, body);

        String html = report(organiser, workshop, "html").asString();
        assertTrue(html.contains("<dt>Where</dt><dd>Online</dd>"), html);
        assertTrue(html.contains("Nothing recorded yet: no delegate has registered."), html);
        assertTrue(html.contains("Nothing recorded yet: the agenda has no sessions."), html);
        assertTrue(html.contains("Nothing recorded yet: no lessons have been drawn."), html);
        assertTrue(html.contains("Nothing recorded yet: no pattern tagged."), html);
        assertTrue(html.contains("No technologies tagged."), html);
        assertTrue(html.contains("Nothing recorded yet: no breakout groups were allocated."), html);
        assertFalse(html.contains("withheld (sensitivity)"), html);

        given().auth()
                .oauth2(organiser)
                .contentType("application/json")
                .body(Map.of(
                        "title",
                        "Opening",
                        "startsAt",
                        "2027-03-10T09:00:00+01:00",
                        "endsAt",
                        "2027-03-10T09:30:00+01:00"))
                .post("/api/workshops/" + workshop + "/sessions")
                .then()
                .statusCode(201);
        String withSession = report(organiser, workshop, "html").asString();
        assertTrue(withSession.contains("<h3>Opening</h3>"), withSession);
        assertTrue(withSession.contains("Nothing recorded yet."), withSession);
        assertFalse(withSession.contains("Prompt:"), withSession);

        String md = report(organiser, workshop, "md").asString();
        assertTrue(md.contains("Nothing recorded yet: no lessons have been drawn."), md);
        assertTrue(md.contains("No technologies tagged."), md);
        String pdf = pdfText(report(organiser, workshop, "pdf").asByteArray());
        assertTrue(pdf.contains("Nothing recorded yet"), pdf);
        assertTrue(pdf.contains("Opening"), pdf);
    }

    @Test
    void authorsAreNamedBySectorAtMostAndNotAtAllInAnAnonymousWorkshop() {
        String organiser = Staff.anOrganiser().token();
        for (String attribution : List.of("ATTRIBUTED", "ANONYMOUS")) {
            Live.Round round = Live.anOpenRound(organiser, Map.of("attribution", attribution));
            Delegates.Registered officer = aDelegate(round, "Henrike Vasquez-Obi", "POLICE", "NL");
            note(Delegates.join(officer.accessToken()), round, "Crowds trust a face they know", "INSIGHT");
            note(organiser, round, "The room agreed on one spokesperson", "DISCUSSION");

            String notes = between(
                    report(organiser, round.workshopId(), "html").asString(),
                    "<h2>Agenda and notes</h2>",
                    "<h2>Lessons</h2>");
            assertFalse(notes.contains("Henrike") || notes.contains("Vasquez"), notes);
            if (attribution.equals("ATTRIBUTED")) {
                assertTrue(notes.contains("Crowds trust a face they know — Police, 0 votes</li>"), notes);
                assertTrue(notes.contains("one spokesperson — Rapporteur, 0 votes</li>"), notes);
            } else {
                assertTrue(notes.contains("Crowds trust a face they know — 0 votes</li>"), notes);
                assertTrue(notes.contains("one spokesperson — 0 votes</li>"), notes);
            }
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private static ExtractableResponse<Response> report(String token, String format) {
        return report(token, fixture().workshopId(), format);
    }

    private static ExtractableResponse<Response> report(String token, long workshopId, String format) {
        return given().auth()
                .oauth2(token)
                .queryParam("format", format)
                .get("/api/workshops/" + workshopId + "/report")
                .then()
                .extract();
    }

    private static ExtractableResponse<Response> reportWithAccept(String token, String accept) {
        return reportWithAcceptResponse(token, accept).statusCode(200).extract();
    }

    private static io.restassured.response.ValidatableResponse reportWithAcceptResponse(String token, String accept) {
        return given().auth()
                .oauth2(token)
                .accept(accept)
                .get("/api/workshops/" + fixture().workshopId() + "/report")
                .then();
    }

    private static Delegates.Registered aDelegate(Live.Round round, String name, String sector, String country) {
        Map<String, Object> body = new HashMap<>(Delegates.aRegistration(round.joinCode()));
        body.put("name", name);
        body.put("sector", sector);
        body.put("country", country);
        body.put("organisation", sector + " organisation " + UUID.randomUUID());
        return Delegates.registered(body);
    }

    private static void checkIn(String organiser, long workshopId, long delegateId) {
        given().auth()
                .oauth2(organiser)
                .post("/api/workshops/" + workshopId + "/delegates/" + delegateId + "/check-in")
                .then()
                .statusCode(200);
    }

    private static long note(String token, Live.Round round, String text, String kind) {
        return ((Number) given().auth()
                        .oauth2(token)
                        .contentType("application/json")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .body(Map.of("text", text, "kind", kind, "sessionId", round.sessionId()))
                        .post("/api/workshops/" + round.workshopId() + "/notes")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
    }

    private static void vote(String delegate, long noteId) {
        given().auth()
                .oauth2(delegate)
                .put("/api/notes/" + noteId + "/vote")
                .then()
                .statusCode(200);
    }

    /** Tags a note or a lesson (its path) to a pattern or a technology (kind) by slug. */
    private static void tag(String analyst, String target, String kind, String slug, String stance) {
        given().auth()
                .oauth2(analyst)
                .contentType("application/json")
                .body(Map.of(kind, slug, "stance", stance))
                .post(target + "/tags")
                .then()
                .statusCode(201);
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The text between two markers (both must be there). */
    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertTrue(start >= 0, "no " + from + " in " + text);
        int end = text.indexOf(to, start + from.length());
        assertTrue(end >= 0, "no " + to + " after " + from + " in " + text);
        return text.substring(start + from.length(), end);
    }

    /** The cells after the label in the table row that starts with it. */
    private static List<String> row(String html, String label) {
        String cells = between(html, "<tr><td>" + label + "</td>", "</tr>");
        List<String> values = new ArrayList<>();
        for (String cell : cells.split("</td>")) {
            if (cell.contains(">")) {
                values.add(cell.substring(cell.lastIndexOf('>') + 1));
            }
        }
        return values;
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
