package eu.medi4sec.hub.privacy;

import eu.medi4sec.hub.common.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Erasures, logged with ids, the time and the reason only: never what was erased. */
@ApplicationScoped
public class ErasureLog {

    public record Entry(long id, long delegateId, long workshopId, Instant erasedAt, ErasureReason reason) {}

    private final EntityManager em;

    ErasureLog(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long delegateId, long workshopId, Instant at, ErasureReason reason) {
        em.createNativeQuery("""
                insert into erasure_log (id, delegate_id, workshop_id, erased_at, reason)
                values (nextval('erasure_log_seq'), :delegate, :workshop, :at, :reason)""")
                .setParameter("delegate", delegateId)
                .setParameter("workshop", workshopId)
                .setParameter("at", at)
                .setParameter("reason", reason.name())
                .executeUpdate();
    }

    /** A workshop's erasures, oldest first. */
    public List<Entry> ofWorkshop(long workshopId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery("""
                select id, delegate_id, workshop_id, erased_at, reason from erasure_log
                where workshop_id = :workshop order by erased_at, id""").setParameter("workshop", workshopId).getResultList();
        return rows.stream()
                .map(r -> new Entry(
                        ((Number) r[0]).longValue(),
                        ((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue(),
                        Times.instant(r[3]),
                        ErasureReason.valueOf((String) r[4])))
                .toList();
    }
}
