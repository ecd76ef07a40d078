package eu.medi4sec.hub.delegate;

import eu.medi4sec.hub.common.CacheInvalidation;
import eu.medi4sec.hub.common.ProblemException;
import eu.medi4sec.hub.common.Times;
import eu.medi4sec.hub.privacy.ErasureLog;
import eu.medi4sec.hub.privacy.ErasureReason;
import eu.medi4sec.hub.workshop.WorkshopService;
import eu.medi4sec.hub.workshop.WorkshopView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Erases a delegate's personal data: their own fields become placeholders, their personal key and
 * delegate tokens stop working at once, every feature removes what it keeps about them
 * ({@link DelegateErased}, in the same transaction), and the erasure is logged with ids only. Their
 * notes and votes stay, attributed to "a delegate" of their sector. Erasing twice changes nothing.
 */
@ApplicationScoped
public class DelegateErasure {

    static final String ERASED =
            "Your personal data is erased: your name, email, organisation, country, job title and access needs are "
                    + "gone, and this personal link no longer works. Your notes and votes stay, attributed to "
                    + "\"a delegate\" of your sector.";

    private final DelegateService delegates;
    private final WorkshopService workshops;
    private final DoorThrottle throttle;
    private final ErasureLog log;
    private final Event<DelegateErased> erased;
    private final Clock clock;

    private final CacheInvalidation caches;

    DelegateErasure(
            DelegateService delegates,
            WorkshopService workshops,
            DoorThrottle throttle,
            ErasureLog log,
            Event<DelegateErased> erased,
            CacheInvalidation caches,
            Clock clock) {
        this.caches = caches;
        this.delegates = delegates;
        this.workshops = workshops;
        this.throttle = throttle;
        this.log = log;
        this.erased = erased;
        this.clock = clock;
    }

    /** The answer to an erasure, the same every time it is asked with the key that erased. */
    public record Erased(long delegateId, Instant erasedAt, String message) {}

    /**
     * Erasure asked for with the personal key. The same key asking again gets the same answer (a
     * no-op); it opens nothing else any more, so every other use of it is 401 like an unknown key.
     */
    @Transactional
    public Erased eraseByKey(String key) {
        String hash = PersonalKeys.hash(key.trim());
        Optional<Delegate> holder = Delegate.find("accessTokenHash", hash).firstResultOptional();
        if (holder.isEmpty()) {
            return Delegate.<Delegate>find("erasedKeyHash", hash)
                    .firstResultOptional()
                    .map(DelegateErasure::answer)
                    .orElseThrow(() -> ProblemException.unauthorized("This personal key is not valid."));
        }
        Delegate delegate = locked(holder.get().id);
        erase(delegate, ErasureReason.SELF, hash);
        return answer(delegate);
    }

    /** Erases one delegate for this reason; false if they were erased already. */
    @Transactional
    public boolean erase(long delegateId, ErasureReason reason) {
        return erase(locked(delegateId), reason, null);
    }

    /** The delegates of these workshops whose personal data is still held, at most {@code limit}. */
    public List<Long> notErased(List<Long> workshopIds, int limit) {
        if (workshopIds.isEmpty()) {
            return List.of();
        }
        return Delegate.<Delegate>find("workshopId in ?1 and erasedAt is null order by id", workshopIds)
                .page(0, limit)
                .stream()
                .map(d -> d.id)
                .toList();
    }

    /** How many of a workshop's delegates still have personal data held. */
    public long countNotErased(long workshopId) {
        return Delegate.count("workshopId = ?1 and erasedAt is null", workshopId);
    }

    private boolean erase(Delegate delegate, ErasureReason reason, String keyHash) {
        if (delegate.isErased()) {
            return false;
        }
        Instant now = Times.now(clock);
        String email = delegate.email;
        WorkshopView workshop = workshops.get(delegate.workshopId);
        boolean holdsAPlace = delegate.status == DelegateStatus.REGISTERED
                || delegate.status == DelegateStatus.WAITLISTED
                || delegate.status == DelegateStatus.INVITED;
        delegate.erase(now, keyHash);
        Delegate.flush();
        caches.changed(CacheInvalidation.DELEGATE, delegate.id);
        if (holdsAPlace && workshop.endsAt().toInstant().isAfter(now)) {
            // someone who leaves before the workshop is over gives up their place: the waitlist moves up
            delegates.cancel(delegate);
        }
        throttle.forgetEmail(email);
        log.record(delegate.id, delegate.workshopId, now, reason);
        erased.fire(new DelegateErased(delegate.id, delegate.workshopId));
        return true;
    }

    /** The delegate's row, locked and read afresh: two erasures of one delegate run one after the other. */
    private static Delegate locked(long delegateId) {
        Delegate delegate = Delegate.<Delegate>findByIdOptional(delegateId)
                .orElseThrow(() -> ProblemException.notFound("There is no delegate " + delegateId + "."));
        Delegate.getEntityManager().refresh(delegate, LockModeType.PESSIMISTIC_WRITE);
        return delegate;
    }

    private static Erased answer(Delegate delegate) {
        return new Erased(delegate.id, delegate.erasedAt, ERASED);
    }
}
