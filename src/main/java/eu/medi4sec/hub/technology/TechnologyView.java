package eu.medi4sec.hub.technology;

import eu.medi4sec.hub.common.ETags;
import eu.medi4sec.hub.pattern.TagService;
import java.time.Instant;
import java.util.List;

/** A catalogue entry as staff read it: {@code patterns} holds slugs, {@code relatedPatterns} the same with names. */
public record TechnologyView(
        long id,
        String slug,
        String name,
        TechnologyCategory category,
        String summary,
        String uses,
        String risks,
        String legalAndEthicalNotes,
        Maturity maturity,
        boolean openSource,
        List<String> themes,
        List<String> patterns,
        List<TagService.PatternRef> relatedPatterns,
        List<String> links,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public String etag() {
        return ETags.of(version);
    }

    public TagService.TechnologyRef ref() {
        return new TagService.TechnologyRef(slug, name);
    }
}
