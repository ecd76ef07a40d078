package eu.medi4sec.hub.note;

import eu.medi4sec.hub.delegate.DelegateErased;
import eu.medi4sec.hub.privacy.PersonalDataSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/**
 * A delegate's notes in their data export, exactly as stored (with their status and sensitivity);
 * and on erasure, the stored answers to their retried requests, which repeat their own view of their
 * notes. The notes themselves stay, as the workshop's knowledge.
 */
@ApplicationScoped
class NotePersonalData implements PersonalDataSection {

    record MyNote(
            long id,
            long sessionId,
            NoteKind kind,
            String text,
            NoteStatus status,
            Sensitivity sensitivity,
            boolean pinned,
            int votes,
            Long mergedInto,
            String publicationText,
            Instant createdAt,
            Instant updatedAt) {}

    private final EntityManager em;

    NotePersonalData(EntityManager em) {
        this.em = em;
    }

    @Override
    public String name() {
        return "notes";
    }

    @Override
    public List<MyNote> collect(long delegateId) {
        return Note.<Note>list("authorDelegateId = ?1 order by createdAt, id", delegateId).stream()
                .map(n -> new MyNote(
                        n.id,
                        n.sessionId,
                        n.kind,
                        n.text,
                        n.status,
                        n.sensitivity,
                        n.pinned,
                        n.votes,
                        n.mergedInto,
                        n.publicationText,
                        n.createdAt,
                        n.updatedAt))
                .toList();
    }

    void forget(@Observes DelegateErased erased) {
        em.createNativeQuery("delete from idempotency_key where caller = :caller")
                .setParameter("caller", "delegate:" + erased.delegateId())
                .executeUpdate();
    }
}
