package eu.medi4sec.hub.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * The workshop event log: every change people watch is appended here in the same transaction as the
 * change. Each event gets a number per workshop, 1, 2, 3, … without gaps, in the order the events
 * became visible, so a reader that has seen N has seen everything up to N and resumes after N.
 *
 * <p>Writers do not number: {@link #append} inserts the event unnumbered, and after the commit the
 * {@link Sequencer} numbers every committed event in one short transaction and sends the
 * notification ("workshop:lastSeq"; listeners read the rows). Numbering at insert under a per-workshop
 * counter row (as before) made one workshop's transactions commit one at a time, and a NOTIFY in every
 * writer took a database-wide lock at each commit; now a workshop's notes commit side by side. Readers
 * ({@link #after}, {@link #latest}) see only numbered events, which the sequencer publishes as a
 * prefix with no gap.
 */
@ApplicationScoped
public class EventLog {

    public static final String CHANNEL = "workshop_events";

    public record Event(
            long workshopId, long seq, String type, Long noteId, Long sessionId, Long lessonId, Instant createdAt) {}

    /** Marks a transaction that already wakes the sequencer when it commits. */
    private static final Object WAKES_SEQUENCER = new Object();

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    private final Sequencer sequencer;

    EventLog(EntityManager em, TransactionSynchronizationRegistry transactions, Sequencer sequencer) {
        this.em = em;
        this.transactions = transactions;
        this.sequencer = sequencer;
    }

    /**
     * Appends an event to the transaction that made the change; it is numbered and streamed once that
     * transaction commits, and vanishes with it on a rollback. Takes no lock: a workshop's writers
     * commit concurrently.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(long workshopId, String type, Long noteId, Long sessionId, Long lessonId) {
        em.createNativeQuery("""
                insert into workshop_event (workshop_id, type, note_id, session_id, lesson_id)
                values (:workshop, :type, :note, :session, :lesson)""")
                .setParameter("workshop", workshopId)
                .setParameter("type", type)
                .setParameter("note", noteId)
                .setParameter("session", sessionId)
                .setParameter("lesson", lessonId)
                .executeUpdate();
        numberOnCommit();
    }

    /**
     * Wakes this instance's sequencer when the current transaction commits. {@link #append} does this;
     * code that inserts into workshop_event with SQL of its own (seq left null) must call it too, or its
     * events wait for the sequencer's next poll.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void numberOnCommit() {
        if (transactions.getResource(WAKES_SEQUENCER) != null) {
            return;
        }
        transactions.putResource(WAKES_SEQUENCER, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    sequencer.wake();
                }
            }
        });
    }

    /** Numbered events after {@code afterSeq}, oldest first (events not yet numbered are not read). */
    public List<Event> after(long workshopId, long afterSeq, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select workshop_id, seq, type, note_id, session_id, lesson_id, created_at from workshop_event
                where workshop_id = :workshop and seq > :after order by seq limit :limit""")
                .setParameter("workshop", workshopId)
                .setParameter("after", afterSeq)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream()
                .map(r -> new Event(
                        ((Number) r[0]).longValue(),
                        ((Number) r[1]).longValue(),
                        (String) r[2],
                        r[3] == null ? null : ((Number) r[3]).longValue(),
                        r[4] == null ? null : ((Number) r[4]).longValue(),
                        r[5] == null ? null : ((Number) r[5]).longValue(),
                        toInstant(r[6])))
                .toList();
    }

    /** The workshop's last numbered event; 0 before its first. */
    public long latest(long workshopId) {
        Object seq = em.createNativeQuery(
                        "select coalesce(max(seq), 0) from workshop_event where workshop_id = :workshop")
                .setParameter("workshop", workshopId)
                .getSingleResult();
        return ((Number) seq).longValue();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return null;
    }
}
