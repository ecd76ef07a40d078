package eu.medi4sec.hub.privacy;

import eu.medi4sec.hub.common.Times;
import eu.medi4sec.hub.workshop.Attribution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

/** The history of a delegate's consents: every version of the notice they accepted, and when. */
@ApplicationScoped
public class ConsentRecords {

    private final EntityManager em;

    ConsentRecords(EntityManager em) {
        this.em = em;
    }

    /** Records an acceptance; accepting a version again keeps the first time it was accepted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long delegateId, int noticeVersion, Attribution attribution, Instant at) {
        em.createNativeQuery("""
                insert into consent_record (delegate_id, notice_version, attribution, accepted_at)
                values (:delegate, :version, :attribution, :at)
                on conflict (delegate_id, notice_version) do nothing""")
                .setParameter("delegate", delegateId)
                .setParameter("version", noticeVersion)
                .setParameter("attribution", attribution.name())
                .setParameter("at", at)
                .executeUpdate();
    }

    /** Oldest first. */
    public List<ConsentRecord> history(long delegateId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery("""
                select notice_version, attribution, accepted_at from consent_record
                where delegate_id = :delegate order by accepted_at, notice_version""").setParameter("delegate", delegateId).getResultList();
        return rows.stream()
                .map(r -> new ConsentRecord(
                        ((Number) r[0]).intValue(), Attribution.valueOf((String) r[1]), Times.instant(r[2])))
                .toList();
    }

    /** The newest version this delegate accepted, if any. */
    public OptionalInt latestVersion(long delegateId) {
        Object version = em.createNativeQuery(
                        "select max(notice_version) from consent_record where delegate_id = :delegate")
                .setParameter("delegate", delegateId)
                .getSingleResult();
        return version == null ? OptionalInt.empty() : OptionalInt.of(((Number) version).intValue());
    }
}
