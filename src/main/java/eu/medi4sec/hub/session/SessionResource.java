package eu.medi4sec.hub.session;

import eu.medi4sec.hub.access.Caller;
import eu.medi4sec.hub.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/workshops/{workshopId}/sessions")
@Tag(name = "Agenda")
class SessionResource {

    private final SessionService sessions;
    private final Caller caller;

    SessionResource(SessionService sessions, Caller caller) {
        this.sessions = sessions;
        this.caller = caller;
    }

    public record Order(
            @NotNull(message = "List the session ids in their new order.")
            @Size(max = 500, message = "A workshop has at most 500 sessions to order.")
            List<@NotNull(message = "A session id cannot be null.") Long> sessionIds) {}

    @GET
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "The workshop's agenda, in order (staff, and the workshop's own delegates)")
    public List<SessionView> list(@PathParam("workshopId") long workshopId) {
        caller.requireWorkshop(workshopId);
        return sessions.list(workshopId);
    }

    @GET
    @Path("{sessionId}")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "One session")
    public SessionView get(@PathParam("workshopId") long workshopId, @PathParam("sessionId") long sessionId) {
        caller.requireWorkshop(workshopId);
        return sessions.get(workshopId, sessionId);
    }

    @POST
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Add a session at the end of the agenda (organiser, admin)")
    public Response create(
            @PathParam("workshopId") long workshopId,
            @Valid @NotNull(message = "Send the session as JSON.") SessionRequest request,
            @Context UriInfo uri) {
        SessionView created = sessions.create(workshopId, request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{sessionId}")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Replace a session's details (organiser, admin)")
    public SessionView update(
            @PathParam("workshopId") long workshopId,
            @PathParam("sessionId") long sessionId,
            @Valid @NotNull(message = "Send the session as JSON.") SessionRequest request) {
        return sessions.update(workshopId, sessionId, request);
    }

    @DELETE
    @Path("{sessionId}")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Remove a session (organiser, admin)")
    public void delete(@PathParam("workshopId") long workshopId, @PathParam("sessionId") long sessionId) {
        sessions.delete(workshopId, sessionId);
    }

    @POST
    @Path("{sessionId}/open")
    @RolesAllowed(Roles.MODERATOR)
    @Operation(
            summary = "Open the session's round for notes (facilitators)",
            description = "Only while the workshop " + "is LIVE (409 otherwise). Several rounds may be open at once.")
    public SessionView open(@PathParam("workshopId") long workshopId, @PathParam("sessionId") long sessionId) {
        return sessions.setRound(workshopId, sessionId, true);
    }

    @POST
    @Path("{sessionId}/close")
    @RolesAllowed(Roles.MODERATOR)
    @Operation(summary = "Close the session's round (facilitators)")
    public SessionView close(@PathParam("workshopId") long workshopId, @PathParam("sessionId") long sessionId) {
        return sessions.setRound(workshopId, sessionId, false);
    }

    @PUT
    @Path("order")
    @RolesAllowed(Roles.MANAGER)
    @Operation(
            summary = "Reorder the agenda (organiser, admin)",
            description = "sessionIds must name every session once.")
    public List<SessionView> reorder(
            @PathParam("workshopId") long workshopId,
            @Valid @NotNull(message = "Send {\"sessionIds\":[…]}.") Order order) {
        return sessions.reorder(workshopId, order.sessionIds());
    }
}
