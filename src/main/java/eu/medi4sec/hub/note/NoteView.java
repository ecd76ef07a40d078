package eu.medi4sec.hub.note;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.medi4sec.hub.delegate.Sector;
import java.time.Instant;

/**
 * A note as one viewer may see it. Built only by {@link NoteViews}, which applies the workshop's
 * attribution rule. Fields a viewer may not see are absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NoteView(
        long id,
        long workshopId,
        Long sessionId,
        String text,
        NoteKind kind,
        NoteStatus status,
        Boolean pinned,
        Integer votes,
        Long mergedInto,
        Instant createdAt,
        Instant updatedAt,
        Author author,
        String hiddenReason,
        Boolean mine,
        Boolean votedByMe,
        Instant editableUntil,
        /** The Idempotency-Key the author's device sent; only the author sees it. */
        java.util.UUID clientKey,
        /** What may leave the room: staff see it on every note, a delegate on their own notes only. */
        Sensitivity sensitivity,
        /** Why the note has its label (staff only). */
        String sensitivityReason,
        /** The analyst's wording for outputs (staff only); {@code text} stays the original. */
        String publicationText) {

    /**
     * What may be shown of the author: under ATTRIBUTED name and organisation (and sector); under
     * CHATHAM_HOUSE only the sector; under ANONYMOUS nothing. Admins see all of it, with the ids.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Author(
            String name, String organisation, Sector sector, String role, Long delegateId, Long accountId) {}
}
