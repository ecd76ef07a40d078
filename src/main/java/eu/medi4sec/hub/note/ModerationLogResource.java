package eu.medi4sec.hub.note;

import eu.medi4sec.hub.account.Roles;
import eu.medi4sec.hub.common.Caller;
import eu.medi4sec.hub.common.QueryParams;
import eu.medi4sec.hub.live.Viewer;
import eu.medi4sec.hub.live.Viewers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The moderation audit log of a workshop. */
@Path("/workshops/{workshopId}/moderation-log")
@Tag(name = "Notes")
public class ModerationLogResource {

    private final NoteService notes;

    ModerationLogResource(NoteService notes) {
        this.notes = notes;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ORGANISER, Roles.FACILITATOR, Roles.ANALYST})
    @Operation(summary = "Who moderated what, when and why (staff)")
    public List<NoteService.ModerationEntry> moderationLog(@PathParam("workshopId") long workshopId) {
        return notes.moderationLog(workshopId);
    }

}
