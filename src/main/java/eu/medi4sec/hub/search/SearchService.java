package eu.medi4sec.hub.search;

import eu.medi4sec.hub.access.Viewer;
import eu.medi4sec.hub.note.NoteService;
import eu.medi4sec.hub.note.NoteView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One search across notes, lessons and patterns with PostgreSQL full-text search, ranked, with
 * snippets whose matches are marked by U+0002 (start) and U+0003 (end), so that clients highlight them
 * without ever rendering HTML. Notes come back through the notes API's views: attribution, visibility
 * and a delegate's workshop scope apply exactly as there.
 */
@ApplicationScoped
class SearchService {

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

    private final SearchQueries queries;
    private final NoteService notes;

    SearchService(SearchQueries queries, NoteService notes) {
        this.queries = queries;
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
        List<SearchQueries.Row> rows = queries.notes(filter, workshop, viewer);
        List<NoteView> views =
                notes.views(rows.stream().map(SearchQueries.Row::id).toList(), viewer);
        Map<Long, NoteView> byId = views.stream().collect(Collectors.toMap(NoteView::id, v -> v));
        List<Hit> hits = new ArrayList<>();
        for (SearchQueries.Row row : rows) {
            NoteView note = byId.get(row.id());
            if (note == null) {
                continue;
            }
            hits.add(new Hit(
                    Type.NOTE,
                    note.id(),
                    null,
                    note.kind() == null ? null : note.kind().name(),
                    row.snippet(),
                    row.rank(),
                    note.workshopId(),
                    row.workshopTitle(),
                    note));
        }
        return hits;
    }

    private List<Hit> lessons(Filter filter, Optional<Long> workshop, Viewer viewer) {
        return queries.lessons(filter, workshop, viewer).stream()
                .map(r -> new Hit(
                        Type.LESSON,
                        r.id(),
                        null,
                        r.title(),
                        r.snippet(),
                        r.rank(),
                        r.workshopId(),
                        r.workshopTitle(),
                        null))
                .toList();
    }

    private List<Hit> patterns(Filter filter) {
        return queries.patterns(filter).stream()
                .map(r -> new Hit(Type.PATTERN, null, r.slug(), r.title(), r.snippet(), r.rank(), null, null, null))
                .toList();
    }
}
