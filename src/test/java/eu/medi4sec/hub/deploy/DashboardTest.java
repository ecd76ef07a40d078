package eu.medi4sec.hub.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * deploy/grafana/workshop-hub.json: it parses, works with whichever Prometheus data source the operator picks,
 * and shows the metrics operators were promised.
 */
class DashboardTest {

    static JsonNode dashboard;
    static List<JsonNode> panels;

    @BeforeAll
    static void readTheDashboard() throws IOException {
        dashboard = new ObjectMapper()
                .readTree(Path.of("deploy/grafana/workshop-hub.json").toFile());
        panels = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            panels.add(panel);
            panel.path("panels").forEach(panels::add); // panels inside collapsed rows
        }
    }

    static List<JsonNode> graphs() {
        return panels.stream()
                .filter(p -> !p.path("type").asText().equals("row"))
                .toList();
    }

    static List<String> expressions() {
        return graphs().stream()
                .flatMap(p -> StreamSupport.stream(p.path("targets").spliterator(), false))
                .map(t -> t.path("expr").asText())
                .toList();
    }

    @Test
    void theDataSourceIsChosenOnImport() {
        JsonNode variable = StreamSupport.stream(
                        dashboard.at("/templating/list").spliterator(), false)
                .filter(v -> v.path("name").asText().equals("datasource"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no datasource variable"));
        assertEquals("datasource", variable.path("type").asText());
        assertEquals("prometheus", variable.path("query").asText());
        assertFalse(graphs().isEmpty());
        for (JsonNode panel : graphs()) {
            String title = panel.path("title").asText();
            assertEquals("prometheus", panel.at("/datasource/type").asText(), title);
            assertEquals(
                    "${datasource}", panel.at("/datasource/uid").asText(), title + " names a data source of its own");
            assertFalse(panel.path("targets").isEmpty(), title + " has no query");
            for (JsonNode target : panel.path("targets")) {
                assertFalse(target.path("expr").asText().isBlank(), title + " has a query without a PromQL expression");
                assertTrue(balanced(target.path("expr").asText()), title + ": unbalanced brackets in " + target);
            }
        }
    }

    @Test
    void everyPromisedMetricIsOnAPanel() {
        List<String> expressions = expressions();
        for (String metric : Set.of(
                "http_server_requests_seconds_count",
                "http_server_requests_seconds_sum",
                "rate(workshophub_notes_submitted_total",
                "workshophub_events_delivered_total",
                "workshophub_events_sequenced_total",
                "workshophub_live_subscribers{",
                "by (workshop)",
                "workshophub_live_subscribers_dropped_total",
                "agroal_active_count",
                "agroal_available_count",
                "agroal_awaiting_count",
                "agroal_max_used_count",
                "jvm_memory_used_bytes")) {
            assertTrue(expressions.stream().anyMatch(e -> e.contains(metric)), "no panel shows " + metric);
        }
    }

    @Test
    void panelsDoNotOverlap() {
        List<JsonNode> all = panels;
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                JsonNode a = all.get(i).path("gridPos");
                JsonNode b = all.get(j).path("gridPos");
                boolean apart =
                        a.path("x").asInt() + a.path("w").asInt() <= b.path("x").asInt()
                                || b.path("x").asInt() + b.path("w").asInt()
                                        <= a.path("x").asInt()
                                || a.path("y").asInt() + a.path("h").asInt()
                                        <= b.path("y").asInt()
                                || b.path("y").asInt() + b.path("h").asInt()
                                        <= a.path("y").asInt();
                assertTrue(
                        apart,
                        all.get(i).path("title") + " overlaps " + all.get(j).path("title"));
            }
        }
    }

    static boolean balanced(String expr) {
        var open = new ArrayList<Character>();
        boolean quoted = false;
        for (char c : expr.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && "([{".indexOf(c) >= 0) {
                open.add(c);
            } else if (!quoted && ")]}".indexOf(c) >= 0) {
                if (open.isEmpty() || "([{".indexOf(open.remove(open.size() - 1)) != ")]}".indexOf(c)) {
                    return false;
                }
            }
        }
        return open.isEmpty() && !quoted;
    }
}
