package eu.medi4sec.hub.pattern;

import java.time.Instant;
import java.util.List;

record PatternView(
        long id,
        String slug,
        String name,
        String summary,
        String context,
        String problem,
        String forces,
        String solution,
        String consequences,
        String examples,
        String roles,
        List<String> themes,
        PatternStatus status,
        long version,
        List<RelationView> relations,
        Instant createdAt,
        Instant updatedAt) {

    /** A relation as seen from this pattern: OUTGOING "this COMPLEMENTS that", or INCOMING "that COMPLEMENTS this". */
    public record RelationView(RelationType type, String direction, String slug, String name) {}

    public String etag() {
        return eu.medi4sec.hub.common.ETags.of(version);
    }
}
