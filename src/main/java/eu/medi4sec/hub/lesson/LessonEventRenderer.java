package eu.medi4sec.hub.lesson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.medi4sec.hub.access.Viewer;
import eu.medi4sec.hub.live.EventLog;
import eu.medi4sec.hub.live.EventRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** lesson.* events carry the lesson as the lessons API shows it (delegates never see rejected ones). */
@ApplicationScoped
public class LessonEventRenderer implements EventRenderer {

    private final LessonService lessons;
    private final ObjectMapper json;

    LessonEventRenderer(LessonService lessons, ObjectMapper json) {
        this.lessons = lessons;
        this.json = json;
    }

    @Override
    public boolean handles(String type) {
        return type.startsWith("lesson.");
    }

    @Override
    public Prepared prepare(EventLog.Event event) {
        Optional<String> forStaff =
                lessons.render(event.lessonId(), Viewer.staff(0)).map(this::write);
        Optional<String> forDelegates = lessons.render(event.lessonId(), Viewer.delegate(0, event.workshopId()))
                .map(this::write);
        return viewer -> viewer.isStaff() ? forStaff : forDelegates;
    }

    private String write(LessonView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
