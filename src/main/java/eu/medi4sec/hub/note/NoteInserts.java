package eu.medi4sec.hub.note;

import eu.medi4sec.hub.delegate.DelegateCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;

/**
 * The note path's one write: claims the Idempotency-Key with the finished response, inserts the note and
 * appends its unnumbered "note.created" event (as {@code EventLog.append} would; the caller wakes the
 * sequencer), in one statement guarded by what the caches said: the workshop still LIVE with the same rules
 * for notes, the round still open, the author still an active delegate with the same author line. So a cache
 * that is late never lets a note in that the database would refuse: the statement then inserts nothing and
 * says why.
 */
@ApplicationScoped
class NoteInserts {

    /** What the statement did: whether the rows still said what the caches said, and whether it inserted. */
    record Outcome(boolean guardsHeld, boolean inserted) {}

    private static final String GUARDS = """
            with ok as (
                select exists (select 1 from workshop w where w.id = ? and w.status = 'LIVE'
                                 and w.pre_moderation = ? and w.attribution = ?)
                   and exists (select 1 from agenda_session s where s.id = ? and s.workshop_id = ? and s.round_open)
                   and %s as held),
            """;

    private static final String DELEGATE_GUARD = """
            exists (select 1 from delegate d where d.id = ? and d.workshop_id = ? and d.status = 'REGISTERED'
                      and d.erased_at is null and d.name = ? and d.organisation = ? and d.sector = ?)""";

    private static final String CLAIM_AND_INSERT = """
            claim as (
                insert into idempotency_key (caller, key, request_hash, status, body)
                select ?, ?, ?, 201, ? from ok where ok.held
                on conflict do nothing
                returning 1),
            inserted as (
                insert into note (id, workshop_id, session_id, author_delegate_id, author_account_id, kind, text,
                                  status, pinned, votes, client_key, sensitivity, sensitivity_reason,
                                  created_at, updated_at)
                select ?, ?, ?, ?, ?, ?, ?, ?, false, 0, ?, ?, ?, ?, ? from claim
                returning id, workshop_id, session_id),
            event as (
                insert into workshop_event (workshop_id, type, note_id, session_id, lesson_id)
                select workshop_id, 'note.created', id, session_id, null from inserted)
            select ok.held, (select count(*) from inserted) from ok""";

    private static final String BY_DELEGATE = GUARDS.formatted(DELEGATE_GUARD) + CLAIM_AND_INSERT;
    private static final String BY_STAFF = GUARDS.formatted("true") + CLAIM_AND_INSERT;

    private final EntityManager em;

    NoteInserts(EntityManager em) {
        this.em = em;
    }

    /** The id the note will have, from Hibernate's pooled sequence (one database call per 50 notes). */
    @Transactional(Transactional.TxType.MANDATORY)
    long nextId(Note note) {
        SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
        var generator = (BeforeExecutionGenerator) session.getFactory()
                .getMappingMetamodel()
                .getEntityDescriptor(Note.class)
                .getGenerator();
        return ((Number) generator.generate(session, note, null, EventType.INSERT)).longValue();
    }

    /**
     * Claims the key with {@code body} as its response, inserts the note and its event, if the rows still hold
     * what the caches said ({@code rules}, and {@code author} for a delegate's note). When it inserted, the
     * caller must wake the sequencer on commit ({@code EventLog.numberOnCommit}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Outcome insert(
            Note note,
            String caller,
            String fingerprint,
            String body,
            RoundCache.WorkshopFacts rules,
            DelegateCache.Active author) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(author != null ? BY_DELEGATE : BY_STAFF)) {
                int i = 0;
                statement.setLong(++i, note.workshopId);
                statement.setBoolean(++i, rules.preModeration());
                statement.setString(++i, rules.attribution().name());
                statement.setLong(++i, note.sessionId);
                statement.setLong(++i, note.workshopId);
                if (author != null) {
                    statement.setLong(++i, author.id());
                    statement.setLong(++i, note.workshopId);
                    statement.setString(++i, author.name());
                    statement.setString(++i, author.organisation());
                    statement.setString(++i, author.sector().name());
                }
                statement.setString(++i, caller);
                statement.setObject(++i, note.clientKey);
                statement.setString(++i, fingerprint);
                statement.setString(++i, body);
                statement.setLong(++i, note.id);
                statement.setLong(++i, note.workshopId);
                statement.setLong(++i, note.sessionId);
                setLong(statement, ++i, note.authorDelegateId);
                setLong(statement, ++i, note.authorAccountId);
                statement.setString(++i, note.kind.name());
                statement.setString(++i, note.text);
                statement.setString(++i, note.status.name());
                statement.setObject(++i, note.clientKey);
                statement.setString(++i, note.sensitivity.name());
                statement.setString(++i, note.sensitivityReason);
                statement.setObject(++i, OffsetDateTime.ofInstant(note.createdAt, ZoneOffset.UTC));
                statement.setObject(++i, OffsetDateTime.ofInstant(note.updatedAt, ZoneOffset.UTC));
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    return new Outcome(row.getBoolean(1), row.getLong(2) == 1);
                }
            }
        });
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws java.sql.SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
