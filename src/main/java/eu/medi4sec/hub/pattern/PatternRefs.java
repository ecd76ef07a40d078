package eu.medi4sec.hub.pattern;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Patterns named by slug from other features: which of the slugs exist, with their names. */
@ApplicationScoped
public class PatternRefs {

    /** The known patterns among these slugs, by slug, in the order given; unknown slugs are left out. */
    public Map<String, TagService.PatternRef> of(Collection<String> slugs) {
        if (slugs == null || slugs.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new LinkedHashMap<>();
        Pattern.<Pattern>list("slug in ?1", slugs).forEach(p -> names.put(p.slug, p.name));
        Map<String, TagService.PatternRef> found = new LinkedHashMap<>();
        for (String slug : slugs) {
            if (names.containsKey(slug)) {
                found.put(slug, new TagService.PatternRef(slug, names.get(slug)));
            }
        }
        return found;
    }
}
