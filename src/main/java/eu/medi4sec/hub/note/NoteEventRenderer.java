package eu.medi4sec.hub.note;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.medi4sec.hub.live.EventLog;
import eu.medi4sec.hub.live.EventRenderer;
import eu.medi4sec.hub.live.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Note and vote events carry the note as the notes API shows it to the viewer (through
 * {@link NoteViews}, so the attribution rule holds in the live feed too). vote.changed carries the
 * note as well: its {@code votes} is the new count.
 */
@ApplicationScoped
public class NoteEventRenderer implements EventRenderer {

    private final NoteViews views;
    private final ObjectMapper json;

    NoteEventRenderer(NoteViews views, ObjectMapper json) {
        this.views = views;
        this.json = json;
    }

    @Override
    public boolean handles(String type) {
        return type.startsWith("note.") || type.startsWith("vote.");
    }

    @Override
    public Prepared prepare(EventLog.Event event) {
        Note note = Note.findById(event.noteId());
        if (note == null) {
            return viewer -> Optional.empty();
        }
        NoteViews.Context context = views.context(note.workshopId, List.of(note), null);
        Map<String, Optional<String>> rendered = new ConcurrentHashMap<>();
        return viewer -> {
            // the view depends only on the viewer's kind and on whether they wrote the note
            boolean author = note.isAuthoredBy(viewer.delegateId(), viewer.accountId());
            String key = viewer.kind() + (author ? ":author" : "");
            return rendered.computeIfAbsent(key, k -> views.view(note, context, viewer).map(this::write));
        };
    }

    private String write(NoteView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
