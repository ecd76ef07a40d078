package eu.medi4sec.hub.lesson;

import java.time.Instant;
import java.util.List;

/** A lesson; endorsedByMe is there only for a delegate reading it through the API, never in events. */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record LessonView(
        long id,
        long workshopId,
        String title,
        String statement,
        LessonType type,
        LessonStatus status,
        List<LessonStatus> allowedTransitions,
        List<Long> noteIds,
        int endorsements,
        Boolean endorsedByMe,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    static LessonView of(Lesson l, Boolean endorsedByMe) {
        return new LessonView(
                l.id,
                l.workshopId,
                l.title,
                l.statement,
                l.type,
                l.status,
                l.status.next(),
                List.copyOf(l.noteIds),
                l.endorsements,
                endorsedByMe,
                l.version,
                l.createdAt,
                l.updatedAt);
    }
}
