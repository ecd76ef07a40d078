package eu.medi4sec.hub.search;

import eu.medi4sec.hub.access.Viewer;
import eu.medi4sec.hub.note.NoteVisibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;

/**
 * The full-text SQL of search: each table's {@code search} column against the query, ranked, with
 * snippets. Which notes a viewer may find is the notes' own rule ({@link NoteVisibility}).
 */
@ApplicationScoped
class SearchQueries {

    static final String MARKS =
            "StartSel=\u0002, StopSel=\u0003, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

    /** A matching row: its id (or slug), rank, snippet and, for notes and lessons, title and workshop. */
    record Row(
            Long id, String slug, String title, double rank, String snippet, Long workshopId, String workshopTitle) {}

    private final EntityManager em;

    SearchQueries(EntityManager em) {
        this.em = em;
    }

    List<Row> notes(SearchService.Filter filter, Optional<Long> workshop, Viewer viewer) {
        Query query = em.createNativeQuery("""
                select n.id, ts_rank(n.search, q) as rank, ts_headline('english', n.text, q, :marks), w.title
                from note n join workshop w on w.id = n.workshop_id, websearch_to_tsquery('english', :q) q
                where n.search @@ q""" + " and " + NoteVisibility.searchCondition(viewer)
                + (workshop.isPresent() ? " and n.workshop_id = :workshop" : "")
                + (filter.theme().isPresent() ? " and w.theme = :theme" : "")
                + " order by rank desc, n.id desc limit :limit");
        bind(query, filter, workshop);
        NoteVisibility.bindSearch(query, viewer);
        return rows(query).stream()
                .map(r -> new Row(
                        ((Number) r[0]).longValue(),
                        null,
                        null,
                        ((Number) r[1]).doubleValue(),
                        (String) r[2],
                        null,
                        (String) r[3]))
                .toList();
    }

    List<Row> lessons(SearchService.Filter filter, Optional<Long> workshop, Viewer viewer) {
        Query query = em.createNativeQuery("""
                select l.id, l.title, ts_rank(l.search, q) as rank, ts_headline('english', l.statement, q, :marks), l.workshop_id,
                       w.title as workshop_title
                from lesson l join workshop w on w.id = l.workshop_id, websearch_to_tsquery('english', :q) q
                where l.search @@ q""" + (viewer.isStaff() ? "" : " and l.status <> 'REJECTED'")
                + (workshop.isPresent() ? " and l.workshop_id = :workshop" : "")
                + (filter.theme().isPresent() ? " and w.theme = :theme" : "")
                + " order by rank desc, l.id desc limit :limit");
        bind(query, filter, workshop);
        return rows(query).stream()
                .map(r -> new Row(
                        ((Number) r[0]).longValue(),
                        null,
                        (String) r[1],
                        ((Number) r[2]).doubleValue(),
                        (String) r[3],
                        ((Number) r[4]).longValue(),
                        (String) r[5]))
                .toList();
    }

    List<Row> patterns(SearchService.Filter filter) {
        Query query = em.createNativeQuery("""
                select p.slug, p.name, ts_rank(p.search, q) as rank,
                       ts_headline('english', p.summary || ' ' || p.problem || ' ' || p.solution, q, :marks)
                from pattern p, websearch_to_tsquery('english', :q) q
                where p.search @@ q"""
                + (filter.theme().isPresent()
                        ? " and exists (select 1 from pattern_theme t where t.pattern_id = p.id and t.theme = :theme)"
                        : "")
                + " order by rank desc, p.slug limit :limit");
        bind(query, filter, Optional.empty());
        return rows(query).stream()
                .map(r -> new Row(
                        null, (String) r[0], (String) r[1], ((Number) r[2]).doubleValue(), (String) r[3], null, null))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static void bind(Query query, SearchService.Filter filter, Optional<Long> workshop) {
        query.setParameter("q", filter.q()).setParameter("marks", MARKS).setParameter("limit", filter.limit());
        workshop.ifPresent(w -> query.setParameter("workshop", w));
        filter.theme().ifPresent(t -> query.setParameter("theme", t));
    }
}
