package eu.medi4sec.hub.pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The inventory's filter: by theme, status and full text (ranked), in SQL Panache does not say cleanly. */
@ApplicationScoped
class PatternQueries {

    private final EntityManager em;

    PatternQueries(EntityManager em) {
        this.em = em;
    }

    /** The ids of the matching patterns, best match first for a text, else by name. */
    List<Long> ids(Optional<String> theme, Optional<PatternStatus> status, Optional<String> text) {
        StringBuilder sql = new StringBuilder("select p.id from pattern p where true");
        Map<String, Object> params = new LinkedHashMap<>();
        theme.ifPresent(t -> {
            sql.append(" and exists (select 1 from pattern_theme t where t.pattern_id = p.id and t.theme = :theme)");
            params.put("theme", t);
        });
        status.ifPresent(s -> {
            sql.append(" and p.status = :status");
            params.put("status", s.name());
        });
        if (text.isPresent() && !text.get().isBlank()) {
            sql.append(" and p.search @@ websearch_to_tsquery('english', :q)"
                    + " order by ts_rank(p.search, websearch_to_tsquery('english', :q)) desc, p.name");
            params.put("q", text.get());
        } else {
            sql.append(" order by p.name");
        }
        var query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        return ((List<?>) query.getResultList())
                .stream().map(id -> ((Number) id).longValue()).toList();
    }
}
