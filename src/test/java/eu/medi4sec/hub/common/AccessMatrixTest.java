package eu.medi4sec.hub.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.medi4sec.hub.account.StaffRole;
import eu.medi4sec.hub.support.Delegates;
import eu.medi4sec.hub.support.Live;
import eu.medi4sec.hub.support.Staff;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Who may call what, generated from the API itself: every operation in the OpenAPI document is called
 * with no token, as each staff role, as a community member, as a delegate of workshop A on A's resources and
 * as that delegate on workshop B's resources (real ids, path parameters filled in by name). The expected outcomes are the
 * one {@link #TABLE} below. An operation the table does not list fails the build, and so does a row
 * whose operation is gone: a new endpoint cannot ship without someone deciding who may call it.
 *
 * <p>"Allowed" means the call got past access control (anything but 401 and 403: a validation error is
 * fine, the bodies are empty). Refused means 401 without a token and 403 with one. A delegate of A asking
 * for B's resources gets 404, as if they did not exist, whatever the operation.
 */
@QuarkusTest
class AccessMatrixTest {

    enum Who {
        ANONYMOUS,
        ADMIN,
        ORGANISER,
        FACILITATOR,
        ANALYST,
        DELEGATE,
        MEMBER
    }

    private static final Set<Who> ANYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> STAFF = EnumSet.of(Who.ADMIN, Who.ORGANISER, Who.FACILITATOR, Who.ANALYST);
    private static final Set<Who> SIGNED_IN =
            EnumSet.of(Who.ADMIN, Who.ORGANISER, Who.FACILITATOR, Who.ANALYST, Who.DELEGATE);
    private static final Set<Who> ADMINS = EnumSet.of(Who.ADMIN);
    private static final Set<Who> ORGANISERS = EnumSet.of(Who.ADMIN, Who.ORGANISER);
    private static final Set<Who> MODERATORS = EnumSet.of(Who.ADMIN, Who.ORGANISER, Who.FACILITATOR);
    private static final Set<Who> NOTE_WRITERS = EnumSet.of(Who.ADMIN, Who.ORGANISER, Who.FACILITATOR, Who.DELEGATE);
    private static final Set<Who> ANALYSTS = EnumSet.of(Who.ADMIN, Who.ANALYST);
    private static final Set<Who> DELEGATES = EnumSet.of(Who.DELEGATE);
    /** A community member, or a delegate acting as the member they are; never staff. */
    private static final Set<Who> COMMUNITY = EnumSet.of(Who.DELEGATE, Who.MEMBER);

    /** The decision, per operation: who gets past access control. */
    private static final Map<String, Set<Who>> TABLE = table(
            // sign-in, staff accounts, reference data
            "POST /api/auth/login", ANYONE,
            "GET /api/me", STAFF,
            "GET /api/accounts", ADMINS,
            "POST /api/accounts", ADMINS,
            "GET /api/accounts/{id}", ADMINS,
            "PATCH /api/accounts/{id}", ADMINS,
            "GET /api/staff", ORGANISERS,
            "GET /api/themes", ANYONE,
            // workshops and agendas
            "GET /api/workshops", STAFF,
            "POST /api/workshops", ORGANISERS,
            "GET /api/workshops/{id}", STAFF,
            "PUT /api/workshops/{id}", ORGANISERS,
            "DELETE /api/workshops/{id}", ORGANISERS,
            "POST /api/workshops/{id}/transitions", ORGANISERS,
            "GET /api/workshops/{workshopId}/sessions", SIGNED_IN,
            "POST /api/workshops/{workshopId}/sessions", ORGANISERS,
            "PUT /api/workshops/{workshopId}/sessions/order", ORGANISERS,
            "GET /api/workshops/{workshopId}/sessions/{sessionId}", SIGNED_IN,
            "PUT /api/workshops/{workshopId}/sessions/{sessionId}", ORGANISERS,
            "DELETE /api/workshops/{workshopId}/sessions/{sessionId}", ORGANISERS,
            "POST /api/workshops/{workshopId}/sessions/{sessionId}/open", MODERATORS,
            "POST /api/workshops/{workshopId}/sessions/{sessionId}/close", MODERATORS,
            "GET /api/workshops/{workshopId}/calendar.ics", SIGNED_IN,
            // registration, personal links, joining
            "GET /api/registrations/notice", ANYONE,
            "POST /api/registrations", ANYONE,
            "POST /api/my-registration", ANYONE,
            "POST /api/my-registration/confirm", ANYONE,
            "POST /api/my-registration/decline", ANYONE,
            "POST /api/my-registration/cancel", ANYONE,
            "POST /api/join", ANYONE,
            "GET /api/me/delegate", DELEGATES,
            // data rights and retention
            "POST /api/my-registration/consent", ANYONE,
            "POST /api/my-registration/export", ANYONE,
            "POST /api/my-registration/erase", ANYONE,
            "GET /api/me/delegate/export", DELEGATES,
            "GET /api/privacy-notice", ANYONE,
            "GET /api/privacy-notices", ADMINS,
            "POST /api/privacy-notices", ADMINS,
            "GET /api/audit/author-access", ADMINS,
            "GET /api/workshops/{workshopId}/retention", ORGANISERS,
            // delegates and breakout groups
            "GET /api/workshops/{workshopId}/delegates", MODERATORS,
            "POST /api/workshops/{workshopId}/delegates", ORGANISERS,
            "GET /api/workshops/{workshopId}/delegates/counts", MODERATORS,
            "POST /api/workshops/{workshopId}/delegates/import", ORGANISERS,
            "GET /api/workshops/{workshopId}/delegates/{delegateId}", MODERATORS,
            "POST /api/workshops/{workshopId}/delegates/{delegateId}/cancel", ORGANISERS,
            "POST /api/workshops/{workshopId}/delegates/{delegateId}/check-in", MODERATORS,
            "DELETE /api/workshops/{workshopId}/delegates/{delegateId}/check-in", MODERATORS,
            "POST /api/workshops/{workshopId}/delegates/{delegateId}/personal-link", ORGANISERS,
            "GET /api/workshops/{workshopId}/breakouts", MODERATORS,
            "POST /api/workshops/{workshopId}/breakouts", ORGANISERS,
            "PUT /api/workshops/{workshopId}/breakouts/{allocationId}/delegates/{delegateId}", ORGANISERS,
            // live capture
            "GET /api/workshops/{workshopId}/events", SIGNED_IN,
            "GET /api/workshops/{workshopId}/notes", SIGNED_IN,
            "POST /api/workshops/{workshopId}/notes", NOTE_WRITERS,
            "GET /api/workshops/{workshopId}/moderation-log", STAFF,
            "GET /api/notes/{noteId}", SIGNED_IN,
            // moderators and delegates may write notes, but only a note's author edits or withdraws it: A's note is the
            // delegate's
            "PATCH /api/notes/{noteId}", DELEGATES,
            "DELETE /api/notes/{noteId}", DELEGATES,
            "PUT /api/notes/{noteId}/vote", DELEGATES,
            "DELETE /api/notes/{noteId}/vote", DELEGATES,
            "POST /api/notes/{noteId}/hide", MODERATORS,
            "POST /api/notes/{noteId}/restore", MODERATORS,
            "POST /api/notes/{noteId}/approve", MODERATORS,
            "POST /api/notes/{noteId}/pin", MODERATORS,
            "POST /api/notes/{noteId}/unpin", MODERATORS,
            "POST /api/notes/{noteId}/merge", MODERATORS,
            // what may leave the room: any staff member labels a note, analysts word it for outputs
            "PUT /api/notes/{noteId}/sensitivity", STAFF,
            "PUT /api/notes/{noteId}/publication-text", ANALYSTS,
            // lessons
            "GET /api/workshops/{workshopId}/lessons", SIGNED_IN,
            "POST /api/workshops/{workshopId}/lessons", STAFF,
            "GET /api/lessons/{lessonId}", SIGNED_IN,
            "PUT /api/lessons/{lessonId}", STAFF,
            "POST /api/lessons/{lessonId}/transitions", STAFF,
            "PUT /api/lessons/{lessonId}/endorsement", DELEGATES,
            "DELETE /api/lessons/{lessonId}/endorsement", DELEGATES,
            // the Pattern Language, tagging, search
            "GET /api/patterns", STAFF,
            "POST /api/patterns", ANALYSTS,
            "GET /api/patterns/graph", STAFF,
            "GET /api/patterns/{slug}", STAFF,
            "PUT /api/patterns/{slug}", ANALYSTS,
            "GET /api/patterns/{slug}/revisions", STAFF,
            "GET /api/patterns/{slug}/evidence", STAFF,
            "GET /api/notes/{noteId}/tags", STAFF,
            "POST /api/notes/{noteId}/tags", ANALYSTS,
            "DELETE /api/notes/{noteId}/tags/{tagId}", ANALYSTS,
            "GET /api/lessons/{lessonId}/tags", STAFF,
            "POST /api/lessons/{lessonId}/tags", ANALYSTS,
            "DELETE /api/lessons/{lessonId}/tags/{tagId}", ANALYSTS,
            "POST /api/tags/bulk", ANALYSTS,
            "GET /api/notes/{noteId}/pattern-suggestions", STAFF,
            "GET /api/workshops/{workshopId}/tagging/queue", STAFF,
            "GET /api/workshops/{workshopId}/tagging/summary", STAFF,
            // the catalogue of social media technologies
            "GET /api/technologies", STAFF,
            "POST /api/technologies", ANALYSTS,
            "GET /api/technologies/{slug}", STAFF,
            "PUT /api/technologies/{slug}", ANALYSTS,
            "GET /api/technologies/{slug}/revisions", STAFF,
            "GET /api/technologies/{slug}/evidence", STAFF,
            "GET /api/search", SIGNED_IN,
            // the public guide: published patterns only, evidence as counts
            "GET /api/public/patterns", ANYONE,
            "GET /api/public/patterns/graph", ANYONE,
            "GET /api/public/patterns/{slug}", ANYONE,
            // exports for researchers
            "GET /api/workshops/{id}/export", STAFF,
            "GET /api/workshops/{id}/project.qdpx", STAFF,
            "GET /api/codebook.qdc", STAFF,
            // the community: members (and delegates, as the member they are); organisers see figures only
            "POST /api/community/session", ANYONE,
            "POST /api/community/link", COMMUNITY,
            "GET /api/community", COMMUNITY,
            "GET /api/community/profile", COMMUNITY,
            "PUT /api/community/profile", COMMUNITY,
            "GET /api/community/suggestions", COMMUNITY,
            "GET /api/community/patterns", COMMUNITY,
            "GET /api/community/blocks", COMMUNITY,
            "POST /api/community/blocks", COMMUNITY,
            "DELETE /api/community/blocks/{memberId}", COMMUNITY,
            "GET /api/community/figures", ORGANISERS,
            "POST /api/introductions", COMMUNITY,
            "GET /api/introductions", COMMUNITY,
            "POST /api/introductions/{id}/accept", COMMUNITY,
            "POST /api/introductions/{id}/decline", COMMUNITY,
            // publications: analysts and admins write them, staff read them, anyone reads the published ones
            "GET /api/publications", STAFF,
            "POST /api/publications", ANALYSTS,
            "GET /api/publications/{id}", STAFF,
            "PUT /api/publications/{id}", ANALYSTS,
            "POST /api/publications/{id}/transitions", ANALYSTS,
            "GET /api/publications/{id}/versions", STAFF,
            "GET /api/publications/{id}/versions/{number}", STAFF,
            "GET /api/public/publications", ANYONE,
            "GET /api/public/publications/{slug}", ANYONE,
            "GET /api/public/publications/{slug}/versions/{number}", ANYONE,
            // outputs
            "GET /api/workshops/{workshopId}/report", STAFF);

    /** On the management port, without any token; the public port answers 404 for each, token or not. */
    private static final List<String> MANAGEMENT = List.of(
            "/health", "/health/live", "/health/ready", "/health/started", "/metrics", "/openapi", "/swagger-ui/");

    private static final String PATTERN = "official-account-single-source";
    private static final String TECHNOLOGY = "geolocation-of-public-posts";
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    @TestHTTPResource("/")
    URL application;

    @TestHTTPResource(value = "/", management = true)
    URL management;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private static Map<String, Set<Who>> table(Object... rows) {
        Map<String, Set<Who>> table = new LinkedHashMap<>();
        for (int i = 0; i < rows.length; i += 2) {
            @SuppressWarnings("unchecked")
            Set<Who> allowed = (Set<Who>) rows[i + 1];
            if (table.put((String) rows[i], allowed) != null) {
                throw new IllegalStateException("Two rows for " + rows[i]);
            }
        }
        return table;
    }

    /** An operation as the document describes it. */
    record Operation(String method, String path, Set<String> scopes, boolean isPublic, String bodyType) {
        String key() {
            return method + " " + path;
        }
    }

    /** One workshop's real ids, to put into paths. */
    record Workshop(
            long id,
            long session,
            long delegate,
            long note,
            long lesson,
            long noteTag,
            long lessonTag,
            long allocation) {}

    private record Fixture(
            Map<Who, String> tokens, long account, long member, long introduction, Workshop a, Workshop b) {}

    @Test
    void theTableHasARowForEveryOperationAndNoOther() throws IOException, InterruptedException {
        Set<String> documented = new TreeSet<>(operations().keySet());
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(TABLE.keySet());
        Set<String> gone = new TreeSet<>(TABLE.keySet());
        gone.removeAll(documented);
        assertTrue(missing.isEmpty(), "Decide who may call these and add them to AccessMatrixTest.TABLE: " + missing);
        assertTrue(
                gone.isEmpty(), "These rows of AccessMatrixTest.TABLE name operations that no longer exist: " + gone);
    }

    /** The document names every role that gets in (a method may narrow its roles further, e.g. to a note's author). */
    @Test
    void theDocumentDeclaresEveryRoleTheTableLetsIn() throws IOException, InterruptedException {
        List<String> wrong = new ArrayList<>();
        for (Operation operation : operations().values()) {
            Set<Who> allowed = TABLE.get(operation.key());
            if (allowed == null) {
                continue; // theTableHasARowForEveryOperationAndNoOther names it
            }
            Set<String> roles = new TreeSet<>();
            allowed.stream().filter(who -> who != Who.ANONYMOUS).forEach(who -> roles.add(who.name()));
            boolean isPublic = allowed.contains(Who.ANONYMOUS);
            if (isPublic != operation.isPublic()
                    || (!isPublic && !operation.scopes().containsAll(roles))) {
                wrong.add(operation.key() + ": the document says "
                        + (operation.isPublic() ? "public" : operation.scopes()) + ", the table "
                        + (isPublic ? "public" : roles));
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void everyCallerGetsExactlyWhatTheTableSays() throws IOException, InterruptedException {
        Fixture fixture = twoLiveWorkshops();
        List<String> wrong = new ArrayList<>();
        List<Operation> operations = new ArrayList<>(operations().values());
        // Deletions last, so that what they remove is not missed by the calls after them.
        operations.sort(Comparator.comparing((Operation o) -> o.method().equals("DELETE"))
                .thenComparing(Operation::key));
        for (Operation operation : operations) {
            Set<Who> allowed = TABLE.get(operation.key());
            if (allowed == null) {
                continue; // theTableHasARowForEveryOperationAndNoOther names it
            }
            String own = fill(operation.path(), fixture, fixture.a());
            for (Who who : Who.values()) {
                int status = call(operation, own, fixture.tokens().get(who));
                boolean refused = status == 401 || status == 403;
                int refusal = who == Who.ANONYMOUS ? 401 : 403;
                if (allowed.contains(who) ? refused : status != refusal) {
                    wrong.add(operation.key() + " as " + who + ": " + status + " (expected "
                            + (allowed.contains(who) ? "neither 401 nor 403" : refusal) + ")");
                }
            }
            if (isAboutAWorkshop(operation.path())) {
                String theirs = fill(operation.path(), fixture, fixture.b());
                int status = call(operation, theirs, fixture.tokens().get(Who.DELEGATE));
                boolean ok = allowed.contains(Who.DELEGATE) ? status == 404 : status == 404 || status == 403;
                if (!ok) {
                    wrong.add(operation.key() + " as a delegate of A on B's " + theirs + ": " + status
                            + " (expected 404)");
                }
            }
        }
        assertTrue(
                wrong.isEmpty(),
                wrong.size() + " calls did not get what AccessMatrixTest.TABLE says:\n" + String.join("\n", wrong));
    }

    @Test
    void theManagementEndpointsAreOnTheManagementPortOnly() throws IOException, InterruptedException {
        String token = Staff.anAdmin().token();
        List<String> wrong = new ArrayList<>();
        for (String endpoint : MANAGEMENT) {
            int there = send(HttpRequest.newBuilder(URI.create(base(management) + endpoint))
                    .GET());
            if (there != 200) {
                wrong.add(endpoint + " on the management port: " + there);
            }
            for (String bearer : new String[] {null, token}) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base(application) + "/q" + endpoint))
                        .GET();
                if (bearer != null) {
                    request.header("Authorization", "Bearer " + bearer);
                }
                int here = send(request);
                if (here != 404) {
                    wrong.add("/q" + endpoint + " on the public port" + (bearer == null ? "" : " with a staff token")
                            + ": " + here);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    // ---- the document ---------------------------------------------------------------------------------

    private Map<String, Operation> operations() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base(management) + "/openapi?format=json"))
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), "the OpenAPI document on the management port");
        JsonNode document = new ObjectMapper().readTree(response.body());
        Map<String, Operation> operations = new LinkedHashMap<>();
        document.get("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
                    String method = entry.getKey().toUpperCase(java.util.Locale.ROOT);
                    if (!Set.of("GET", "PUT", "POST", "DELETE", "PATCH").contains(method)) {
                        return;
                    }
                    JsonNode operation = entry.getValue();
                    Set<String> scopes = new TreeSet<>();
                    boolean isPublic = true;
                    for (JsonNode requirement : operation.path("security")) {
                        isPublic = false;
                        requirement
                                .fields()
                                .forEachRemaining(
                                        scheme -> scheme.getValue().forEach(scope -> scopes.add(scope.asText())));
                    }
                    JsonNode content = operation.path("requestBody").path("content");
                    String bodyType = content.isMissingNode()
                            ? null
                            : content.has("application/json")
                                    ? "application/json"
                                    : content.fieldNames().next();
                    Operation found = new Operation(method, path.getKey(), scopes, isPublic, bodyType);
                    operations.put(found.key(), found);
                }));
        return operations;
    }

    // ---- calls ----------------------------------------------------------------------------------------

    private int call(Operation operation, String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base(application) + path))
                .timeout(Duration.ofSeconds(30))
                .header("X-Forwarded-For", Delegates.anAddress())
                .header("Idempotency-Key", UUID.randomUUID().toString());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (operation.bodyType() == null) {
            request.method(operation.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            String body = operation.bodyType().contains("json") ? "{}" : "name,email,organisation,sector,country\n";
            request.header("Content-Type", operation.bodyType())
                    .method(operation.method(), HttpRequest.BodyPublishers.ofString(body));
        }
        return send(request);
    }

    /** The status only: the body is not read, so an event stream answers as soon as its headers arrive. */
    private int send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpRequest built = request.build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(built, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new IOException(built.method() + " " + built.uri() + ": " + e.getMessage(), e);
        }
        try (InputStream body = response.body()) {
            return response.statusCode();
        }
    }

    private static String base(URL url) {
        return url.toString().replaceAll("/+$", "");
    }

    // ---- path parameters ------------------------------------------------------------------------------

    /** Whether the path names a resource of one workshop (rather than an account, a pattern, a member or nothing). */
    private static boolean isAboutAWorkshop(String path) {
        if (path.startsWith("/api/community") || path.startsWith("/api/introductions")) {
            return false;
        }
        Matcher matcher = PARAMETER.matcher(path);
        while (matcher.find()) {
            if (!matcher.group(1).equals("slug") && !path.startsWith("/api/accounts/")) {
                return true;
            }
        }
        return false;
    }

    private static String fill(String path, Fixture fixture, Workshop workshop) {
        Matcher matcher = PARAMETER.matcher(path);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(filled, value(path, matcher.group(1), fixture, workshop));
        }
        return matcher.appendTail(filled).toString();
    }

    private static String value(String path, String name, Fixture fixture, Workshop workshop) {
        long value = switch (name) {
            case "id" ->
                path.startsWith("/api/accounts/")
                        ? fixture.account()
                        : path.startsWith("/api/introductions/") ? fixture.introduction() : workshop.id();
            case "memberId" -> fixture.member();
            case "workshopId" -> workshop.id();
            case "sessionId" -> workshop.session();
            case "delegateId" -> workshop.delegate();
            case "allocationId" -> workshop.allocation();
            case "noteId" -> workshop.note();
            case "lessonId" -> workshop.lesson();
            case "tagId" -> path.startsWith("/api/notes/") ? workshop.noteTag() : workshop.lessonTag();
            case "slug" -> -1;
            case "number" -> 1;
            default ->
                throw new AssertionError(
                        "No value for {" + name + "} in " + path + ": add one to AccessMatrixTest.value");
        };
        if (name.equals("slug")) {
            return path.startsWith("/api/technologies/") ? TECHNOLOGY : PATTERN;
        }
        return Long.toString(value);
    }

    // ---- fixtures -------------------------------------------------------------------------------------

    private static Fixture twoLiveWorkshops() {
        Map<Who, String> tokens = new EnumMap<>(Who.class);
        for (StaffRole role : StaffRole.values()) {
            tokens.put(Who.valueOf(role.name()), Staff.signedIn(role).token());
        }
        String organiser = tokens.get(Who.ORGANISER);
        Live.Round roundA = Live.anOpenRound(organiser);
        Live.Round roundB = Live.anOpenRound(organiser);
        // The caller, and the author of A's note; the {delegateId} in paths is another delegate, so that
        // cancelling it leaves the caller in.
        String delegate = Live.aDelegateIn(roundA);
        tokens.put(Who.DELEGATE, delegate);
        // A community member from A who is not the delegate above: their registration is left alone.
        Map<String, Object> member = given().contentType("application/json")
                .header("X-Forwarded-For", Delegates.anAddress())
                .body(Map.of(
                        "key", Delegates.aRegisteredDelegate(roundA.joinCode()).accessToken()))
                .post("/api/community/session")
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
        tokens.put(Who.MEMBER, (String) member.get("token"));
        return new Fixture(
                tokens,
                Staff.anAccount(StaffRole.ANALYST).id(),
                id(member.get("memberId")),
                // no such introduction: it is 404 to everyone who gets past access control
                Long.MAX_VALUE,
                aWorkshopWithEverything(roundA, delegate, tokens),
                aWorkshopWithEverything(roundB, organiser, tokens));
    }

    private static Workshop aWorkshopWithEverything(Live.Round round, String author, Map<Who, String> tokens) {
        String organiser = tokens.get(Who.ORGANISER);
        String analyst = tokens.get(Who.ANALYST);
        long delegate = Delegates.aRegisteredDelegate(round.joinCode()).id();
        Delegates.aRegisteredDelegate(round.joinCode()); // breakout groups need two
        long note = Live.aNote(author, round, "Rumours spread faster than corrections.");
        long lesson = id(given().auth()
                .oauth2(organiser)
                .contentType("application/json")
                .body(Map.of(
                        "title",
                        "Brief crowds before the event",
                        "statement",
                        "Pre-event messages reduce rumours.",
                        "type",
                        "BEST_PRACTICE",
                        "noteIds",
                        List.of(note)))
                .post("/api/workshops/" + round.workshopId() + "/lessons")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
        Map<String, String> tag = Map.of("pattern", PATTERN, "stance", "SUPPORTS");
        long noteTag = id(given().auth()
                .oauth2(analyst)
                .contentType("application/json")
                .body(tag)
                .post("/api/notes/" + note + "/tags")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
        long lessonTag = id(given().auth()
                .oauth2(analyst)
                .contentType("application/json")
                .body(tag)
                .post("/api/lessons/" + lesson + "/tags")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
        long allocation = id(given().auth()
                .oauth2(organiser)
                .contentType("application/json")
                .body(Map.of("groups", 1))
                .post("/api/workshops/" + round.workshopId() + "/breakouts")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
        return new Workshop(
                round.workshopId(), round.sessionId(), delegate, note, lesson, noteTag, lessonTag, allocation);
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }
}
