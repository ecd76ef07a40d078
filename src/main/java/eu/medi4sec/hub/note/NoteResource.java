package eu.medi4sec.hub.note;

import eu.medi4sec.hub.access.Roles;
import eu.medi4sec.hub.access.Viewers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/notes")
@Tag(name = "Notes")
class NoteResource {

    private final NoteService notes;
    private final NoteCaptureService capture;
    private final NoteModerationService moderation;
    private final Viewers viewers;

    NoteResource(NoteService notes, NoteCaptureService capture, NoteModerationService moderation, Viewers viewers) {
        this.notes = notes;
        this.capture = capture;
        this.moderation = moderation;
        this.viewers = viewers;
    }

    @GET
    @Path("{noteId}")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "One note")
    public NoteView get(@PathParam("noteId") long noteId) {
        return notes.get(noteId, viewers.current());
    }

    @PATCH
    @Path("{noteId}")
    @RolesAllowed(Roles.AUTHOR)
    @Operation(
            summary = "Edit my note",
            description = "Its author only, within the edit window (5 minutes by default).")
    public NoteView edit(
            @PathParam("noteId") long noteId, @NotNull(message = "Send the changes as JSON.") NoteRequests.Edit edit) {
        return capture.edit(noteId, edit, viewers.current());
    }

    @DELETE
    @Path("{noteId}")
    @RolesAllowed(Roles.AUTHOR)
    @Operation(summary = "Withdraw my note", description = "Its author only, within the edit window.")
    public NoteView withdraw(@PathParam("noteId") long noteId) {
        return capture.withdraw(noteId, viewers.current());
    }

    @PUT
    @Path("{noteId}/vote")
    @RolesAllowed(Roles.DELEGATE)
    @Operation(summary = "Vote for a note (delegates; once per note, repeating is harmless)")
    public NoteCaptureService.VoteView vote(@PathParam("noteId") long noteId) {
        return capture.vote(noteId, viewers.current(), true);
    }

    @DELETE
    @Path("{noteId}/vote")
    @RolesAllowed(Roles.DELEGATE)
    @Operation(summary = "Take my vote back (repeating is harmless)")
    public NoteCaptureService.VoteView unvote(@PathParam("noteId") long noteId) {
        return capture.vote(noteId, viewers.current(), false);
    }

    @POST
    @Path("{noteId}/hide")
    @RolesAllowed(Roles.MODERATOR)
    @Operation(summary = "Hide a note, with a reason (moderators)")
    public NoteView hide(
            @PathParam("noteId") long noteId,
            @Valid @NotNull(message = "Send {\"reason\":…}.") NoteRequests.Hide hide) {
        return moderation.hide(noteId, hide.reason(), viewers.current());
    }

    @POST
    @Path("{noteId}/restore")
    @RolesAllowed(Roles.MODERATOR)
    @Operation(summary = "Show a hidden note again (moderators)")
    public NoteView restore(@PathParam("noteId") long noteId) {
        return moderation.restore(noteId, viewers.current());
    }

    @POST
    @Path("{noteId}/approve")
    @RolesAllowed(Roles.MODERATOR)
    @Operation(summary = "Approve a pending note in a pre-moderated workshop (moderators)")
    public NoteView approve(@PathParam("noteId") long noteId) {
        return moderation.approve(noteId, viewers.current());
    }

    @POST
    @Path("{noteId}/pin")
    @RolesAllowed(Roles.MODERATOR)
    @Operation(summary = "Pin a note (moderators)")
    public NoteView pin(@PathParam("noteId") long noteId) {
        return moderation.pin(noteId, true, viewers.current());
    }

    @POST
    @Path("{noteId}/unpin")
    @RolesAllowed(Roles.MODERATOR)
    @Operation(summary = "Unpin a note (moderators)")
    public NoteView unpin(@PathParam("noteId") long noteId) {
        return moderation.pin(noteId, false, viewers.current());
    }

    @PUT
    @Path("{noteId}/sensitivity")
    @RolesAllowed(Roles.STAFF)
    @Operation(
            summary = "Label what may leave the room (staff)",
            description = "label: NONE, PERSONAL_DATA, OPERATIONAL or RESTRICTED; any label but NONE keeps the "
                    + "note out of every publication, public page and export made for a non-admin. reason: optional, "
                    + "up to 500 characters. Recorded in the moderation log (SENSITIVITY); the same label again "
                    + "changes nothing.")
    public NoteView label(
            @PathParam("noteId") long noteId,
            @Valid @NotNull(message = "Send {\"label\": …, \"reason\": …}.") NoteRequests.SensitivityLabel label) {
        return moderation.label(noteId, label, viewers.current());
    }

    @PUT
    @Path("{noteId}/publication-text")
    @RolesAllowed(Roles.CURATOR)
    @Operation(
            summary = "Word a note for outputs (analysts, admins)",
            description = "text: up to 2,000 characters, used by reports, publications and exports instead of the "
                    + "original, which stays for staff; null or blank clears it. Recorded in the moderation log "
                    + "(PUBLICATION_TEXT).")
    public NoteView publicationText(
            @PathParam("noteId") long noteId,
            @NotNull(message = "Send {\"text\": …} (null clears it).") NoteRequests.PublicationText publicationText) {
        return moderation.publicationText(noteId, publicationText.text(), viewers.current());
    }

    @POST
    @Path("{noteId}/merge")
    @RolesAllowed(Roles.MODERATOR)
    @Operation(summary = "Merge a note into another (moderators)", description = "The survivor takes the votes.")
    public NoteView merge(
            @PathParam("noteId") long noteId,
            @Valid @NotNull(message = "Send {\"into\": noteId}.") NoteRequests.Merge merge) {
        return moderation.merge(noteId, merge.into(), viewers.current());
    }
}
