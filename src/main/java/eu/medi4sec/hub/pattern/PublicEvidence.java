package eu.medi4sec.hub.pattern;

import eu.medi4sec.hub.note.NoteVisibility;
import eu.medi4sec.hub.workshop.Attribution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The evidence the public guide shows: how many publishable notes are tagged to each pattern, for and
 * against, by the theme of the workshop they come from and by their author's sector. Counts only, in
 * one grouped query: no note, text, workshop or person leaves here. Which notes are publishable is the
 * notes' own rule ({@link NoteVisibility#publishableCondition}); lessons are not counted.
 */
@ApplicationScoped
class PublicEvidence {

    /** The sector of a note whose author's sector the workshop's attribution rule does not show. */
    static final String UNDISCLOSED = "UNDISCLOSED";

    private final EntityManager em;

    PublicEvidence(EntityManager em) {
        this.em = em;
    }

    /** The counts for these patterns, by pattern id; a pattern with no publishable evidence has zero counts. */
    Map<Long, PublicPatternView.Evidence> of(List<Long> patternIds) {
        if (patternIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Tally> tallies = new HashMap<>();
        patternIds.forEach(id -> tallies.put(id, new Tally()));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select t.pattern_id, w.theme, w.attribution, d.sector, t.stance, count(*)
                        from pattern_tag t
                        join note n on n.id = t.note_id
                        join workshop w on w.id = n.workshop_id
                        left join delegate d on d.id = n.author_delegate_id
                        where t.pattern_id in (:ids)
                        """ + " and " + NoteVisibility.publishableCondition()
                        + " group by t.pattern_id, w.theme, w.attribution, d.sector, t.stance")
                .setParameter("ids", patternIds)
                .getResultList();
        for (Object[] row : rows) {
            // the sector only where a note's view would show it (NoteViews): never under ANONYMOUS
            String sector = row[3] == null || Attribution.valueOf((String) row[2]) == Attribution.ANONYMOUS
                    ? UNDISCLOSED
                    : (String) row[3];
            tallies.get(((Number) row[0]).longValue())
                    .add((String) row[1], sector, Stance.valueOf((String) row[4]), ((Number) row[5]).longValue());
        }
        Map<Long, PublicPatternView.Evidence> evidence = new HashMap<>();
        tallies.forEach((id, tally) -> evidence.put(id, tally.evidence()));
        return evidence;
    }

    private static final class Tally {
        private final long[] total = new long[2];
        private final Map<String, long[]> byTheme = new TreeMap<>();
        private final Map<String, long[]> bySector = new TreeMap<>();

        void add(String theme, String sector, Stance stance, long count) {
            int column = stance == Stance.SUPPORTS ? 0 : 1;
            total[column] += count;
            byTheme.computeIfAbsent(theme, k -> new long[2])[column] += count;
            bySector.computeIfAbsent(sector, k -> new long[2])[column] += count;
        }

        PublicPatternView.Evidence evidence() {
            return new PublicPatternView.Evidence(total[0], total[1], counts(byTheme), counts(bySector));
        }

        private static List<PublicPatternView.Count> counts(Map<String, long[]> counts) {
            return counts.entrySet().stream()
                    .map(e -> new PublicPatternView.Count(e.getKey(), e.getValue()[0], e.getValue()[1]))
                    .toList();
        }
    }
}
