package eu.medi4sec.hub.lesson;

import eu.medi4sec.hub.common.Times;
import eu.medi4sec.hub.privacy.PersonalDataSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/** The lessons a delegate endorsed, and when. */
@ApplicationScoped
class EndorsementPersonalData implements PersonalDataSection {

    record MyEndorsement(long lessonId, String lessonTitle, Instant endorsedAt) {}

    private final EntityManager em;

    EndorsementPersonalData(EntityManager em) {
        this.em = em;
    }

    @Override
    public String name() {
        return "endorsements";
    }

    @Override
    public List<MyEndorsement> collect(long delegateId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery("""
                select l.id, l.title, e.created_at from lesson_endorsement e join lesson l on l.id = e.lesson_id
                where e.delegate_id = :delegate order by e.created_at, l.id""").setParameter("delegate", delegateId).getResultList();
        return rows.stream()
                .map(r -> new MyEndorsement(((Number) r[0]).longValue(), (String) r[1], Times.instant(r[2])))
                .toList();
    }
}
