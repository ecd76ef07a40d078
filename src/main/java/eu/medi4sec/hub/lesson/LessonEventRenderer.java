package eu.medi4sec.hub.lesson;

import eu.medi4sec.hub.access.Viewer;
import eu.medi4sec.hub.common.Json;
import eu.medi4sec.hub.live.EventLog;
import eu.medi4sec.hub.live.EventRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** lesson.* events carry the lesson as the lessons API shows it (delegates never see rejected ones). */
@ApplicationScoped
class LessonEventRenderer implements EventRenderer {

    private final LessonService lessons;
    private final Json json;

    LessonEventRenderer(LessonService lessons, Json json) {
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
                lessons.render(event.lessonId(), Viewer.staff(0)).map(json::write);
        Optional<String> forDelegates = lessons.render(event.lessonId(), Viewer.delegate(0, event.workshopId()))
                .map(json::write);
        return Prepared.staffOrOthers(forStaff, forDelegates);
    }
}
