package eu.medi4sec.hub.publication;

import java.time.Instant;
import java.util.List;

/** A published publication in the public index: what a reader needs to choose it, nothing for staff. */
public record PublicSummary(
        String title,
        String slug,
        PublicationKind kind,
        String kindLabel,
        List<Document.Named> themes,
        int version,
        Instant publishedAt,
        String introduction) {}
