package eu.medi4sec.hub.privacy;

import eu.medi4sec.hub.common.Times;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Admins are the only ones shown a note's stored author, and each time they are it is recorded: who
 * looked, at which note, when. Sightings are gathered per request and written in one insert. Outside a
 * request (the live feed, rendered on the hub's one loader thread for every open stream) they are queued
 * and written together at most {@link #LIVE_FLUSH_MS} ms later, off that thread: a transaction per
 * admin stream per event held up every stream of the instance. The queue is written at shutdown too; a
 * killed instance loses at most that last moment's sightings of its admins' live feeds.
 */
@ApplicationScoped
public class AuthorAccessLog {

    private static final Logger LOG = Logger.getLogger(AuthorAccessLog.class);

    public record Access(long id, long accountId, long noteId, Instant accessedAt) {}

    public record Filter(Optional<Long> noteId, Optional<Long> accountId, int page, int size) {}

    public record Page(List<Access> items, long total) {}

    /** How long a live-feed sighting may wait in the queue before it is written. */
    static final long LIVE_FLUSH_MS = 500;

    private record Sighting(long accountId, long noteId) {}

    private final Queue<Sighting> liveSightings = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean flushQueued = new AtomicBoolean();
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "author-access-writer");
        t.setDaemon(true);
        return t;
    });
    private final EntityManager em;
    private final Clock clock;

    AuthorAccessLog(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** This admin account was shown the stored author of this note. */
    public void saw(long accountId, long noteId) {
        if (Arc.container().requestContext().isActive()) {
            Arc.container().instance(AuthorAccessBatch.class).get().add(accountId, noteId);
        } else {
            liveSightings.add(new Sighting(accountId, noteId));
            if (flushQueued.compareAndSet(false, true)) {
                try {
                    writer.schedule(this::flushLive, LIVE_FLUSH_MS, TimeUnit.MILLISECONDS);
                } catch (RejectedExecutionException stopping) {
                    flushQueued.set(false);
                    flushLive();
                }
            }
        }
    }

    /** Writes the queued live-feed sightings, one insert per admin account. */
    void flushLive() {
        flushQueued.set(false);
        Map<Long, Set<Long>> byAccount = new LinkedHashMap<>();
        for (Sighting s = liveSightings.poll(); s != null; s = liveSightings.poll()) {
            byAccount.computeIfAbsent(s.accountId(), a -> new LinkedHashSet<>()).add(s.noteId());
        }
        byAccount.forEach((account, notes) -> {
            try {
                record(account, notes);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not record that admin account %d was shown the authors of %s", account, notes);
            }
        });
    }

    void stop(@Observes ShutdownEvent event) {
        writer.shutdownNow();
        flushLive();
    }

    /** One insert for all the notes, in a transaction of its own: the audit does not depend on the caller's. */
    void record(long accountId, Collection<Long> noteIds) {
        if (noteIds.isEmpty()) {
            return;
        }
        String ids = noteIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        Instant now = Times.now(clock);
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                        insert into author_access (account_id, note_id, accessed_at)
                        select :account, seen.id, :at
                        from unnest(cast(string_to_array(:ids, ',') as bigint[])) as seen(id)""")
                        .setParameter("account", accountId)
                        .setParameter("ids", ids)
                        .setParameter("at", now)
                        .executeUpdate());
    }

    /** Newest first, a page at a time. */
    public Page find(Filter filter) {
        StringBuilder where = new StringBuilder(" where true");
        filter.noteId().ifPresent(n -> where.append(" and note_id = :note"));
        filter.accountId().ifPresent(a -> where.append(" and account_id = :account"));
        var count = em.createNativeQuery("select count(*) from author_access" + where);
        var select = em.createNativeQuery("select id, account_id, note_id, accessed_at from author_access" + where
                + " order by accessed_at desc, id desc limit :limit offset :offset");
        for (var query : List.of(count, select)) {
            filter.noteId().ifPresent(n -> query.setParameter("note", n));
            filter.accountId().ifPresent(a -> query.setParameter("account", a));
        }
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.setParameter("limit", filter.size())
                .setParameter("offset", (long) filter.page() * filter.size())
                .getResultList();
        List<Access> items = rows.stream()
                .map(r -> new Access(
                        ((Number) r[0]).longValue(),
                        ((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue(),
                        Times.instant(r[3])))
                .toList();
        return new Page(items, total);
    }
}
