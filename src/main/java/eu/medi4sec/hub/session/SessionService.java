package eu.medi4sec.hub.session;

import eu.medi4sec.hub.account.AccountService;
import eu.medi4sec.hub.account.AccountView;
import eu.medi4sec.hub.common.CacheInvalidation;
import eu.medi4sec.hub.common.ProblemException;
import eu.medi4sec.hub.common.Times;
import eu.medi4sec.hub.common.Violations;
import eu.medi4sec.hub.live.EventLog;
import eu.medi4sec.hub.workshop.WorkshopService;
import eu.medi4sec.hub.workshop.WorkshopStatus;
import eu.medi4sec.hub.workshop.WorkshopView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The agenda of a workshop: its sessions, in order, inside the workshop's time. */
@ApplicationScoped
public class SessionService {

    private final WorkshopService workshops;
    private final AccountService accounts;
    private final EventLog events;
    private final Clock clock;

    private final CacheInvalidation caches;

    SessionService(
            WorkshopService workshops,
            AccountService accounts,
            EventLog events,
            CacheInvalidation caches,
            Clock clock) {
        this.caches = caches;
        this.workshops = workshops;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    public List<SessionView> list(long workshopId) {
        WorkshopView workshop = workshops.get(workshopId);
        return AgendaSession.<AgendaSession>list(
                        "workshopId", Sort.by("position").and("id"), workshopId)
                .stream()
                .map(s -> view(s, workshop))
                .toList();
    }

    public SessionView get(long workshopId, long sessionId) {
        return view(find(workshopId, sessionId), workshops.get(workshopId));
    }

    AgendaSession find(long workshopId, long sessionId) {
        return AgendaSession.<AgendaSession>find("id = ?1 and workshopId = ?2", sessionId, workshopId)
                .firstResultOptional()
                .orElseThrow(() ->
                        ProblemException.notFound("Workshop " + workshopId + " has no session " + sessionId + "."));
    }

    @Transactional
    public SessionView create(long workshopId, SessionRequest request) {
        WorkshopView workshop = workshops.get(workshopId);
        validate(workshop, request);
        AgendaSession session = new AgendaSession();
        session.workshopId = workshopId;
        session.position = nextPosition(workshopId);
        apply(request, session);
        session.persist();
        return view(session, workshop);
    }

    @Transactional
    public SessionView update(long workshopId, long sessionId, SessionRequest request) {
        WorkshopView workshop = workshops.get(workshopId);
        AgendaSession session = find(workshopId, sessionId);
        validate(workshop, request);
        apply(request, session);
        caches.changed(CacheInvalidation.SESSION, sessionId);
        return view(session, workshop);
    }

    @Transactional
    public void delete(long workshopId, long sessionId) {
        find(workshopId, sessionId).delete();
        caches.changed(CacheInvalidation.SESSION, sessionId);
    }

    /** Puts the sessions in the given order; the list must name every session of the workshop once. */
    @Transactional
    public List<SessionView> reorder(long workshopId, List<Long> sessionIds) {
        workshops.get(workshopId);
        Map<Long, AgendaSession> sessions = AgendaSession.<AgendaSession>list("workshopId", workshopId).stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity()));
        if (sessionIds.size() != sessions.size() || !sessions.keySet().equals(new HashSet<>(sessionIds))) {
            throw ProblemException.invalid("sessionIds", "List every session of this workshop exactly once.");
        }
        for (int i = 0; i < sessionIds.size(); i++) {
            sessions.get(sessionIds.get(i)).position = i + 1;
        }
        return list(workshopId);
    }

    /** Opens (or closes) a session's round for notes; only while the workshop is LIVE. Repeating is harmless. */
    @Transactional
    public SessionView setRound(long workshopId, long sessionId, boolean open) {
        WorkshopView workshop = workshops.get(workshopId);
        AgendaSession session = find(workshopId, sessionId);
        if (workshop.status() != WorkshopStatus.LIVE) {
            throw ProblemException.conflict(
                    "Rounds open and close only while the workshop is LIVE; it is " + workshop.status() + ".");
        }
        if (session.roundOpen != open) {
            session.roundOpen = open;
            if (open) {
                session.roundOpenedAt = Times.now(clock);
            } else {
                session.roundClosedAt = Times.now(clock);
            }
            AgendaSession.flush();
            caches.changed(CacheInvalidation.SESSION, sessionId);
            SessionView changed = view(session, workshop);
            events.append(workshopId, open ? "round.opened" : "round.closed", null, sessionId, null);
            return changed;
        }
        return view(session, workshop);
    }

    private static int nextPosition(long workshopId) {
        Integer max = AgendaSession.getEntityManager()
                .createQuery("select max(s.position) from AgendaSession s where s.workshopId = :w", Integer.class)
                .setParameter("w", workshopId)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private void validate(WorkshopView workshop, SessionRequest request) {
        Violations violations = new Violations();
        violations.check(
                request.endsAt().isAfter(request.startsAt()), "endsAt", "The session must end after it starts.");
        violations.check(
                !request.startsAt().isBefore(workshop.startsAt())
                        && !request.startsAt().isAfter(workshop.endsAt()),
                "startsAt",
                "The session must start within the workshop (" + within(workshop) + ").");
        violations.check(
                !request.endsAt().isAfter(workshop.endsAt())
                        && !request.endsAt().isBefore(workshop.startsAt()),
                "endsAt",
                "The session must end within the workshop (" + within(workshop) + ").");
        if (request.facilitatorAccountId() != null) {
            violations.check(
                    accounts.exists(request.facilitatorAccountId()),
                    "facilitatorId",
                    "There is no staff account " + request.facilitatorAccountId() + ".");
        }
        violations.throwIfAny();
    }

    private static void apply(SessionRequest request, AgendaSession session) {
        session.title = request.title().trim();
        session.prompt = request.prompt() == null ? "" : request.prompt().trim();
        session.startsAt = request.startsAt().toInstant();
        session.endsAt = request.endsAt().toInstant();
        session.facilitatorId = request.facilitatorAccountId();
    }

    private SessionView view(AgendaSession s, WorkshopView workshop) {
        ZoneId zone = ZoneId.of(workshop.timeZone());
        SessionView.Facilitator facilitator = null;
        if (s.facilitatorId != null) {
            AccountView account = accounts.get(s.facilitatorId);
            facilitator = new SessionView.Facilitator(account.id(), account.displayName());
        }
        return new SessionView(
                s.id,
                s.workshopId,
                s.title,
                s.prompt,
                s.startsAt.atZone(zone).toOffsetDateTime(),
                s.endsAt.atZone(zone).toOffsetDateTime(),
                facilitator,
                s.position,
                s.roundOpen,
                s.roundOpenedAt,
                s.roundClosedAt);
    }

    private static String within(WorkshopView workshop) {
        return Times.readableSpan(workshop.startsAt(), workshop.endsAt(), workshop.timeZone());
    }
}
