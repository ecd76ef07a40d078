package eu.medi4sec.hub.pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Patterns ranked for a text by PostgreSQL full-text search: the text's stemmed words, any of them,
 * against each pattern's weighted document (name and summary count most, then problem and solution).
 */
@ApplicationScoped
class Suggestions {

    public record Suggestion(String slug, String name, String summary, double score) {}

    private final EntityManager em;

    Suggestions(EntityManager em) {
        this.em = em;
    }

    public List<Suggestion> forText(String text, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                with q as (
                    select to_tsquery('simple', string_agg(quote_literal(lexeme), ' | ')) as query
                    from unnest(tsvector_to_array(to_tsvector('english', :text))) as lexeme)
                select p.slug, p.name, p.summary, ts_rank_cd(p.search, q.query, 32) as score
                from pattern p, q
                where q.query is not null and p.search @@ q.query
                order by score desc, p.slug
                limit :limit""")
                .setParameter("text", text)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream()
                .map(r -> new Suggestion(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        Math.round(((Number) r[3]).doubleValue() * 10_000) / 10_000.0))
                .toList();
    }
}
