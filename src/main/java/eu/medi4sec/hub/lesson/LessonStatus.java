package eu.medi4sec.hub.lesson;

import java.util.List;

/** EMERGING → VALIDATED → PUBLISHED, or REJECTED before it is published. */
public enum LessonStatus {
    EMERGING,
    VALIDATED,
    PUBLISHED,
    REJECTED;

    public List<LessonStatus> next() {
        return switch (this) {
            case EMERGING -> List.of(VALIDATED, REJECTED);
            case VALIDATED -> List.of(PUBLISHED, REJECTED);
            case PUBLISHED, REJECTED -> List.of();
        };
    }
}
