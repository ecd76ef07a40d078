package eu.medi4sec.hub.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * The workshop event log: every change people watch is appended here in the same transaction as the
 * change. Sequence numbers are per workshop and only grow; they are handed out under a row lock on
 * the workshop's counter, so they are also in commit order and a reader that has seen N has seen
 * everything up to N. The NOTIFY carries only "workshop:seq"; listeners read the rows.
 */
@ApplicationScoped
public class EventLog {

    public static final String CHANNEL = "workshop_events";

    public record Event(
            long workshopId, long seq, String type, Long noteId, Long sessionId, Long lessonId, Instant createdAt) {}

    private final EntityManager em;

    EventLog(EntityManager em) {
        this.em = em;
    }

    /**
     * Appends an event; must run inside the transaction that made the change, as its last statement:
     * the workshop's counter row stays locked until the commit, so whatever runs after it runs
     * one workshop-transaction at a time.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long append(long workshopId, String type, Long noteId, Long sessionId, Long lessonId) {
        em.flush();
        Object seq = em
                .createNativeQuery("""
                with counter as (
                    insert into workshop_event_counter (workshop_id, last_seq) values (:workshop, 1)
                    on conflict (workshop_id) do update set last_seq = workshop_event_counter.last_seq + 1
                    returning last_seq),
                event as (
                    insert into workshop_event (workshop_id, seq, type, note_id, session_id, lesson_id)
                    select :workshop, last_seq, :type, :note, :session, :lesson from counter
                    returning seq)
                select seq, pg_notify(:channel, :workshop || ':' || seq) from event""")
                .setParameter("workshop", workshopId)
                .setParameter("type", type)
                .setParameter("note", noteId)
                .setParameter("session", sessionId)
                .setParameter("lesson", lessonId)
                .setParameter("channel", CHANNEL)
                .getResultList()
                .stream()
                .map(row -> ((Object[]) row)[0])
                .findFirst()
                .orElseThrow();
        return ((Number) seq).longValue();
    }

    /** Events after {@code afterSeq}, oldest first. */
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
