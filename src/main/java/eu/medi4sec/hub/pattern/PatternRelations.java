package eu.medi4sec.hub.pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The typed relations between patterns (pattern_relation), read and written by slug. */
@ApplicationScoped
class PatternRelations {

    private final EntityManager em;

    PatternRelations(EntityManager em) {
        this.em = em;
    }

    /** Every relation as an edge of the pattern graph, by slug; with a status, only those between two such patterns. */
    List<PatternService.Graph.Edge> edges(Optional<PatternStatus> bothEnds) {
        Query query = em.createNativeQuery("""
                select a.slug, b.slug, r.type from pattern_relation r
                join pattern a on a.id = r.from_pattern_id join pattern b on b.id = r.to_pattern_id"""
                + (bothEnds.isPresent() ? " where a.status = :status and b.status = :status" : "")
                + " order by a.slug, b.slug, r.type");
        bothEnds.ifPresent(s -> query.setParameter("status", s.name()));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
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
        return of(ids, Optional.empty());
    }

    /** The relations of these patterns, both ways, by pattern id; with a status, only to patterns that have it. */
    Map<Long, List<PatternView.RelationView>> of(List<Long> ids, Optional<PatternStatus> otherEnd) {
        String status = otherEnd.isPresent() ? " and o.status = :status" : "";
        Query query = em.createNativeQuery("""
                select r.from_pattern_id, r.type, 'OUTGOING', o.slug, o.name from pattern_relation r
                join pattern o on o.id = r.to_pattern_id where r.from_pattern_id in (:ids)""" + status + """

                union all
                select r.to_pattern_id, r.type, 'INCOMING', o.slug, o.name from pattern_relation r
                join pattern o on o.id = r.from_pattern_id where r.to_pattern_id in (:ids)""" + status + """

                order by 1, 3 desc, 2, 4""").setParameter("ids", ids);
        otherEnd.ifPresent(s -> query.setParameter("status", s.name()));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
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
