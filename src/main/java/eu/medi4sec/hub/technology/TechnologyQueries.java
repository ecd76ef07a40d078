package eu.medi4sec.hub.technology;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue's filter: by theme, category and text, in SQL Panache does not say cleanly. Text matches
 * whole words (full-text, ranked) or any part of the name, summary or uses, so that "geoloc" finds
 * geolocation.
 */
@ApplicationScoped
class TechnologyQueries {

    private final EntityManager em;

    TechnologyQueries(EntityManager em) {
        this.em = em;
    }

    /** The ids of the matching entries, best match first for a text, else by name. */
    List<Long> ids(Optional<String> theme, Optional<TechnologyCategory> category, Optional<String> text) {
        StringBuilder sql = new StringBuilder("select t.id from technology t where true");
        Map<String, Object> params = new LinkedHashMap<>();
        theme.ifPresent(slug -> {
            sql.append(
                    " and exists (select 1 from technology_theme x where x.technology_id = t.id and x.theme = :theme)");
            params.put("theme", slug);
        });
        category.ifPresent(c -> {
            sql.append(" and t.category = :category");
            params.put("category", c.name());
        });
        Optional<String> words = text.map(String::trim).filter(q -> !q.isEmpty());
        if (words.isPresent()) {
            sql.append(" and (t.search @@ websearch_to_tsquery('english', :q)"
                    + " or t.name ilike :part escape '\\' or t.summary ilike :part escape '\\'"
                    + " or t.uses ilike :part escape '\\')"
                    + " order by ts_rank(t.search, websearch_to_tsquery('english', :q)) desc, t.name, t.id");
            params.put("q", words.get());
            params.put("part", "%" + likeLiteral(words.get()) + "%");
        } else {
            sql.append(" order by t.name, t.id");
        }
        var query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        return ((List<?>) query.getResultList())
                .stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** The text as a LIKE pattern that matches only itself: %, _ and the escape character escaped. */
    static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
