package eu.medi4sec.hub.search;

import eu.medi4sec.hub.access.Viewer;
import eu.medi4sec.hub.note.NoteService;
import eu.medi4sec.hub.note.NoteView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One search across notes, lessons and patterns with PostgreSQL full-text search, ranked, with
 * snippets whose matches are marked by U+0002 (start) and U+0003 (end), so that clients highlight them
 * without ever rendering HTML. Notes come back through the notes API's views: attribution, visibility
 * and a delegate's workshop scope apply exactly as there.
 */
@ApplicationScoped
public class SearchService {

    static final String MARKS =
            "StartSel=\u0002, StopSel=\u0003, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

    public enum Type {
        NOTE,
        LESSON,
        PATTERN
    }

    /** One result; notes and lessons name their workshop (workshopTitle) so people need not look it up. */
    public record Hit(
            Type type,
            Long id,
            String slug,
            String title,
            String snippet,
            double rank,
            Long workshopId,
            String workshopTitle,
            NoteView note) {}

    public record Filter(String q, Optional<Type> type, Optional<Long> workshopId, Optional<String> theme, int limit) {}

    private final EntityManager em;
    private final NoteService notes;

    SearchService(EntityManager em, NoteService notes) {
        this.em = em;
        this.notes = notes;
    }

    public List<Hit> search(Filter filter, Viewer viewer) {
        Optional<Long> workshop =
                viewer.kind() == Viewer.Kind.DELEGATE ? Optional.of(viewer.workshopId()) : filter.workshopId();
        List<Hit> hits = new ArrayList<>();
        if (filter.type().isEmpty() || filter.type().get() == Type.NOTE) {
            hits.addAll(notes(filter, workshop, viewer));
        }
        if (filter.type().isEmpty() || filter.type().get() == Type.LESSON) {
            hits.addAll(lessons(filter, workshop, viewer));
        }
        if (viewer.isStaff()
                && (filter.type().isEmpty() || filter.type().get() == Type.PATTERN)
                && workshop.isEmpty()) {
            hits.addAll(patterns(filter));
        }
        return hits.stream()
                .sorted(Comparator.comparingDouble(Hit::rank).reversed())
                .limit(filter.limit())
                .toList();
    }

    private List<Hit> notes(Filter filter, Optional<Long> workshop, Viewer viewer) {
        String visibility = viewer.isStaff() ? "" : " and (n.status = 'VISIBLE' or n.author_delegate_id = :me)";
        var query = em.createNativeQuery("""
                select n.id, ts_rank(n.search, q) as rank, ts_headline('english', n.text, q, :marks), w.title
                from note n join workshop w on w.id = n.workshop_id, websearch_to_tsquery('english', :q) q
                where n.search @@ q and n.status not in ('MERGED', 'WITHDRAWN')""" + visibility
                + (workshop.isPresent() ? " and n.workshop_id = :workshop" : "")
                + (filter.theme().isPresent() ? " and w.theme = :theme" : "")
                + " order by rank desc, n.id desc limit :limit");
        bind(query, filter, workshop);
        if (!viewer.isStaff()) {
            query.setParameter("me", viewer.delegateId());
        }
        List<Hit> hits = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            NoteView note = notes.get(((Number) r[0]).longValue(), viewer);
            hits.add(new Hit(
                    Type.NOTE,
                    note.id(),
                    null,
                    note.kind() == null ? null : note.kind().name(),
                    (String) r[2],
                    ((Number) r[1]).doubleValue(),
                    note.workshopId(),
                    (String) r[3],
                    note));
        }
        return hits;
    }

    private List<Hit> lessons(Filter filter, Optional<Long> workshop, Viewer viewer) {
        var query = em.createNativeQuery("""
                select l.id, l.title, ts_rank(l.search, q) as rank, ts_headline('english', l.statement, q, :marks), l.workshop_id,
                       w.title as workshop_title
                from lesson l join workshop w on w.id = l.workshop_id, websearch_to_tsquery('english', :q) q
                where l.search @@ q""" + (viewer.isStaff() ? "" : " and l.status <> 'REJECTED'")
                + (workshop.isPresent() ? " and l.workshop_id = :workshop" : "")
                + (filter.theme().isPresent() ? " and w.theme = :theme" : "")
                + " order by rank desc, l.id desc limit :limit");
        bind(query, filter, workshop);
        List<Hit> hits = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            hits.add(new Hit(
                    Type.LESSON,
                    ((Number) r[0]).longValue(),
                    null,
                    (String) r[1],
                    (String) r[3],
                    ((Number) r[2]).doubleValue(),
                    ((Number) r[4]).longValue(),
                    (String) r[5],
                    null));
        }
        return hits;
    }

    private List<Hit> patterns(Filter filter) {
        var query = em.createNativeQuery("""
                select p.slug, p.name, ts_rank(p.search, q) as rank,
                       ts_headline('english', p.summary || ' ' || p.problem || ' ' || p.solution, q, :marks)
                from pattern p, websearch_to_tsquery('english', :q) q
                where p.search @@ q"""
                + (filter.theme().isPresent()
                        ? " and exists (select 1 from pattern_theme t where t.pattern_id = p.id and t.theme = :theme)"
                        : "")
                + " order by rank desc, p.slug limit :limit");
        bind(query, filter, Optional.empty());
        List<Hit> hits = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            hits.add(new Hit(
                    Type.PATTERN,
                    null,
                    (String) r[0],
                    (String) r[1],
                    (String) r[3],
                    ((Number) r[2]).doubleValue(),
                    null,
                    null,
                    null));
        }
        return hits;
    }

    private void bind(jakarta.persistence.Query query, Filter filter, Optional<Long> workshop) {
        query.setParameter("q", filter.q()).setParameter("marks", MARKS).setParameter("limit", filter.limit());
        workshop.ifPresent(w -> query.setParameter("workshop", w));
        filter.theme().ifPresent(t -> query.setParameter("theme", t));
    }
}
