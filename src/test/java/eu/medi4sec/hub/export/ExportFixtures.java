package eu.medi4sec.hub.export;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;

import eu.medi4sec.hub.note.Note;
import eu.medi4sec.hub.note.Sensitivity;
import eu.medi4sec.hub.support.Delegates;
import eu.medi4sec.hub.support.Live;
import eu.medi4sec.hub.support.Staff;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * One workshop with everything an export must get right: a delegate with a distinctive name,
 * organisation and email; a note that names them with their phone, email and handle; a note that starts
 * like a spreadsheet formula; a RESTRICTED note, a hidden one and one merged into another; a note with a
 * character outside the Basic Multilingual Plane; a lesson citing several of them; and analysts' tags to
 * patterns and to a technology.
 */
final class ExportFixtures {

    static final String NAME = "Ottilie Vandersnoot";
    static final String ORGANISATION = "Umbral Heron Gendarmerie";
    static final String IDENTIFYING_TEXT =
            "Ask Ottilie Vandersnoot (+32 470 12 34 56, ottilie.v@umbral-heron.example, @heronwatch) for the rumour log";
    static final String REDACTED_TEXT = "Ask [name] ([phone], [email], [handle]) for the rumour log";
    static final String FORMULA_TEXT = "=HYPERLINK(\"http://evil.example/x\",\"Click\")";
    static final String RESTRICTED_TEXT = "Kettling plan for Saturday near the river gate";
    static final String HIDDEN_TEXT = "Off-topic grumble about parking fees";
    static final String MERGED_TEXT = "Same point as the rumour log one";
    static final String EMOJI_TEXT = "Crowd alert \uD83D\uDEA8 went out before the rumour spread";
    static final String PATTERN = "official-account-single-source";
    static final String OTHER_PATTERN = "rapid-rumour-rebuttal";
    static final String TECHNOLOGY = "rumour-tracking-and-fact-check-workflows";

    private ExportFixtures() {}

    record Scenario(
            long workshopId,
            Staff.SignedIn organiser,
            Staff.SignedIn analyst,
            String delegateEmail,
            long identifying,
            long formula,
            long restricted,
            long hidden,
            long merged,
            long emoji,
            long lesson) {

        /** Every distinctive trace of the delegate who must not be identifiable. */
        List<String> identity() {
            return List.of(
                    NAME,
                    "Ottilie",
                    "Vandersnoot",
                    ORGANISATION,
                    "Umbral",
                    "Gendarmerie",
                    delegateEmail,
                    "umbral-heron.example",
                    "heronwatch",
                    "470 12 34 56");
        }
    }

    static Scenario aWorkshopWithEverything(String attribution) {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Staff.SignedIn analyst = Staff.anAnalyst();
        Live.Round round = Live.anOpenRound(organiser.token(), Map.of("attribution", attribution));

        Map<String, Object> registration = Delegates.aRegistration(round.joinCode());
        String email = "ottilie.vandersnoot-" + UUID.randomUUID() + "@umbral-heron.example";
        registration.put("name", NAME);
        registration.put("organisation", ORGANISATION);
        registration.put("email", email);
        registration.put("sector", "POLICE");
        String ottilie = Delegates.join(Delegates.registered(registration).accessToken());
        String other = Live.aDelegateIn(round);

        long identifying = Live.aNote(ottilie, round, IDENTIFYING_TEXT);
        long formula = Live.aNote(other, round, FORMULA_TEXT);
        long restricted = Live.aNote(ottilie, round, RESTRICTED_TEXT);
        long hidden = Live.aNote(other, round, HIDDEN_TEXT);
        long merged = Live.aNote(other, round, MERGED_TEXT);
        long emoji = Live.aNote(other, round, EMOJI_TEXT);

        given().auth()
                .oauth2(other)
                .put("/api/notes/" + identifying + "/vote")
                .then()
                .statusCode(200);
        // The API for labels lands separately; the label is what the exports read.
        QuarkusTransaction.requiringNew().run(() -> {
            Note note = Note.findById(restricted);
            note.sensitivity = Sensitivity.RESTRICTED;
            note.sensitivityReason = "Operational";
        });
        given().auth()
                .oauth2(organiser.token())
                .contentType("application/json")
                .body(Map.of("reason", "Off topic"))
                .post("/api/notes/" + hidden + "/hide")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(organiser.token())
                .contentType("application/json")
                .body(Map.of("into", identifying))
                .post("/api/notes/" + merged + "/merge")
                .then()
                .statusCode(200);

        long lesson = ((Number) given().auth()
                        .oauth2(organiser.token())
                        .contentType("application/json")
                        .body(Map.of(
                                "title",
                                "Keep one rumour log",
                                "statement",
                                "One shared rumour log kept the official account consistent.",
                                "type",
                                "BEST_PRACTICE",
                                "noteIds",
                                List.of(identifying, restricted, merged)))
                        .post("/api/workshops/" + round.workshopId() + "/lessons")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();

        tag(analyst, "notes", identifying, PATTERN, "SUPPORTS", "Ottilie Vandersnoot confirmed it");
        tag(analyst, "notes", restricted, PATTERN, "CONTRADICTS", "Operational detail");
        tag(analyst, "notes", emoji, OTHER_PATTERN, "SUPPORTS", null);
        tag(analyst, "notes", emoji, Map.of("technology", TECHNOLOGY, "stance", "SUPPORTS"));
        tag(analyst, "lessons", lesson, PATTERN, "SUPPORTS", "The lesson restates the pattern");

        return new Scenario(
                round.workshopId(),
                organiser,
                analyst,
                email,
                identifying,
                formula,
                restricted,
                hidden,
                merged,
                emoji,
                lesson);
    }

    private static void tag(Staff.SignedIn analyst, String target, long id, String pattern, String stance, String why) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("pattern", pattern);
        body.put("stance", stance);
        if (why != null) {
            body.put("rationale", why);
        }
        tag(analyst, target, id, body);
    }

    private static void tag(Staff.SignedIn analyst, String target, long id, Map<String, Object> body) {
        given().auth()
                .oauth2(analyst.token())
                .contentType("application/json")
                .body(body)
                .post("/api/" + target + "/" + id + "/tags")
                .then()
                .statusCode(201);
    }

    /** The entries of a ZIP, by name, as text. */
    static Map<String, String> unzip(byte[] zip) {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    static void showsNoIdentity(Scenario scenario, String what, String body) {
        for (String trace : scenario.identity()) {
            assertFalse(body.toLowerCase().contains(trace.toLowerCase()), what + " shows '" + trace + "': " + body);
        }
    }
}
