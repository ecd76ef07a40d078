package eu.medi4sec.hub.lesson;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

public record LessonRequest(
        @NotBlank(message = "A lesson needs a title.") @Size(max = 200, message = "A title has at most 200 characters.")
        String title,

        @NotBlank(message = "State the lesson.")
        @Size(max = 5000, message = "A statement has at most 5,000 characters.")
        String statement,

        @NotNull(message = "Choose the type of lesson.") LessonType type,

        @Size(max = LessonRequest.MAX_NOTES, message = "A lesson cites at most 500 notes.")
        List<@NotNull(message = "A note id cannot be null.") Long> noteIds,

        Long version) {

    public static final int MAX_NOTES = 500;
}
