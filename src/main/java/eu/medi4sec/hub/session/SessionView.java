package eu.medi4sec.hub.session;

import java.time.OffsetDateTime;

/** A session as staff and the workshop's delegates see it; times in the workshop's zone. */
public record SessionView(
        long id,
        long workshopId,
        String title,
        String prompt,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        Facilitator facilitator,
        int position,
        boolean roundOpen,
        java.time.Instant roundOpenedAt,
        java.time.Instant roundClosedAt) {

    public record Facilitator(long id, String displayName) {}
}
