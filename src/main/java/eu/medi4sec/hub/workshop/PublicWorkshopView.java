package eu.medi4sec.hub.workshop;

import java.time.OffsetDateTime;

/** What delegates and would-be delegates may see of a workshop: no join code, no internals. */
public record PublicWorkshopView(
        long id,
        String title,
        String theme,
        String description,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String timeZone,
        String venue,
        String onlineUrl,
        Attribution attribution,
        WorkshopStatus status) {

    public static PublicWorkshopView of(WorkshopView w) {
        return new PublicWorkshopView(
                w.id(),
                w.title(),
                w.theme(),
                w.description(),
                w.startsAt(),
                w.endsAt(),
                w.timeZone(),
                w.venue(),
                w.onlineUrl(),
                w.attribution(),
                w.status());
    }
}
