package eu.medi4sec.hub.pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps suggestion quality from regressing, on a labelled set of delegate-style notes
 * (src/test/resources/suggestions/labelled-notes.json) against the seeded patterns. The measured
 * values are in BENCHMARKS.md; the floors sit a little below them.
 */
@QuarkusTest
class SuggestionPrecisionTest {

    static final double PRECISION_AT_3_FLOOR = 0.28;
    static final double HIT_RATE_AT_3_FLOOR = 0.78;

    record Labelled(String text, String kind, List<String> relevant) {}

    @Inject
    Suggestions suggestions;

    @Test
    void precisionAtThreeStaysAboveItsFloor() throws Exception {
        List<Labelled> set;
        try (InputStream in = getClass().getResourceAsStream("/suggestions/labelled-notes.json")) {
            set = new ObjectMapper().readValue(in, new TypeReference<>() {});
        }
        assertTrue(set.size() >= 60, "a labelled set of at least 60 notes");
        double precision = 0;
        int hits = 0;
        for (Labelled note : set) {
            List<String> top = suggestions.forText(note.text(), 3).stream()
                    .map(Suggestions.Suggestion::slug)
                    .toList();
            long relevant = top.stream().filter(note.relevant()::contains).count();
            precision += relevant / 3.0;
            hits += relevant > 0 ? 1 : 0;
        }
        precision /= set.size();
        double hitRate = (double) hits / set.size();
        System.out.printf(
                "suggestions: %d notes, precision@3 = %.3f, hit rate@3 = %.3f%n", set.size(), precision, hitRate);
        assertTrue(precision >= PRECISION_AT_3_FLOOR, "precision@3 " + precision);
        assertTrue(hitRate >= HIT_RATE_AT_3_FLOOR, "hit rate@3 " + hitRate);
    }
}
