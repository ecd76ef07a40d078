package eu.medi4sec.hub.delegate;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.medi4sec.hub.support.Live;
import eu.medi4sec.hub.support.PersonalData;
import eu.medi4sec.hub.support.SseClient;
import eu.medi4sec.hub.support.Staff;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * After an erasure, nothing the API answers holds the person's name, email or organisation: every
 * GET operation in the OpenAPI document is read as each staff role, with the erased delegate's own
 * workshop, note, lesson, breakout groups and tags in the path, and the workshop's event stream is
 * replayed from the start. The same scan before the erasure finds them, so the scan can see.
 */
@QuarkusTest
class ErasureScanTest {

    private static final String PATTERN = "official-account-single-source";
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    /** In the name, the organisation and the email. */
    private static final String DISTINCT = "quaxworth";

    @TestHTTPResource("/")
    URL application;

    @TestHTTPResource(value = "/", management = true)
    URL management;

    record Ids(
            long workshop,
            long session,
            long delegate,
            long note,
            long lesson,
            long allocation,
            long noteTag,
            long lessonTag,
            long account) {}

    @Test
    void afterErasureNoAnswerNamesTheDelegate() throws Exception {
        var organiser = Staff.anOrganiser();
        var admin = Staff.anAdmin();
        var analyst = Staff.anAnalyst();
        var facilitator = Staff.aFacilitator();
        Live.Round round = Live.anOpenRound(organiser.token(), Map.of("attribution", "ATTRIBUTED"));
        var other = PersonalData.anActiveDelegate(
                round, "Hanna Berglund", "Uppsala Youth Network", "hanna", "Youth workers calmed the square", 0);
        var erased = PersonalData.anActiveDelegate(
                round,
                "Zebulon Quaxworth",
                "Quaxworth Constabulary",
                "zebulon.quaxworth",
                "Spokespeople beat press releases",
                other.note());
        given().auth()
                .oauth2(other.token())
                .put("/api/notes/" + erased.note() + "/vote")
                .then()
                .statusCode(200);
        long lesson = PersonalData.aLessonEndorsedBy(organiser.token(), round, erased);
        long allocation = PersonalData.breakoutGroups(organiser.token(), round.workshopId(), 1);
        long noteTag = tag(analyst.token(), "/api/notes/" + erased.note() + "/tags");
        long lessonTag = tag(analyst.token(), "/api/lessons/" + lesson + "/tags");
        given().auth()
                .oauth2(organiser.token())
                .post("/api/notes/" + erased.note() + "/pin")
                .then()
                .statusCode(200);
        Ids ids = new Ids(
                round.workshopId(),
                round.sessionId(),
                erased.registered().id(),
                erased.note(),
                lesson,
                allocation,
                noteTag,
                lessonTag,
                admin.account().id());
        List<String> readers = List.of(admin.token(), organiser.token(), facilitator.token(), analyst.token());
        List<String> before = scan(readers, ids);
        assertFalse(before.isEmpty(), "before the erasure the scan finds the delegate (or it could not see)");
        assertTrue(
                before.stream().anyMatch(f -> f.contains("format=csv")),
                "the scan reads inside the admin's CSV export (a ZIP):\n" + String.join("\n", before));

        assertEquals(200, PersonalData.erase(erased.registered().accessToken()).statusCode());

        List<String> found = scan(readers, ids);
        assertTrue(found.isEmpty(), "These answers still name the erased delegate:\n" + String.join("\n", found));
    }

