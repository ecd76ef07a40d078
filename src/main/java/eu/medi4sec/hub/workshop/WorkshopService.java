package eu.medi4sec.hub.workshop;

import eu.medi4sec.hub.common.CacheInvalidation;
import eu.medi4sec.hub.common.ETags;
import eu.medi4sec.hub.common.ProblemException;
import eu.medi4sec.hub.common.Times;
import eu.medi4sec.hub.common.Violations;
import eu.medi4sec.hub.theme.ThemeService;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class WorkshopService {

    private final ThemeService themes;

    private final Event<WorkshopStatusChanged> statusChanges;
    private final Clock clock;

    private final CacheInvalidation caches;

    WorkshopService(
            ThemeService themes, Event<WorkshopStatusChanged> statusChanges, CacheInvalidation caches, Clock clock) {
        this.caches = caches;
        this.statusChanges = statusChanges;
        this.themes = themes;
        this.clock = clock;
    }

    public record Filter(
            Optional<String> theme,
            Optional<WorkshopStatus> status,
            Optional<Instant> from,
            Optional<Instant> to,
            int page,
            int size) {}

    public record Listing(List<WorkshopView> workshops, long total) {}

    public Listing list(Filter filter) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        filter.theme().ifPresent(t -> {
            where.add("theme = :theme");
            params.and("theme", t);
        });
        filter.status().ifPresent(s -> {
            where.add("status = :status");
            params.and("status", s);
        });
        filter.from().ifPresent(f -> {
            where.add("startsAt >= :from");
            params.and("from", f);
        });
        filter.to().ifPresent(t -> {
            where.add("startsAt < :to");
            params.and("to", t);
        });
        String query = String.join(" and ", where);
        var found = Workshop.<Workshop>find(query, Sort.by("startsAt").and("id"), params.map());
        long total = found.count();
        List<WorkshopView> page = found.page(Page.of(filter.page(), filter.size())).list().stream()
                .map(WorkshopView::of)
                .toList();
        return new Listing(page, total);
    }

    public WorkshopView get(long id) {
        return WorkshopView.of(find(id));
    }

    public Optional<WorkshopView> findByJoinCode(String joinCode) {
        if (joinCode == null) {
            return Optional.empty();
        }
        String code = joinCode.trim().toUpperCase(java.util.Locale.ROOT);
        return Workshop.<Workshop>find("joinCode", code).firstResultOptional().map(WorkshopView::of);
    }

    /**
     * Reads a workshop and locks its row until the transaction ends, so that decisions about its seats
     * (register, promote) are taken one at a time.
     */
    public WorkshopView lockForSeats(long id) {
        return Workshop.<Workshop>findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .map(WorkshopView::of)
                .orElseThrow(() -> ProblemException.notFound("There is no workshop " + id + "."));
    }

    /** Workshops whose delegates' personal data is due for erasure at this time: ended longer ago than their retention. */
    public List<Long> pastRetention(Instant now) {
        List<Object[]> ended = Workshop.getEntityManager()
                .createQuery(
                        "select w.id, w.endsAt, w.retentionDays from Workshop w where w.endsAt <= :latest",
                        Object[].class)
                .setParameter("latest", now.minus(java.time.Duration.ofDays(Retention.MIN_DAYS)))
                .getResultList();
        return ended.stream()
                .filter(w -> !Retention.eraseAt((Instant) w[1], (Integer) w[2]).isAfter(now))
                .map(w -> (Long) w[0])
                .toList();
    }

    Workshop find(long id) {
        return Workshop.<Workshop>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("There is no workshop " + id + "."));
    }

    @Transactional
    public WorkshopView create(WorkshopRequest request) {
        validate(request);
        Workshop workshop = new Workshop();
        apply(request, workshop);
        workshop.joinCode = uniqueJoinCode();
        workshop.persist();
        return WorkshopView.of(workshop);
    }

    /**
     * Replaces a workshop's details. {@code expectedVersion} comes from If-Match (412 when stale) and the
     * body's {@code version} from a client that prefers a field (409 when stale).
     */
    @Transactional
    public WorkshopView update(long id, WorkshopRequest request, Optional<Long> ifMatchVersion) {
        Workshop workshop = find(id);
        ETags.requireFresh(workshop.version, ifMatchVersion, request.version(), "workshop");
        if (!workshop.status.isEditable()) {
            throw ProblemException.conflict("A " + workshop.status + " workshop can no longer be edited.");
        }
        validate(request);
        apply(request, workshop);
        workshop.updatedAt = Times.now(clock);
        Workshop.flush();
        caches.changed(CacheInvalidation.WORKSHOP, id);
        return WorkshopView.of(workshop);
    }

    @Transactional
    public WorkshopView transition(long id, WorkshopStatus target) {
        Workshop workshop = find(id);
        WorkshopStatus from = workshop.status;
        workshop.moveTo(target);
        Workshop.flush();
        caches.changed(CacheInvalidation.WORKSHOP, id);
        statusChanges.fire(new WorkshopStatusChanged(id, from, target));
        return WorkshopView.of(workshop);
    }

    @Transactional
    public void delete(long id) {
        Workshop workshop = find(id);
        if (workshop.status != WorkshopStatus.DRAFT) {
            throw ProblemException.conflict(
                    "Only a DRAFT workshop can be deleted; this one is " + workshop.status + ". Cancel it instead.");
        }
        workshop.delete();
        caches.changed(CacheInvalidation.WORKSHOP, id);
    }

    private void validate(WorkshopRequest request) {
        Violations violations = new Violations();
        violations.check(
                themes.exists(request.theme()), "theme", "'" + request.theme() + "' is not one of the six themes.");
        violations.check(request.endsAt().isAfter(request.startsAt()), "endsAt", "The end must be after the start.");
        violations.check(
                isZone(request.timeZone()),
                "timeZone",
                "'" + request.timeZone() + "' is not a time zone. Use an IANA name such as Europe/Brussels.");
        boolean hasVenue = request.venue() != null && !request.venue().isBlank();
        boolean hasUrl = request.onlineUrl() != null && !request.onlineUrl().isBlank();
        violations.check(hasVenue || hasUrl, "venue", "Give a venue, an online URL, or both.");
        violations.check(
                !hasUrl || isWebUrl(request.onlineUrl()),
                "onlineUrl",
                "The online URL must be a full http:// or https:// address.");
        violations.throwIfAny();
    }

    private static void apply(WorkshopRequest request, Workshop workshop) {
        workshop.title = request.title().trim();
        workshop.theme = request.theme();
        workshop.description = request.description() == null ? "" : request.description();
        workshop.startsAt = request.startsAt().toInstant();
        workshop.endsAt = request.endsAt().toInstant();
        workshop.timeZone = request.timeZone();
        workshop.venue = blankToNull(request.venue());
        workshop.onlineUrl = blankToNull(request.onlineUrl());
        workshop.capacity = request.capacity();
        workshop.attribution = request.attribution() == null ? Attribution.CHATHAM_HOUSE : request.attribution();
        workshop.preModeration = Boolean.TRUE.equals(request.preModeration());
        if (request.retentionDays() != null) {
            workshop.retentionDays = request.retentionDays();
        }
    }

    private static String uniqueJoinCode() {
        for (int attempt = 0; attempt < 20; attempt++) {
            String code = JoinCodes.next();
            if (Workshop.count("joinCode", code) == 0) {
                return code;
            }
        }
        throw new IllegalStateException("Could not find a free join code");
    }

    private static boolean isZone(String zone) {
        try {
            // Every IANA id (UTC and Etc/UTC included); offsets such as +01:00 and made-up names are not.
            return zone != null
                    && ZoneId.getAvailableZoneIds().contains(ZoneId.of(zone).getId());
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean isWebUrl(String url) {
        try {
            URI uri = URI.create(url.trim());
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
