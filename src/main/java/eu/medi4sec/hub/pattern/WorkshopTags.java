package eu.medi4sec.hub.pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tags made in one workshop, for its report: to which patterns and which technologies its notes
 * and lessons were tagged, each tag with what it tags, in one query per kind.
 */
@ApplicationScoped
public class WorkshopTags {

    /** One tag: the pattern or technology, what it tags (a note or a lesson) and its stance. */
    public record Tagged(String slug, String name, Long noteId, Long lessonId, Stance stance) {}

    private final EntityManager em;
    private final TechnologyDirectory technologies;

    WorkshopTags(EntityManager em, TechnologyDirectory technologies) {
        this.em = em;
        this.technologies = technologies;
    }

    /** The workshop's tags to patterns, by pattern name. */
    public List<Tagged> patterns(long workshopId) {
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

    /**
     * The workshop's tags to technologies of the catalogue, by technology name. The catalogue names each
     * technology once, however many tags point at it.
     */
    public List<Tagged> technologies(long workshopId) {
        List<Object[]> rows = em.createQuery("""
                        select t.technologyId, t.noteId, t.lessonId, t.stance
                        from PatternTag t
                        where t.technologyId is not null and t.workshopId = :workshop
                        order by t.id""", Object[].class)
                .setParameter("workshop", workshopId)
                .getResultList();
        Map<Long, Optional<TechnologyDirectory.Entry>> entries = new HashMap<>();
        return rows.stream()
                .flatMap(r -> entries.computeIfAbsent((Long) r[0], technologies::byId).stream()
                        .map(e -> new Tagged(e.slug(), e.name(), (Long) r[1], (Long) r[2], (Stance) r[3])))
                .sorted(Comparator.comparing(Tagged::name).thenComparing(Tagged::slug))
                .toList();
    }
}
