package eu.medi4sec.hub.lesson;

import eu.medi4sec.hub.access.Caller;
import eu.medi4sec.hub.access.Roles;
import eu.medi4sec.hub.access.Viewers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/workshops/{workshopId}/lessons")
@Tag(name = "Lessons")
class WorkshopLessonResource {

    private final LessonService lessons;
    private final Caller caller;
    private final Viewers viewers;

    WorkshopLessonResource(LessonService lessons, Caller caller, Viewers viewers) {
        this.lessons = lessons;
        this.caller = caller;
        this.viewers = viewers;
    }

    @GET
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "A workshop's lessons", description = "Delegates see all but rejected ones.")
    public List<LessonView> list(@PathParam("workshopId") long workshopId) {
        caller.requireWorkshop(workshopId);
        return lessons.list(workshopId, viewers.current());
    }

    @POST
    @RolesAllowed(Roles.STAFF)
    @Operation(
            summary = "Draft a lesson from notes (facilitators, analysts)",
            description = "Starts EMERGING; the " + "supporting notes must belong to this workshop (422 otherwise).")
    public Response create(
            @PathParam("workshopId") long workshopId,
            @Valid @NotNull(message = "Send the lesson as JSON.") LessonRequest request,
            @Context UriInfo uri) {
        LessonView created = lessons.create(workshopId, request, viewers.current());
        return Response.created(uri.getBaseUriBuilder()
                        .path("lessons")
                        .path(Long.toString(created.id()))
                        .build())
                .entity(created)
                .build();
    }
}
