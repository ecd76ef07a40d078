package eu.medi4sec.hub.breakout;

import eu.medi4sec.hub.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/workshops/{workshopId}/breakouts")
@Tag(name = "Breakout groups")
class BreakoutResource {

    private final BreakoutService breakouts;

    BreakoutResource(BreakoutService breakouts) {
        this.breakouts = breakouts;
    }

    @POST
    @RolesAllowed(Roles.MANAGER)
    @Operation(
            summary = "Split delegates into groups that mix networks (organiser, admin)",
            description = "Send {groups:N} or "
                    + "{size:M}, optionally a seed (same people and seed give the same groups). Uses the checked-in delegates, or "
                    + "every registered one before anyone has checked in. The score compares the split with the mean of 30 random "
                    + "splits of the same people.")
    public Response allocate(
            @PathParam("workshopId") long workshopId,
            @Valid @NotNull(message = "Send {\"groups\":N} or {\"size\":M}.") BreakoutRequests.Allocate request) {
        return Response.status(Response.Status.CREATED)
                .entity(breakouts.allocate(workshopId, request))
                .build();
    }

    @GET
    @RolesAllowed(Roles.MODERATOR)
    @Operation(
            summary = "The current breakout groups with their score",
            description = "204 before the first allocation.")
    public RestResponse<AllocationView> current(@PathParam("workshopId") long workshopId) {
        return breakouts.current(workshopId).map(RestResponse::ok).orElseGet(RestResponse::noContent);
    }

    @PUT
    @Path("{allocationId}/delegates/{delegateId}")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Move a delegate to another group by hand (organiser, admin); the score updates")
    public AllocationView move(
            @PathParam("workshopId") long workshopId,
            @PathParam("allocationId") long allocationId,
            @PathParam("delegateId") long delegateId,
            @Valid @NotNull(message = "Send {\"group\":n}.") BreakoutRequests.Move move) {
        return breakouts.move(workshopId, allocationId, delegateId, move.group());
    }
}
