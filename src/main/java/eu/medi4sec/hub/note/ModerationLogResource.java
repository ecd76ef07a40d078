package eu.medi4sec.hub.note;

import eu.medi4sec.hub.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The moderation audit log of a workshop. */
@Path("/workshops/{workshopId}/moderation-log")
@Tag(name = "Notes")
class ModerationLogResource {

    private final NoteModerationService moderation;

    ModerationLogResource(NoteModerationService moderation) {
        this.moderation = moderation;
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Who moderated what, when and why (staff)")
    public List<NoteModerationService.ModerationEntry> moderationLog(@PathParam("workshopId") long workshopId) {
        return moderation.moderationLog(workshopId);
    }
}
