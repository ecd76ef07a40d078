package eu.medi4sec.hub.workshop;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** A workshop as staff see it; times are given in the workshop's own time zone. */
public record WorkshopView(
        long id,
        String title,
        String theme,
        String description,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String timeZone,
        String venue,
        String onlineUrl,
        int capacity,
        Attribution attribution,
        boolean preModeration,
        int retentionDays,
        /** The day (in the workshop's time zone) its delegates' personal data is erased. */
        LocalDate eraseOn,
        WorkshopStatus status,
        String joinCode,
        long version,
        List<WorkshopStatus> allowedTransitions,
        Instant createdAt,
        Instant updatedAt) {

    static WorkshopView of(Workshop w) {
        ZoneId zone = ZoneId.of(w.timeZone);
        return new WorkshopView(
                w.id,
                w.title,
                w.theme,
                w.description,
                w.startsAt.atZone(zone).toOffsetDateTime(),
                w.endsAt.atZone(zone).toOffsetDateTime(),
                w.timeZone,
                w.venue,
                w.onlineUrl,
                w.capacity,
                w.attribution,
                w.preModeration,
                w.retentionDays,
                Retention.eraseAt(w.endsAt, w.retentionDays).atZone(zone).toLocalDate(),
                w.status,
                w.joinCode,
                w.version,
                w.status.next(),
                w.createdAt,
                w.updatedAt);
    }

    public String etag() {
        return eu.medi4sec.hub.common.ETags.of(version);
    }
}
