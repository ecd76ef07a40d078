package eu.medi4sec.hub.note;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class NoteRequests {

    private NoteRequests() {}

    /** Text length is checked by the service against the configured maximum. */
    public record NewNote(
            @NotNull(message = "Write the note's text.") String text,
            @NotNull(message = "Choose the kind of note.") NoteKind kind,

            @NotNull(message = "Say which session (round) the note is for.")
            Long sessionId,

            @Schema(
                    enumeration = {"NONE", "PERSONAL_DATA", "OPERATIONAL", "RESTRICTED"},
                    description = "NONE when left out. A delegate may send RESTRICTED (not for any publication);"
                            + " staff may send any label.")
            String sensitivity) {}

    public record Edit(String text, NoteKind kind) {}

    public record Hide(
            @NotBlank(message = "Say why the note is hidden; the reason goes into the moderation log.")
            @Size(max = 500, message = "A reason has at most 500 characters.")
            String reason) {}

    public record SensitivityLabel(
            @Schema(enumeration = {"NONE", "PERSONAL_DATA", "OPERATIONAL", "RESTRICTED"})
            @NotNull(message = "Choose a label: NONE, PERSONAL_DATA, OPERATIONAL or RESTRICTED.")
            String label,

            @Size(max = 500, message = "A reason has at most 500 characters.")
            String reason) {}

    /** The wording outputs use instead of the original; null or blank clears it. Length is checked by the service. */
    public record PublicationText(String text) {}

    public record Merge(
            @NotNull(message = "Say which note to merge into.")
            Long into) {}
}
