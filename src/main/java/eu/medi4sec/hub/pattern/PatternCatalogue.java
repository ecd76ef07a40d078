package eu.medi4sec.hub.pattern;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/** The Pattern Language as other features list it (codebooks, exports): every pattern, by name. */
@ApplicationScoped
public class PatternCatalogue {

    public record Entry(String slug, String name, String summary, List<String> themes, boolean draft) {}

    public List<Entry> all() {
        return Pattern.<Pattern>listAll().stream()
                .sorted(Comparator.comparing((Pattern p) -> p.name).thenComparing(p -> p.slug))
                .map(p -> new Entry(
                        p.slug,
                        p.name,
                        p.summary,
                        List.copyOf(new TreeSet<>(p.themes)),
                        p.status == PatternStatus.DRAFT))
                .toList();
    }
}
