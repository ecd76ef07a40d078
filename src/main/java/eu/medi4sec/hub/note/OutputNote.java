package eu.medi4sec.hub.note;

import eu.medi4sec.hub.delegate.Sector;
import java.time.Instant;

/**
 * A note as outputs (reports, publications, exports) start from: everything they may need, before the
 * output applies sensitivity, redaction and the attribution rule. Built by
 * {@link NoteService#forOutput}; never sent to a client as it is.
 *
 * @param text the text outputs use: the analyst's publication text where there is one
 * @param originalText what the author wrote, for staff
 * @param authorSector the author's sector (null for staff authors and unknown authors)
 */
public record OutputNote(
        long id,
        long workshopId,
        long sessionId,
        NoteKind kind,
        NoteStatus status,
        int votes,
        Long mergedInto,
        Sensitivity sensitivity,
        String text,
        String originalText,
        boolean hasPublicationText,
        Instant createdAt,
        Sector authorSector,
        boolean staffAuthor,
        Long authorDelegateId) {

    /** Visible (not hidden, merged, withdrawn or waiting) and labelled NONE: may be published. */
    public boolean publishable() {
        return status == NoteStatus.VISIBLE && sensitivity.publishable();
    }

    public boolean visible() {
        return status == NoteStatus.VISIBLE;
    }
}
