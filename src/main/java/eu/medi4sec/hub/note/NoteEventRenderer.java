package eu.medi4sec.hub.note;

import eu.medi4sec.hub.access.Viewer;
import eu.medi4sec.hub.common.Json;
import eu.medi4sec.hub.live.EventLog;
import eu.medi4sec.hub.live.EventRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Note and vote events carry the note as the notes API shows it to the viewer (through
 * {@link NoteViews}, so the attribution rule holds in the live feed too). vote.changed carries the
 * note as well: its {@code votes} is the new count. A label or a publication text reaches only those
 * who may see it.
 */
@ApplicationScoped
class NoteEventRenderer implements EventRenderer {

    private final NoteViews views;
    private final Json json;

    NoteEventRenderer(NoteViews views, Json json) {
        this.views = views;
        this.json = json;
    }

    @Override
    public boolean handles(String type) {
        return type.startsWith("note.") || type.startsWith("vote.");
    }

    @Override
    public Prepared prepare(EventLog.Event event) {
        return prepareAll(List.of(event)).get(0);
    }

    /** The page's notes in one query and their authors in one more, instead of a few queries per event. */
    @Override
    public List<Prepared> prepareAll(List<EventLog.Event> events) {
        List<Long> ids = events.stream()
                .map(EventLog.Event::noteId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<Long, Note> notes = ids.isEmpty()
                ? Map.of()
                : Note.<Note>list("id in ?1", ids).stream().collect(Collectors.toMap(n -> n.id, n -> n));
        Map<Long, NoteViews.Context> contexts = new HashMap<>();
        notes.values().stream()
                .collect(Collectors.groupingBy(n -> n.workshopId))
                .forEach((workshopId, ofWorkshop) -> {
                    NoteViews.Context context = views.context(workshopId, ofWorkshop, null);
                    ofWorkshop.forEach(n -> contexts.put(n.id, context));
                });
        return events.stream()
                .map(event -> {
                    Note note = event.noteId() == null ? null : notes.get(event.noteId());
                    return note == null ? Prepared.nobody() : prepared(event.type(), note, contexts.get(note.id));
                })
                .toList();
    }

    private Prepared prepared(String type, Note note, NoteViews.Context context) {
        Map<String, Optional<String>> rendered = new ConcurrentHashMap<>();
        return viewer -> {
            if (viewer.kind() == Viewer.Kind.ADMIN) {
                // an admin sees the stored author, and each admin's sighting is audited: rendered for each
                return views.view(note, context, viewer).map(json::write);
            }
            // the view depends only on the viewer's kind and on whether they wrote the note
            boolean author = note.isAuthoredBy(viewer.delegateId(), viewer.accountId());
            if (!receives(type, viewer, author)) {
                return Optional.empty();
            }
            String key = viewer.kind() + (author ? ":author" : "");
            return rendered.computeIfAbsent(
                    key, k -> views.view(note, context, viewer).map(json::write));
        };
    }

    /**
     * That a note was labelled is itself sensitive: only staff and its author learn of it; a publication
     * text only staff. Every other note event goes to everyone (as the view they may see).
     */
    private static boolean receives(String type, Viewer viewer, boolean author) {
        return switch (type) {
            case NoteModerationService.LABELLED -> viewer.isStaff() || author;
            case NoteModerationService.REWORDED -> viewer.isStaff();
            default -> true;
        };
    }
}
