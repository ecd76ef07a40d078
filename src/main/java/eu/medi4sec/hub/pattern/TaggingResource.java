package eu.medi4sec.hub.pattern;

import eu.medi4sec.hub.access.Roles;
import eu.medi4sec.hub.access.Viewers;
import eu.medi4sec.hub.note.NoteView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A workshop's tagging: the analyst's queue and how far it has got. */
@Path("/workshops/{workshopId}/tagging")
@Tag(name = "Tagging")
class TaggingResource {

    private final EvidenceService evidence;
    private final Viewers viewers;

    TaggingResource(EvidenceService evidence, Viewers viewers) {
        this.evidence = evidence;
        this.viewers = viewers;
    }

    @GET
    @Path("queue")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Visible notes no pattern is tagged to yet, oldest first")
    public List<NoteView> queue(@PathParam("workshopId") long workshopId) {
        return evidence.queue(workshopId, viewers.current());
    }

    @GET
    @Path("summary")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Share of notes tagged, and lessons linked to no pattern (candidates for new patterns)")
    public EvidenceService.WorkshopSummary summary(@PathParam("workshopId") long workshopId) {
        return evidence.summary(workshopId, viewers.current());
    }
}
