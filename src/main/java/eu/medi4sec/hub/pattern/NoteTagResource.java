package eu.medi4sec.hub.pattern;

import eu.medi4sec.hub.access.Caller;
import eu.medi4sec.hub.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tags on a note (analysts write; delegates can never tag). */
@Path("/notes/{noteId}/tags")
@Tag(name = "Tagging")
class NoteTagResource {

    private final TagService tags;
    private final Caller caller;

    NoteTagResource(TagService tags, Caller caller) {
        this.tags = tags;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.CURATOR)
    @Operation(
            summary = "Tag a note to a pattern or a technology (analysts)",
            description =
                    "{pattern: slug, stance: SUPPORTS|CONTRADICTS, rationale}, or {technology: slug, …} instead of"
                            + " pattern (exactly one of the two, else 422); the same pattern or technology twice is 409.")
    public Response tag(
            @PathParam("noteId") long noteId,
            @Valid @NotNull(message = "Send the tag as JSON.") TagService.TagRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(tags.tag(TagTarget.NOTE, noteId, request, caller.accountId()))
                .build();
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "A note's tags, to patterns and technologies (each names one of the two)")
    public List<TagService.TagView> list(@PathParam("noteId") long noteId) {
        return tags.of(TagTarget.NOTE, noteId);
    }

    @DELETE
    @Path("{tagId}")
    @RolesAllowed(Roles.CURATOR)
    @Operation(summary = "Remove a note's tag (analysts)")
    public void untag(@PathParam("noteId") long noteId, @PathParam("tagId") long tagId) {
        tags.untag(TagTarget.NOTE, noteId, tagId);
    }
}
