package eu.medi4sec.hub.pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** The tags to patterns made in one workshop, for the workshop's report: one query for them all. */
@ApplicationScoped
public class WorkshopPatternTags {

    /** One tag: the pattern, what it tags (a note or a lesson) and its stance. */
    public record Tagged(String slug, String name, Long noteId, Long lessonId, Stance stance) {}

    private final EntityManager em;

    WorkshopPatternTags(EntityManager em) {
        this.em = em;
    }

    /** Every tag of the workshop's notes and lessons to a pattern, by pattern name. */
    public List<Tagged> of(long workshopId) {
        List<Object[]> rows = em.createQuery("""
                        select p.slug, p.name, t.noteId, t.lessonId, t.stance
                        from PatternTag t, Pattern p
                        where p.id = t.patternId and t.workshopId = :workshop
                        order by p.name, p.slug, t.id""", Object[].class)
                .setParameter("workshop", workshopId)
                .getResultList();
        return rows.stream()
                .map(r -> new Tagged((String) r[0], (String) r[1], (Long) r[2], (Long) r[3], (Stance) r[4]))
                .toList();
    }
}
