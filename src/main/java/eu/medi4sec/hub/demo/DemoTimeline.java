package eu.medi4sec.hub.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;

/**
 * Puts the demo's record at believable times. The services stamp everything "now", so a story played
 * through them at startup would have every note of a morning, and a whole workshop from earlier in the
 * year, written in the same second. Demo-only: this is the one place that writes other features'
 * tables directly, and only their timestamps, in the seeding transaction.
 */
@ApplicationScoped
class DemoTimeline {

    private final EntityManager em;

    DemoTimeline(EntityManager em) {
        this.em = em;
    }

    /** Spreads a session's notes evenly between two instants, in the order they were sent. */
    @Transactional(Transactional.TxType.MANDATORY)
    void notesBetween(long sessionId, Instant from, Instant to) {
        em.flush();
        em.createNativeQuery("""
                update note n set created_at = t.at, updated_at = t.at
                from (select id, cast(:from as timestamptz) + make_interval(secs => :span * row_number() over (order by id)
                          / (count(*) over () + 1)) as at
                      from note where session_id = :session) t
                where n.id = t.id""")
                .setParameter("from", from)
                .setParameter("span", (double) Duration.between(from, to).toSeconds())
                .setParameter("session", sessionId)
                .executeUpdate();
    }

    /** When a session's round was opened and, unless it is still open, closed. */
    @Transactional(Transactional.TxType.MANDATORY)
    void round(long sessionId, Instant opened, Instant closed) {
        em.flush();
        em.createNativeQuery(
                        "update agenda_session set round_opened_at = :opened, round_closed_at = :closed where id = :id")
                .setParameter("opened", opened)
                .setParameter("closed", closed)
                .setParameter("id", sessionId)
                .executeUpdate();
    }

    /**
     * A workshop's registrations one {@code step} apart, in the order they were made (which keeps the
     * waitlist's order). A promotion off the waitlist and a cancellation keep their own times.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void registrations(long workshopId, Instant first, Duration step) {
        em.flush();
        em.createNativeQuery("""
                update delegate d set created_at = t.at, consented_at = t.at,
                    registered_at = case when d.registered_at is not null and d.promoted_at is null then t.at else d.registered_at end,
                    waitlisted_at = case when d.waitlisted_at is not null then t.at end
                from (select id, cast(:first as timestamptz) + make_interval(secs => :step * (row_number() over (order by id) - 1)) as at
                      from delegate where workshop_id = :workshop and consented_at is not null) t
                where d.id = t.id""")
                .setParameter("first", first)
                .setParameter("step", (double) step.toSeconds())
                .setParameter("workshop", workshopId)
                .executeUpdate();
        // the consent history says the same as the delegate rows
        em.createNativeQuery("""
                update consent_record c set accepted_at = d.consented_at
                from delegate d where d.id = c.delegate_id and d.workshop_id = :workshop and d.consented_at is not null""").setParameter("workshop", workshopId).executeUpdate();
    }

    /** A workshop's check-ins one {@code step} apart. */
    @Transactional(Transactional.TxType.MANDATORY)
    void checkIns(long workshopId, Instant first, Duration step) {
        em.flush();
        em.createNativeQuery("""
                update delegate d set checked_in_at = t.at
                from (select id, cast(:first as timestamptz) + make_interval(secs => :step * (row_number() over (order by id) - 1)) as at
                      from delegate where workshop_id = :workshop and checked_in_at is not null) t
                where d.id = t.id""")
                .setParameter("first", first)
                .setParameter("step", (double) step.toSeconds())
                .setParameter("workshop", workshopId)
                .executeUpdate();
    }

    /**
     * Moves the rest of a past workshop's record to its day: the workshop row, votes, lessons and their
     * endorsements, tags, moderation and the event log at {@code at}; the breakout allocation at
     * {@code breakoutsAt}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void restOfRecord(long workshopId, Instant createdAt, Instant at, Instant breakoutsAt) {
        em.flush();
        run("update workshop set created_at = :created, updated_at = :at where id = :w", workshopId, at, createdAt);
        run(
                "update note_vote set created_at = :at where note_id in (select id from note where workshop_id = :w)",
                workshopId,
                at,
                null);
        run("update lesson set created_at = :at, updated_at = :at where workshop_id = :w", workshopId, at, null);
        run(
                "update lesson_endorsement set created_at = :at where lesson_id in (select id from lesson where workshop_id = :w)",
                workshopId,
                at,
                null);
        run("update pattern_tag set tagged_at = :at where workshop_id = :w", workshopId, at, null);
        run("update moderation_action set created_at = :at where workshop_id = :w", workshopId, at, null);
        run("update workshop_event set created_at = :at where workshop_id = :w", workshopId, at, null);
        run("update breakout_allocation set created_at = :at where workshop_id = :w", workshopId, breakoutsAt, null);
    }

    private void run(String sql, long workshopId, Instant at, Instant created) {
        var query = em.createNativeQuery(sql).setParameter("w", workshopId).setParameter("at", at);
        if (created != null) {
            query.setParameter("created", created);
        }
        query.executeUpdate();
    }
}
