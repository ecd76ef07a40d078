package eu.medi4sec.hub.lesson;

import eu.medi4sec.hub.common.RowToggle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The SQL of lessons that Panache does not say cleanly: endorsements and their counter. */
@ApplicationScoped
class LessonQueries {

    /** lesson_endorsement rows, counted in lesson.endorsements. */
    private static final RowToggle ENDORSEMENTS =
            new RowToggle("lesson_endorsement", "lesson_id", "lesson", "endorsements");

    private final EntityManager em;

    LessonQueries(EntityManager em) {
        this.em = em;
    }

    /** Endorses the lesson or takes the endorsement back; on a change the lesson is read back with its count. */
    boolean endorse(Lesson lesson, long delegateId, boolean on) {
        boolean changed = ENDORSEMENTS.set(em, lesson.id, delegateId, on);
        if (changed) {
            em.refresh(lesson);
        }
        return changed;
    }

    /** The lessons this delegate endorsed. */
    Set<Long> endorsedBy(long delegateId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select lesson_id from lesson_endorsement where delegate_id = :d")
                .setParameter("d", delegateId)
                .getResultList();
        return ids.stream().map(Number::longValue).collect(Collectors.toSet());
    }
}
