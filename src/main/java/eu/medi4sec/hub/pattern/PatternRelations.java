package eu.medi4sec.hub.pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The typed relations between patterns (pattern_relation), read and written by slug. */
@ApplicationScoped
class PatternRelations {

    private final EntityManager em;

    PatternRelations(EntityManager em) {
        this.em = em;
    }

    /** Every relation as an edge of the pattern graph, by slug. */
    List<PatternService.Graph.Edge> edges() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select a.slug, b.slug, r.type from pattern_relation r
                join pattern a on a.id = r.from_pattern_id join pattern b on b.id = r.to_pattern_id
                order by a.slug, b.slug, r.type""").getResultList();
        return rows.stream()
                .map(r -> new PatternService.Graph.Edge(
                        (String) r[0], (String) r[1], RelationType.valueOf((String) r[2])))
                .toList();
    }

    /** Replaces the pattern's outgoing relations (pending changes are written first). */
    void replace(long patternId, List<PatternRequest.Relation> relations) {
        em.flush();
        em.createNativeQuery("delete from pattern_relation where from_pattern_id = :id")
                .setParameter("id", patternId)
                .executeUpdate();
        if (relations == null) {
            return;
        }
        for (PatternRequest.Relation relation : relations) {
            em.createNativeQuery("""
                    insert into pattern_relation (from_pattern_id, to_pattern_id, type)
                    select :from, id, :type from pattern where slug = :to on conflict do nothing""")
                    .setParameter("from", patternId)
                    .setParameter("type", relation.type().name())
                    .setParameter("to", relation.to())
                    .executeUpdate();
        }
    }

    /** The relations of these patterns, both ways, by pattern id. */
    Map<Long, List<PatternView.RelationView>> of(List<Long> ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select r.from_pattern_id, r.type, 'OUTGOING', b.slug, b.name from pattern_relation r
                join pattern b on b.id = r.to_pattern_id where r.from_pattern_id in (:ids)
                union all
                select r.to_pattern_id, r.type, 'INCOMING', a.slug, a.name from pattern_relation r
                join pattern a on a.id = r.from_pattern_id where r.to_pattern_id in (:ids)
                order by 1, 3 desc, 2, 4""").setParameter("ids", ids).getResultList();
        Map<Long, List<PatternView.RelationView>> byPattern = new LinkedHashMap<>();
        for (Object[] r : rows) {
            byPattern
                    .computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(new PatternView.RelationView(
                            RelationType.valueOf((String) r[1]), (String) r[2], (String) r[3], (String) r[4]));
        }
        return byPattern;
    }
}
