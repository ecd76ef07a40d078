package eu.medi4sec.hub.note;

import eu.medi4sec.hub.access.Viewer;
import eu.medi4sec.hub.common.ProblemException;
import eu.medi4sec.hub.workshop.WorkshopService;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

/**
 * Reading notes: one note, a workshop's wall a page at a time, and, for other features, notes by id
 * as the viewer may see them. Capture and votes are in {@link NoteCaptureService}, moderation in
 * {@link NoteModerationService}.
 */
@ApplicationScoped
public class NoteService {

    private final WorkshopService workshops;
    private final NoteViews views;
    private final NoteQueries queries;

    NoteService(WorkshopService workshops, NoteViews views, NoteQueries queries) {
        this.workshops = workshops;
        this.views = views;
        this.queries = queries;
    }

    public record Page(List<NoteView> notes, String nextCursor) {}

    public record Filter(
            Optional<Long> sessionId,
            Optional<NoteKind> kind,
            Optional<NoteStatus> status,
            boolean byVotes,
            Optional<String> cursor,
            int limit) {}

    public NoteView get(long noteId, Viewer viewer) {
        Note note = find(noteId, viewer);
        return views.view(note, context(note.workshopId, List.of(note), viewer), viewer)
                .orElseThrow(() -> ProblemException.notFound("There is no note " + noteId + "."));
    }

    /** Newest first or most voted first, a page at a time; the cursor continues where the page ended. */
    public Page list(long workshopId, Filter filter, Viewer viewer) {
        workshops.get(workshopId);
        StringBuilder where = new StringBuilder("workshopId = :workshop");
        Parameters params = Parameters.with("workshop", workshopId);
        filter.sessionId().ifPresent(s -> {
            where.append(" and sessionId = :session");
            params.and("session", s);
        });
        filter.kind().ifPresent(k -> {
            where.append(" and kind = :kind");
            params.and("kind", k);
        });
        NoteVisibility.restrictWall(where, params, viewer);
        filter.status().ifPresent(s -> {
            where.append(" and status = :status");
            params.and("status", s);
        });
        filter.cursor().map(NoteService::decode).ifPresent(c -> {
            if (filter.byVotes()) {
                where.append(" and (votes < :cv or (votes = :cv and id < :cid))");
                params.and("cv", (int) c[0]).and("cid", c[1]);
            } else {
                where.append(" and (createdAt < :ct or (createdAt = :ct and id < :cid))");
                params.and("ct", Instant.ofEpochSecond(0, 0).plusNanos(c[0] * 1000))
                        .and("cid", c[1]);
            }
        });
        String order = filter.byVotes() ? " order by votes desc, id desc" : " order by createdAt desc, id desc";
        List<Note> found = Note.<Note>find(where + order, params)
                .page(0, filter.limit() + 1)
                .list();
        boolean more = found.size() > filter.limit();
        List<Note> page = more ? found.subList(0, filter.limit()) : found;
        NoteViews.Context context = context(workshopId, page, viewer);
        List<NoteView> notes = new ArrayList<>();
        page.forEach(n -> views.view(n, context, viewer).ifPresent(notes::add));
        String next = null;
        if (more) {
            Note last = page.get(page.size() - 1);
            long key = filter.byVotes()
                    ? last.votes
                    : last.createdAt.getEpochSecond() * 1_000_000 + last.createdAt.getNano() / 1000;
            next = encode(key, last.id);
        }
        return new Page(notes, next);
    }

    /**
     * These notes as the viewer may see them, in the order asked, in a few queries; notes out of the
     * viewer's reach or unknown to them are left out.
     */
    public List<NoteView> views(List<Long> noteIds, Viewer viewer) {
        return List.copyOf(viewsById(noteIds, viewer, NoteVisibility::known).values());
    }

    /**
     * The views of those of these notes that count as evidence for the viewer (staff: all; others:
     * visible notes), by id.
     */
    public Map<Long, NoteView> evidence(Collection<Long> noteIds, Viewer viewer) {
        return viewsById(noteIds, viewer, NoteVisibility::evidence);
    }

    /** A workshop's visible notes, oldest first: what analysts tag. */
    public List<Long> visibleIds(long workshopId) {
        return queries.visibleIds(workshopId);
    }

