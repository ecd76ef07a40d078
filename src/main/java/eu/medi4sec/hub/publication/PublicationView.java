package eu.medi4sec.hub.publication;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A publication as staff see it: its status and the moves it can make, its scope, its versions and,
 * for one publication, the document as publishing it now would freeze it ({@code document}).
 */
public record PublicationView(
        long id,
        String slug,
        String title,
        PublicationKind kind,
        String kindLabel,
        String introduction,
        List<String> themes,
        List<Long> workshops,
        PublicationStatus status,
        List<PublicationStatus> allowedTransitions,
        List<VersionSummary> versions,
        Integer latestVersion,
        long version,
        Instant createdAt,
        Instant updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) Document document) {

    /** One frozen version. */
    public record VersionSummary(int number, String title, Instant publishedAt, int references) {}

    public String etag() {
        return eu.medi4sec.hub.common.ETags.of(version);
    }
}
