package eu.medi4sec.hub.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.medi4sec.hub.delegate.Sector;
import eu.medi4sec.hub.lesson.LessonStatus;
import eu.medi4sec.hub.lesson.LessonType;
import eu.medi4sec.hub.note.NoteKind;
import eu.medi4sec.hub.note.NoteStatus;
import eu.medi4sec.hub.note.Sensitivity;
import eu.medi4sec.hub.pattern.Stance;
import eu.medi4sec.hub.workshop.Attribution;
import eu.medi4sec.hub.workshop.WorkshopStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A workshop's record for researchers, as {@code GET /api/workshops/{id}/export} gives it. The shape is
 * the same for everyone; fields marked "admins only" are absent from a REDACTED export. The CSV files of
 * the ZIP carry the same fields, one file per list.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "WorkshopExport",
        description = "A workshop's record for researchers. scope FULL (admins): every note in every status, with its "
                + "sensitivity label, the text as written and the authors as the admin API shows them. scope REDACTED "
                + "(other staff): only visible notes labelled NONE (merged notes appear as a stub that points to the "
                + "note they were merged into), texts in their publication wording with contact details and names "
                + "replaced, authors by sector only (nothing under ANONYMOUS), analysts as \"Analyst 1\", \"Analyst 2\" …; "
                + "workshop.withheldNotes counts the visible notes left out for their label. Votes are counts only.")
public record WorkshopExport(
        @Schema(description = "The version of this shape: workshop-hub/export/1.")
        String schema,

        Scope scope,
        Instant exportedAt,
        Workshop workshop,
        List<Session> sessions,
        List<Note> notes,
        List<Lesson> lessons,
        List<Tag> tags) {

    public static final String SCHEMA = "workshop-hub/export/1";

    public enum Scope {
        /** The whole record, for admins. */
        FULL,
        /** What may leave the room: sensitivity, redaction and attribution applied. */
        REDACTED
    }

    public boolean full() {
        return scope == Scope.FULL;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Workshop(
            long id,
            String title,
            String theme,
            String description,

            @Schema(description = "In the workshop's time zone.")
            OffsetDateTime startsAt,

            OffsetDateTime endsAt,
            String timeZone,
            String venue,
            WorkshopStatus status,
            Attribution attribution,

            @Schema(
                    description =
                            "Visible notes left out because they are labelled other than NONE (0 in a FULL export).")
            int withheldNotes) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Session(
            long id,
            int position,
            String title,
            String prompt,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,

            @Schema(description = "The facilitator's display name (admins only).")
            String facilitator) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Note(
            long id,
            Long sessionId,
            NoteKind kind,
            NoteStatus status,

            @Schema(
                    description = "FULL: as the author wrote it. REDACTED: the publication text where there is one, "
                            + "else the original, with [email], [phone], [link], [handle] and [name] replacing what "
                            + "identifies people. Absent on a merged note's stub.")
            String text,

            @Schema(description = "How many votes the note has (who voted is never exported).")
            Integer votes,

            @Schema(description = "For a MERGED note: the note it was merged into.")
            Long mergedInto,

            Instant createdAt,

            @Schema(description = "Absent when the workshop is ANONYMOUS (REDACTED) or the author is unknown.")
            Author author,

            @Schema(description = "The analyst's wording for outputs (admins only).")
            String publicationText,

            @Schema(description = "The note's label (admins only; a REDACTED export holds NONE notes only).")
            Sensitivity sensitivity,

            @Schema(description = "Admins only.") Boolean pinned,

            @Schema(description = "Why a moderator hid the note (admins only).")
            String hiddenReason) {

        /** A note merged into another: only where it went. */
        static Note stub(long id, Long sessionId, NoteKind kind, Long mergedInto) {
            return new Note(
                    id, sessionId, kind, NoteStatus.MERGED, null, null, mergedInto, null, null, null, null, null, null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Author(
            @Schema(description = "DELEGATE, or RAPPORTEUR for a note staff wrote for the room.")
            String role,

            Sector sector,
            @Schema(description = "Admins only.") String name,
            @Schema(description = "Admins only.") String organisation,
            @Schema(description = "Admins only.") Long delegateId,
            @Schema(description = "Admins only.") Long accountId) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Lesson(
            long id,
            String title,
            String statement,
            LessonType type,
            LessonStatus status,
            int endorsements,

            @Schema(
                    description =
                            "The supporting notes that are in this export (merged ones by the note they went into).")
            List<Long> noteIds,

            Instant createdAt,
            Instant updatedAt) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Tag(
            long id,
            @Schema(description = "NOTE or LESSON.") String targetType,
            long targetId,

            @Schema(description = "The pattern tagged (absent on a technology tag).")
            Code pattern,

            @Schema(description = "The technology tagged (absent on a pattern tag).")
            Code technology,

            Stance stance,
            String rationale,

            @Schema(
                    description =
                            "FULL: the analyst's display name. REDACTED: \"Analyst 1\", \"Analyst 2\" … in order of "
                                    + "their first tag in this workshop.")
            String analyst,

            @Schema(description = "Admins only.") Long analystId,
            Instant taggedAt) {}

    public record Code(String slug, String name) {}
}