    /**
     * The ids of the notes these delegates wrote that everyone in their workshop can see and that carry
     * nothing sensitive, by author: what the community may read a person's interests from.
     */
    public Map<Long, List<Long>> openNotesBy(Collection<Long> delegateIds) {
        if (delegateIds.isEmpty()) {
            return Map.of();
        }
        return Note.<Note>list(
                        "authorDelegateId in ?1 and status = ?2 and sensitivity = ?3",
                        delegateIds,
                        NoteStatus.VISIBLE,
                        Sensitivity.NONE)
                .stream()
                .collect(Collectors.groupingBy(
                        n -> n.authorDelegateId, Collectors.mapping(n -> n.id, Collectors.toList())));
    }

    /** The workshop of each of these notes (unknown ids are left out). */
    public Map<Long, Long> workshopsOf(Collection<Long> noteIds) {
        if (noteIds.isEmpty()) {
            return Map.of();
        }
        return Note.<Note>list("id in ?1", noteIds).stream().collect(Collectors.toMap(n -> n.id, n -> n.workshopId));
    }

    /** These notes as outputs start from (unknown ids are left out), oldest first. */
    public List<OutputNote> forOutput(Collection<Long> noteIds) {
        if (noteIds.isEmpty()) {
            return List.of();
        }
        return outputs(Note.<Note>list("id in ?1 order by createdAt, id", noteIds));
    }

    /** Every note of a workshop as outputs start from, oldest first. */
    public List<OutputNote> forOutput(long workshopId) {
        return outputs(Note.<Note>list("workshopId = ?1 order by createdAt, id", workshopId));
    }

    private List<OutputNote> outputs(List<Note> notes) {
        Map<Long, eu.medi4sec.hub.delegate.Sector> sectors = views.sectorsOf(notes);
        return notes.stream()
                .map(n -> new OutputNote(
                        n.id,
                        n.workshopId,
                        n.sessionId,
                        n.kind,
                        n.status,
                        n.votes,
                        n.mergedInto,
                        n.sensitivity,
                        n.publicationText != null ? n.publicationText : n.text,
                        n.text,
                        n.publicationText != null,
                        n.createdAt,
                        sectors.get(n.id),
                        n.authorAccountId != null,
                        n.authorDelegateId))
                .toList();
    }

    /** A note the viewer may reach: a delegate only in their own workshop (404 elsewhere). */
    Note find(long noteId, Viewer viewer) {
        return Note.<Note>findByIdOptional(noteId)
                .filter(note -> NoteVisibility.inReach(note, viewer))
                .orElseThrow(() -> ProblemException.notFound("There is no note " + noteId + "."));
    }

    /** The note as the viewer sees it, for one who may change it (its author or a moderator). */
    NoteView view(Note note, Viewer viewer) {
        return views.view(note, context(note.workshopId, List.of(note), viewer), viewer)
                .orElseThrow();
    }

    private Map<Long, NoteView> viewsById(Collection<Long> noteIds, Viewer viewer, BiPredicate<Note, Viewer> included) {
        if (noteIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Note> notes = Note.<Note>list("id in ?1", Set.copyOf(noteIds)).stream()
                .filter(n -> NoteVisibility.inReach(n, viewer) && included.test(n, viewer))
                .collect(Collectors.toMap(n -> n.id, n -> n));
        Map<Long, NoteViews.Context> contexts = new java.util.HashMap<>();
        notes.values().stream()
                .collect(Collectors.groupingBy(n -> n.workshopId))
                .forEach((workshopId, ofWorkshop) -> {
                    NoteViews.Context context = context(workshopId, ofWorkshop, viewer);
                    ofWorkshop.forEach(n -> contexts.put(n.id, context));
                });
        Map<Long, NoteView> result = new LinkedHashMap<>();
        for (Long id : noteIds) {
            Note note = notes.get(id);
            if (note != null && !result.containsKey(id)) {
                views.view(note, contexts.get(id), viewer).ifPresent(v -> result.put(id, v));
            }
        }
        return result;
    }

    private NoteViews.Context context(long workshopId, List<Note> notes, Viewer viewer) {
        Set<Long> voted = viewer.delegateId() == null
                ? null
                : queries.votedBy(
                        viewer.delegateId(), notes.stream().map(n -> n.id).toList());
        return views.context(workshopId, notes, voted);
    }

    private static String encode(long key, long id) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((key + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    private static long[] decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
            return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
        } catch (RuntimeException e) {
            throw ProblemException.badRequest("This cursor is not one we gave out; start again without it.");
        }
    }
}
