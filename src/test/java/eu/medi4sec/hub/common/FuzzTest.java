package eu.medi4sec.hub.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.medi4sec.hub.support.Delegates;
import eu.medi4sec.hub.support.Live;
import eu.medi4sec.hub.support.Staff;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Malformed requests generated from the OpenAPI document, with a fixed seed so that every run sends the
 * same ones: every operation gets wrong types, nulls, overflowing numbers, control characters, invalid
 * UTF-8, deep nesting, oversized bodies, headers and lists, unknown enum values, bad dates, bad ids and bad
 * query parameters, mostly as an admin (to get past access control into validation), some anonymously and
 * some as a delegate. No answer may be a 5xx or a timeout, and every 4xx must be a problem for a person.
 */
@QuarkusTest
class FuzzTest {

    private static final long SEED = 20261130L;
    private static final int REQUESTS = 5200;
    private static final String PATTERN = "official-account-single-source";
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @TestHTTPResource("/")
    URL application;

    @TestHTTPResource(value = "/", management = true)
    URL management;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final ObjectMapper mapper = new ObjectMapper();

    /** An operation, with what the document says it takes. */
    record Operation(String method, String path, List<String> queryParameters, JsonNode bodySchema, String bodyType) {}

    /** One generated request and the category of damage it carries. */
    record Case(String category, String method, String path, Map<String, String> headers, byte[] body) {}

    /** {@code malformedUri}: sent over a plain socket, as java.net.URI refuses it. */
    record Outcome(Case sent, int status, String contentType, String body, String error, boolean malformedUri) {
        Outcome(Case sent, int status, String contentType, String body, String error) {
            this(sent, status, contentType, body, error, false);
        }
    }