    /** Every answer that holds the distinct word, as "operation: excerpt". */
    private List<String> scan(List<String> readers, Ids ids) throws Exception {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, List<String>> operation : getOperations().entrySet()) {
            String path = operation.getKey();
            String filled = fill(path, ids);
            for (String reader : readers) {
                if (path.endsWith("/events")) {
                    try (SseClient stream = new SseClient(base(application) + filled, reader, 0L)) {
                        stream.drain(Duration.ofMillis(700)).forEach(e -> check(found, "events " + e.type(), e.data()));
                    }
                    continue;
                }
                for (String format : operation.getValue()) {
                    var request = given().auth().oauth2(reader).queryParam("q", "spokespeople");
                    if (format != null) {
                        request.queryParam("format", format);
                    }
                    Response response = request.get(filled).then().extract().response();
                    String where = "GET " + filled + (format == null ? "" : "?format=" + format);
                    check(found, where + " (" + response.statusCode() + ")", text(response));
                    response.headers()
                            .forEach(h -> check(found, "header " + h.getName() + " of " + where, h.getValue()));
                }
            }
        }
        return found;
    }

    private static void check(List<String> found, String where, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int at = lower.indexOf(DISTINCT);
        if (at >= 0) {
            found.add(where + ": …" + text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 40)) + "…");
        }
    }

    /** The body as text: a PDF's text, every file of a ZIP (CSV exports, REFI-QDA projects), else UTF-8. */
    private static String text(Response response) throws IOException {
        return text(response.asByteArray());
    }

    private static String text(byte[] body) throws IOException {
        if (startsWith(body, "%PDF")) {
            try (var document = Loader.loadPDF(body)) {
                return new PDFTextStripper().getText(document);
            }
        }
        if (startsWith(body, "PK")) {
            StringBuilder all = new StringBuilder();
            try (var zip = new ZipInputStream(new ByteArrayInputStream(body))) {
                for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    all.append(entry.getName())
                            .append('\n')
                            .append(text(zip.readAllBytes()))
                            .append('\n');
                }
            }
            return all.toString();
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    private static boolean startsWith(byte[] body, String magic) {
        byte[] start = magic.getBytes(StandardCharsets.US_ASCII);
        return body.length >= start.length && Arrays.equals(Arrays.copyOf(body, start.length), start);
    }

    /**
     * The paths of the document's GET operations, each with the values of its format parameter (null: none
     * sent), so that every format an operation offers is read.
     */
    private Map<String, List<String>> getOperations() throws IOException, InterruptedException {
        HttpResponse<String> document = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base(management) + "/openapi?format=json"))
                                .header("Accept", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, document.statusCode(), "the OpenAPI document on the management port");
        JsonNode paths = new ObjectMapper().readTree(document.body()).get("paths");
        Map<String, List<String>> gets = new LinkedHashMap<>();
        paths.fields().forEachRemaining(path -> {
            JsonNode get = path.getValue().get("get");
            if (get == null) {
                return;
            }
            List<String> formats = new ArrayList<>();
            formats.add(null);
            for (JsonNode parameter : get.path("parameters")) {
                if ("format".equals(parameter.path("name").asText())) {
                    parameter.path("schema").path("enum").forEach(value -> formats.add(value.asText()));
                }
            }
            gets.put(path.getKey(), formats);
        });
        return gets;
    }

    private static String fill(String path, Ids ids) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("workshopId", Long.toString(ids.workshop()));
        values.put("sessionId", Long.toString(ids.session()));
        values.put("delegateId", Long.toString(ids.delegate()));
        values.put("noteId", Long.toString(ids.note()));
        values.put("lessonId", Long.toString(ids.lesson()));
        values.put("allocationId", Long.toString(ids.allocation()));
        values.put("slug", PATTERN);
        values.put("number", "1");
        Matcher matcher = PARAMETER.matcher(path);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = switch (name) {
                case "id" -> Long.toString(path.startsWith("/api/accounts/") ? ids.account() : ids.workshop());
                case "tagId" -> Long.toString(path.startsWith("/api/notes/") ? ids.noteTag() : ids.lessonTag());
                default -> values.get(name);
            };
            if (value == null) {
                throw new AssertionError(
                        "No value for {" + name + "} in " + path + ": add one to ErasureScanTest.fill");
            }
            matcher.appendReplacement(filled, value);
        }
        return matcher.appendTail(filled).toString();
    }

    private static long tag(String analystToken, String path) {
        return ((Number) given().auth()
                        .oauth2(analystToken)
                        .contentType("application/json")
                        .body(Map.of("pattern", PATTERN, "stance", "SUPPORTS"))
                        .post(path)
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
    }

    private static String base(URL url) {
        return url.toString().replaceAll("/+$", "");
    }
}
