package eu.medi4sec.hub.note;

import eu.medi4sec.hub.common.CacheInvalidation;
import eu.medi4sec.hub.common.LocalCache;
import eu.medi4sec.hub.session.SessionView;
import eu.medi4sec.hub.workshop.Attribution;
import eu.medi4sec.hub.workshop.WorkshopStatus;
import eu.medi4sec.hub.workshop.WorkshopView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * What does not change during a round, as this instance last read it: the workshop's status and rules for
 * notes, and whether a session's round is open. Filled by the note path's slow path, forgotten on notice
 * ({@link CacheInvalidation}); a hint only: the fast path's guarded insert checks the same rows again.
 */
@ApplicationScoped
class RoundCache implements CacheInvalidation.Listener {

    record WorkshopFacts(long id, WorkshopStatus status, boolean preModeration, Attribution attribution) {}

    record SessionFacts(long id, long workshopId, boolean roundOpen) {}

    private final LocalCache<WorkshopFacts> workshops = new LocalCache<>(10_000);
    private final LocalCache<SessionFacts> sessions = new LocalCache<>(100_000);

    Optional<WorkshopFacts> workshop(long id) {
        return workshops.get(id);
    }

    Optional<SessionFacts> session(long id) {
        return sessions.get(id);
    }

    long workshopsReadAt() {
        return workshops.generation();
    }

    long sessionsReadAt() {
        return sessions.generation();
    }

    void keep(WorkshopView workshop, long readAt) {
        workshops.put(
                workshop.id(),
                new WorkshopFacts(workshop.id(), workshop.status(), workshop.preModeration(), workshop.attribution()),
                readAt);
    }

    void keep(SessionView session, long readAt) {
        sessions.put(session.id(), new SessionFacts(session.id(), session.workshopId(), session.roundOpen()), readAt);
    }

    void forgetRound(long workshopId, long sessionId) {
        workshops.forget(workshopId);
        sessions.forget(sessionId);
    }

    @Override
    public void forget(String kind, long id) {
        switch (kind) {
            case CacheInvalidation.WORKSHOP -> workshops.forget(id);
            case CacheInvalidation.SESSION -> sessions.forget(id);
            default -> {}
        }
    }

    @Override
    public void forgetAll() {
        workshops.clear();
        sessions.clear();
    }
}
