package eu.medi4sec.hub.note;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public final class NoteRequests {

    private NoteRequests() {}

    /** Text length is checked by the service against the configured maximum. */
    public record NewNote(
            @NotNull(message = "Write the note's text.") String text,
            @NotNull(message = "Choose the kind of note.") NoteKind kind,

            @NotNull(message = "Say which session (round) the note is for.")
            Long sessionId) {}

    public record Edit(String text, NoteKind kind) {}

    public record Hide(
            @NotBlank(message = "Say why the note is hidden; the reason goes into the moderation log.")
            @Size(max = 500, message = "A reason has at most 500 characters.")
            String reason) {}

    public record Merge(
            @NotNull(message = "Say which note to merge into.")
            Long into) {}
}
