package eu.medi4sec.hub.note;

import eu.medi4sec.hub.access.Viewer;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Query;

/**
 * Which notes a viewer may see, written once. Staff see every note. Anyone else sees visible notes in
 * full and their own notes in full; of someone else's hidden, merged or withdrawn note they learn only
 * that it is gone, and someone else's note still waiting for approval does not exist for them. A
 * delegate reaches the notes of their own workshop only. Lists, search, evidence and the live feed all
 * ask here.
 */
public final class NoteVisibility {

    private NoteVisibility() {}

    /** A delegate reaches only the notes of their own workshop; staff reach every workshop's. */
    static boolean inReach(Note note, Viewer viewer) {
        return viewer.reaches(note.workshopId);
    }

    /** The whole note, rather than only that it is gone. */
    static boolean inFull(Note note, Viewer viewer) {
        return viewer.isStaff() || note.isAuthoredBy(viewer.delegateId(), viewer.accountId()) || note.isVisible();
    }

    /** Whether the viewer learns of the note at all. */
    static boolean known(Note note, Viewer viewer) {
        return inFull(note, viewer) || !note.isPending();
    }

    /** Whether the note counts as evidence for this viewer: staff weigh every note, others visible ones. */
    static boolean evidence(Note note, Viewer viewer) {
        return viewer.isStaff() || note.isVisible();
    }

    /**
     * Narrows a workshop's wall (a Panache query on {@link Note}): others see visible notes and their
     * own that still wait for approval.
     */
    static void restrictWall(StringBuilder where, Parameters params, Viewer viewer) {
        if (viewer.isStaff()) {
            return;
        }
        where.append(" and (status = :visible or (authorDelegateId = :me and status in (:own)))");
        params.and("visible", NoteStatus.VISIBLE)
                .and("me", viewer.delegateId())
                .and("own", java.util.List.of(NoteStatus.VISIBLE, NoteStatus.PENDING));
    }

    /**
     * The condition, on the note table aliased {@code n}, for notes a search may find: never merged or
     * withdrawn ones; for anyone but staff only visible notes and their own. Bind it with
     * {@link #bindSearch}.
     */
    public static String searchCondition(Viewer viewer) {
        return "n.status not in ('MERGED', 'WITHDRAWN')"
                + (viewer.isStaff() ? "" : " and (n.status = 'VISIBLE' or n.author_delegate_id = :me)");
    }

    /**
     * The condition, on the note table aliased {@code n}, for notes that may count in anything public
     * (the public guide's evidence counts), as {@link OutputNote#publishable()} says: visible notes
     * labelled NONE, never pending, hidden, merged or withdrawn ones, nor any marked sensitive. Needs no
     * parameters.
     */
    public static String publishableCondition() {
        return "n.status = 'VISIBLE' and n.sensitivity = 'NONE'";
    }

    public static void bindSearch(Query query, Viewer viewer) {
        if (!viewer.isStaff()) {
            query.setParameter("me", viewer.delegateId());
        }
    }
}