    @Test
    void noMalformedRequestGetsA5xxOrATimeoutAndEvery4xxIsAProblem() throws Exception {
        JsonNode document = document();
        List<Operation> operations = operations(document);
        Map<String, String> ids = fixtures();
        String admin = ids.remove("adminToken");
        String delegate = ids.remove("delegateToken");

        Random random = new Random(SEED);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            Operation operation = operations.get(i % operations.size());
            int who = random.nextInt(10);
            String token = who < 8 ? admin : who == 8 ? null : delegate;
            cases.add(generate(i, operation, document, ids, token, random));
        }

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (Case c : cases) {
            futures.add(pool.submit(() -> send(c)));
        }
        Map<String, Integer> histogram = new TreeMap<>();
        Map<String, Integer> byCategory = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (Future<Outcome> future : futures) {
            Outcome outcome = future.get();
            byCategory.merge(outcome.sent().category(), 1, Integer::sum);
            histogram.merge(
                    outcome.error() != null
                            ? "timeout/error"
                            : outcome.status() + (outcome.malformedUri() ? " (bare, malformed address)" : ""),
                    1,
                    Integer::sum);
            String problem = judge(outcome);
            if (problem != null) {
                wrong.add(outcome.sent().category() + " " + outcome.sent().method() + " "
                        + shorten(outcome.sent().path()) + ": " + problem);
            }
        }
        pool.shutdown();
        System.out.println("FuzzTest: " + cases.size() + " requests over " + operations.size()
                + " operations; by category " + byCategory + "; statuses " + histogram);
        assertEquals(REQUESTS, cases.size());
        assertTrue(
                wrong.isEmpty(),
                wrong.size() + " answers were wrong:\n"
                        + String.join("\n", wrong.subList(0, Math.min(40, wrong.size()))));
    }

    private static String judge(Outcome outcome) {
        if (outcome.error() != null) {
            return "no answer: " + outcome.error();
        }
        if (outcome.status() >= 500) {
            return outcome.status() + " " + shorten(outcome.body());
        }
        if (outcome.malformedUri()) {
            // Quarkus's root handler answers an address that is not valid percent-encoding with a bare 400
            // before any application code runs (SECURITY.md): only the status is ours to check.
            return outcome.status() == 400 ? null : "a malformed address got " + outcome.status();
        }
        if (outcome.status() >= 400) {
            if (!"application/problem+json".equals(outcome.contentType())) {
                return outcome.status() + " with content type '" + outcome.contentType() + "'";
            }
            if (!outcome.body().matches("(?s).*\"(detail|title)\":\"[^\"]+.*")) {
                return outcome.status() + " without a detail: " + shorten(outcome.body());
            }
        }
        return null;
    }

    private static String shorten(String text) {
        return text == null ? "" : text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }

    // ---- sending -------------------------------------------------------------------------------------

    private Outcome send(Case c) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base(application) + c.path()))
                    .timeout(Duration.ofSeconds(20));
            c.headers().forEach(request::header);
            request.method(
                    c.method(),
                    c.body() == null
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(c.body()));
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            String type = response.headers().firstValue("Content-Type").orElse("");
            String body = "";
            try (InputStream in = response.body()) {
                // An event stream never ends: only errors are read.
                if (response.statusCode() >= 400) {
                    body = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
                }
            }
            return new Outcome(c, response.statusCode(), type.split(";")[0].trim(), body, null);
        } catch (IllegalArgumentException e) {
            // java.net.URI refuses a malformed percent-encoding: send it over a plain socket instead
            return sendRaw(c);
        } catch (Exception e) {
            return new Outcome(c, 0, "", "", e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }

    private Outcome sendRaw(Case c) {
        try (java.net.Socket socket = new java.net.Socket(application.getHost(), application.getPort())) {
            socket.setSoTimeout(20_000);
            StringBuilder head = new StringBuilder(
                    c.method() + " " + c.path() + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
            c.headers()
                    .forEach((name, value) ->
                            head.append(name).append(": ").append(value).append("\r\n"));
            head.append("Content-Length: ")
                    .append(c.body() == null ? 0 : c.body().length)
                    .append("\r\n\r\n");
            socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (c.body() != null) {
                socket.getOutputStream().write(c.body());
            }
            String response = new String(socket.getInputStream().readNBytes(64 * 1024), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            Matcher type = Pattern.compile("(?im)^content-type:\\s*([^;\\r]+)").matcher(response);
            int bodyStart = response.indexOf("\r\n\r\n");
            return new Outcome(
                    c,
                    status,
                    type.find() ? type.group(1).trim() : "",
                    bodyStart < 0 ? "" : response.substring(bodyStart + 4),
                    null,
                    true);
        } catch (Exception e) {
            return new Outcome(c, 0, "", "", "raw: " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }

    // ---- generating ----------------------------------------------------------------------------------

    private static final List<String> CATEGORIES = List.of(
            "wrong-type",
            "null",
            "number-overflow",
            "control-characters",
            "invalid-utf8",
            "deep-nesting",
            "oversized-body",
            "oversized-header",
            "unknown-enum",
            "bad-date",
            "bad-path-id",
            "bad-query",
            "bad-forwarded-for",
            "huge-list",
            "bad-json",
            "bad-headers");

    private Case generate(
            int index, Operation operation, JsonNode document, Map<String, String> ids, String token, Random random) {
        String category = CATEGORIES.get(index % CATEGORIES.size());
        if (category.equals("oversized-body") && index % (CATEGORIES.size() * 8) != 6) {
            category = "wrong-type"; // a few megabyte bodies are enough
        }
        Map<String, String> headers = new TreeMap<>();
        headers.put("X-Forwarded-For", "10.77." + random.nextInt(250) + "." + (1 + random.nextInt(250)));
        headers.put("Idempotency-Key", "fuzz-" + index);
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        String path = fill(operation.path(), ids);
        StringBuilder query = new StringBuilder();
        JsonNode body = operation.bodySchema() == null ? null : example(operation.bodySchema(), document, 0);
        byte[] raw = null;

        switch (category) {
            case "wrong-type" ->
                body = mutateField(
                        body,
                        random,
                        List.of(
                                JSON.numberNode(42),
                                JSON.textNode("x"),
                                JSON.booleanNode(true),
                                JSON.objectNode(),
                                JSON.arrayNode().add(1),
                                JSON.numberNode(1.5)));
            case "null" ->
                body = mutateField(
                        body,
                        random,
                        List.of(
                                JSON.nullNode(),
                                JSON.arrayNode().addNull(),
                                JSON.arrayNode().add(JSON.objectNode().putNull("type"))));
            case "number-overflow" -> {
                body = mutateField(
                        body,
                        random,
                        List.of(
                                JSON.numberNode(new java.math.BigInteger("99999999999999999999999999")),
                                JSON.numberNode(-1),
                                JSON.numberNode(Long.MIN_VALUE),
                                JSON.numberNode(1e308),
                                JSON.numberNode(2147483648L)));
                raw = body == null ? null : bytes(body).length > 0 ? bytes(body) : null;
                if (raw != null && random.nextBoolean()) {
                    raw = new String(raw, StandardCharsets.UTF_8)
                            .replaceFirst(":(-?\\d+(\\.\\d+)?)", ":1e400")
                            .getBytes(StandardCharsets.UTF_8);
                }
            }
            case "control-characters" -> {
                String[] nasty = {
                    "a\u0000b", "\u0001", "line\nbreak", "tab\there", "\u007f", "\u001b[31m", "\ud800", "a\r\nb"
                };
                body = mutateStrings(body, random, nasty[random.nextInt(nasty.length)]);
                for (String q : operation.queryParameters()) {
                    query.append(query.isEmpty() ? "?" : "&").append(q).append("=a%00b");
                }
                if (path.contains("/patterns/" + PATTERN) && random.nextBoolean()) {
                    path = path.replace(PATTERN, "a%00b");
                }
            }
            case "invalid-utf8" -> {
                String json = body == null
                        ? "{\"x\":\"?\"}"
                        : mutateStrings(body, random, "\uFFFF").toString();
                raw = json.replace("\uFFFF", "\u0001").getBytes(StandardCharsets.UTF_8);
                byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80
                };
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (byte b : raw) {
                    if (b == 1) {
                        out.write(bad, 0, bad.length);
                    } else {
                        out.write(b);
                    }
                }
                raw = out.toByteArray();
                query.append("?q=%C3%28%FF");
            }
            case "deep-nesting" -> raw = ("[".repeat(10_000) + "]".repeat(10_000)).getBytes(StandardCharsets.UTF_8);
            case "oversized-body" -> {
                raw = new byte[1_100_000];
                java.util.Arrays.fill(raw, (byte) ' ');
                raw[0] = '{';
                raw[raw.length - 1] = '}';
            }
            case "oversized-header" -> headers.put("X-Fuzz", "a".repeat(20_000 + random.nextInt(60_000)));
            case "unknown-enum" -> body = mutateEnums(body, operation.bodySchema(), document);
            case "bad-date" -> {
                String[] dates = {
                    "2027-13-45T25:61:00+01:00",
                    "2027-03-10T09:00:00",
                    "yesterday",
                    "2027-03-10T09:00:00+25:00",
                    "-999999999-01-01T00:00:00Z",
                    "+1000000000-01-01T00:00:00Z"
                };
                body = mutateDates(body, dates[random.nextInt(dates.length)]);
                String[] queryDates = {
                    "from=2027-02-30", "to=yesterday", "from=99999-01-01", "cursor=%%%", "page=-1", "size=99999999999"
                };
                query.append("?").append(queryDates[random.nextInt(queryDates.length)]);
            }
            case "bad-path-id" -> {
                String[] badIds = {
                    "99999999999999999999",
                    "-1",
                    "0",
                    "abc",
                    "1.5",
                    "0x10",
                    "%00",
                    "9223372036854775808",
                    "%zz",
                    "1%2F2",
                    "%C3%28"
                };
                path = operation.path().contains("{")
                        ? PARAMETER
                                .matcher(operation.path())
                                .replaceAll(m -> Matcher.quoteReplacement(badIds[random.nextInt(badIds.length)]))
                        : path + "/" + badIds[random.nextInt(badIds.length)];
            }
            case "bad-query" -> {
                String[] values = {
                    "99999999999999999999",
                    "-5",
                    "%00",
                    "%zz",
                    "x".repeat(3000),
                    "%C3%28",
                    "%FF%FE",
                    "[]",
                    "null",
                    "ZZZ"
                };
                List<String> names = new ArrayList<>(operation.queryParameters());
                names.add("unknown");
                for (String name : names) {
                    query.append(query.isEmpty() ? "?" : "&")
                            .append(name)
                            .append("=")
                            .append(values[random.nextInt(values.length)]);
                }
            }
            case "bad-forwarded-for" -> {
                String[] values = {
                    ",",
                    ",1.2.3.4",
                    "[",
                    "[::1",
                    "1.2.3.4:99999",
                    "garbage",
                    "::::",
                    "1.2.3.4, ",
                    "unknown",
                    "[::1]:x",
                    "1.2.3.4:-1",
                    "300.1.1.1",
                    " , , "
                };
                headers.put("X-Forwarded-For", values[random.nextInt(values.length)]);
                if (random.nextBoolean()) {
                    headers.put("Forwarded", "for=\"[bad\";proto=gopher;host=");
                    headers.put("X-Forwarded-Host", "");
                    headers.put("X-Forwarded-Port", "99999");
                }
            }
            case "huge-list" -> body = mutateArrays(body, 5_000 + random.nextInt(20_000));
            case "bad-json" -> {
                String[] texts = {
                    "{", "{\"a\":", "nul", "[1,2", "{\"a\":1}}", "\"text\"", "42", "{'a':1}", "{\"a\":01}", ""
                };
                raw = texts[random.nextInt(texts.length)].getBytes(StandardCharsets.UTF_8);
            }
            case "bad-headers" -> {
                String[] types = {
                    ";;;/",
                    "application/json; charset=nope",
                    "text/html",
                    "application/xml",
                    "application/json;;",
                    "*/*",
                    "a/b/c"
                };
                headers.put("Content-Type", types[random.nextInt(types.length)]);
                headers.put("Accept", random.nextBoolean() ? "image/png" : "application/json;q=x");
                headers.put("If-Match", random.nextBoolean() ? "\"" + "9".repeat(40) + "\"" : "garbage");
                headers.put("Idempotency-Key", "k".repeat(1 + random.nextInt(600)));
                headers.put("Last-Event-ID", random.nextBoolean() ? "-1" : "99999999999999999999999");
                if (random.nextInt(4) == 0) {
                    headers.put("Authorization", random.nextBoolean() ? "Bearer not.a.token" : "Basic Zm9vOmJhcg==");
                }
            }
            default -> throw new AssertionError(category);
        }
        if (raw == null && body != null) {
            raw = bytes(body);
        }
        if (raw != null && !(category.equals("bad-headers") && headers.containsKey("Content-Type"))) {
            headers.put("Content-Type", operation.bodyType() != null ? operation.bodyType() : "application/json");
        }
        if (raw != null && operation.method().equals("GET")) {
            raw = null; // a GET with a body is not something a client sends
        }
        if (raw != null && operation.method().equals("DELETE") && operation.bodySchema() == null) {
            raw = null;
        }
        if (raw == null) {
            headers.remove("Content-Type");
        }
        return new Case(category, operation.method(), path + query, headers, raw);
    }

    private byte[] bytes(JsonNode node) {
        try {
            return mapper.writeValueAsBytes(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A plausible value for a schema: the starting point that each category then damages. */
    private static JsonNode example(JsonNode schema, JsonNode document, int depth) {
        if (schema.has("$ref")) {
            return depth > 4 ? JSON.nullNode() : example(resolve(schema, document), document, depth + 1);
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").isArray()
                ? schema.path("type").get(0).asText()
                : schema.path("type").asText("object");
        return switch (type) {
            case "string" ->
                JSON.textNode(
                        schema.path("format").asText().equals("date-time") ? "2027-03-10T09:00:00+01:00" : "fuzz");
            case "integer", "number" -> JSON.numberNode(1);
            case "boolean" -> JSON.booleanNode(true);
            case "array" -> {
                ArrayNode array = JSON.arrayNode();
                array.add(example(schema.path("items"), document, depth + 1));
                yield array;
            }
            default -> {
                ObjectNode object = JSON.objectNode();
                schema.path("properties")
                        .fields()
                        .forEachRemaining(p -> object.set(p.getKey(), example(p.getValue(), document, depth + 1)));
                yield object;
            }
        };
    }

    private static JsonNode resolve(JsonNode schema, JsonNode document) {
        String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
        return document.path("components").path("schemas").path(name);
    }

    private static JsonNode mutateField(JsonNode body, Random random, List<JsonNode> replacements) {
        if (!(body instanceof ObjectNode object) || object.isEmpty()) {
            return replacements.get(random.nextInt(replacements.size()));
        }
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        object.set(names.get(random.nextInt(names.size())), replacements.get(random.nextInt(replacements.size())));
        return object;
    }

    private static JsonNode mutateStrings(JsonNode body, Random random, String nasty) {
        if (body == null) {
            return null;
        }
        if (body.isTextual()) {
            return JSON.textNode(nasty);
        }
        if (body instanceof ObjectNode object) {
            object.fields().forEachRemaining(e -> e.setValue(mutateStrings(e.getValue(), random, nasty)));
        } else if (body instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, mutateStrings(array.get(i), random, nasty));
            }
        }
        return body;
    }

    private static JsonNode mutateEnums(JsonNode body, JsonNode schema, JsonNode document) {
        if (!(body instanceof ObjectNode object)) {
            return body;
        }
        JsonNode properties = (schema.has("$ref") ? resolve(schema, document) : schema).path("properties");
        properties.fields().forEachRemaining(p -> {
            JsonNode property = p.getValue().has("$ref") ? resolve(p.getValue(), document) : p.getValue();
            if (property.has("enum") || p.getValue().has("$ref") && property.has("enum")) {
                object.put(p.getKey(), "NO_SUCH_VALUE");
            }
        });
        if (object.has("to") || object.has("stance") || object.has("kind")) {
            return object;
        }
        object.put("status", "NO_SUCH_VALUE");
        return object;
    }

    private static JsonNode mutateDates(JsonNode body, String date) {
        if (body instanceof ObjectNode object) {
            object.fields().forEachRemaining(e -> {
                if (e.getKey().endsWith("At")
                        || e.getKey().equals("from")
                        || e.getKey().equals("to")) {
                    e.setValue(JSON.textNode(date));
                }
            });
        }
        return body;
    }

    private static JsonNode mutateArrays(JsonNode body, int size) {
        if (body instanceof ObjectNode object) {
            object.fields().forEachRemaining(e -> {
                if (e.getValue().isArray()) {
                    ArrayNode array = JSON.arrayNode();
                    for (int i = 0; i < size; i++) {
                        array.add(i);
                    }
                    e.setValue(array);
                }
            });
        }
        return body;
    }

    // ---- the document and the fixtures ------------------------------------------------------------------

    private JsonNode document() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base(management) + "/openapi?format=json"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return mapper.readTree(response.body());
    }

    private static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        document.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
                    String method = entry.getKey().toUpperCase(java.util.Locale.ROOT);
                    if (!List.of("GET", "PUT", "POST", "DELETE", "PATCH").contains(method)) {
                        return;
                    }
                    JsonNode operation = entry.getValue();
                    List<String> query = new ArrayList<>();
                    operation.path("parameters").forEach(p -> {
                        if (p.path("in").asText().equals("query")) {
                            query.add(p.path("name").asText());
                        }
                    });
                    JsonNode content = operation.path("requestBody").path("content");
                    String bodyType =
                            content.isMissingNode() || !content.fieldNames().hasNext()
                                    ? null
                                    : content.has("application/json")
                                            ? "application/json"
                                            : content.fieldNames().next();
                    JsonNode schema =
                            bodyType == null ? null : content.path(bodyType).path("schema");
                    operations.add(new Operation(method, path.getKey(), query, schema, bodyType));
                }));
        // Deletions last would still leave them early in the cycle; their 404s later are answers too.
        Collections.sort(
                operations,
                java.util.Comparator.comparing((Operation o) -> o.method().equals("DELETE"))
                        .thenComparing(Operation::path));
        return operations;
    }

    /** Real ids for path parameters, and the tokens. */
    private static Map<String, String> fixtures() {
        Staff.SignedIn admin = Staff.anAdmin();
        Live.Round round = Live.anOpenRound(admin.token());
        String delegate = Live.aDelegateIn(round);
        long note = Live.aNote(delegate, round, "Rumours spread faster than corrections.");
        long lesson = ((Number) given().auth()
                        .oauth2(admin.token())
                        .contentType("application/json")
                        .body(Map.of(
                                "title",
                                "Brief crowds",
                                "statement",
                                "Pre-event messages reduce rumours.",
                                "type",
                                "BEST_PRACTICE"))
                        .post("/api/workshops/" + round.workshopId() + "/lessons")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        long other = Delegates.aRegisteredDelegate(round.joinCode()).id();
        Map<String, String> ids = new TreeMap<>();
        ids.put("adminToken", admin.token());
        ids.put("delegateToken", delegate);
        ids.put("id", Long.toString(round.workshopId()));
        ids.put("workshopId", Long.toString(round.workshopId()));
        ids.put("sessionId", Long.toString(round.sessionId()));
        ids.put("noteId", Long.toString(note));
        ids.put("lessonId", Long.toString(lesson));
        ids.put("delegateId", Long.toString(other));
        ids.put("slug", PATTERN);
        ids.put("tagId", "1");
        ids.put("allocationId", "1");
        return ids;
    }

    private static String fill(String path, Map<String, String> ids) {
        return PARAMETER.matcher(path).replaceAll(m -> Matcher.quoteReplacement(ids.getOrDefault(m.group(1), "1")));
    }

    private static String base(URL url) {
        return url.toString().replaceAll("/+$", "");
    }
}
