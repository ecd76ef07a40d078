package eu.medi4sec.hub.workshop;

import eu.medi4sec.hub.access.Roles;
import eu.medi4sec.hub.common.ETags;
import eu.medi4sec.hub.common.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/workshops")
@Tag(name = "Workshops")
class WorkshopResource {

    private final WorkshopService workshops;

    WorkshopResource(WorkshopService workshops) {
        this.workshops = workshops;
    }

    public record Transition(
            @NotNull(message = "Say which status to move to, e.g. {\"to\":\"SCHEDULED\"}.")
            WorkshopStatus to) {}

    @GET
    @RolesAllowed(Roles.STAFF)
    @Operation(
            summary = "List workshops",
            description = "Filters: theme (slug), status, from/to (a date or a date-time "
                    + "with offset, on startsAt; from inclusive, to exclusive). Ordered by start then id. Paginated with page "
                    + "(from 0) and size (1-200, default 20); X-Total-Count and Link headers describe the rest.")
    public Response list(
            @QueryParam("theme") String theme,
            @QueryParam("status") String status,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @Context UriInfo uri) {
        var filter = new WorkshopService.Filter(
                Optional.ofNullable(theme).filter(t -> !t.isBlank()),
                QueryParams.enumValue("status", status, WorkshopStatus.class),
                QueryParams.instant("from", from),
                QueryParams.instant("to", to),
                QueryParams.integer("page", page, 0, 0, 1_000_000),
                QueryParams.integer("size", size, 20, 1, 200));
        WorkshopService.Listing listing = workshops.list(filter);
        Response.ResponseBuilder response = Response.ok(listing.workshops()).header("X-Total-Count", listing.total());
        List<String> links = new ArrayList<>();
        if ((long) (filter.page() + 1) * filter.size() < listing.total()) {
            links.add(Link.fromUriBuilder(uri.getRequestUriBuilder().replaceQueryParam("page", filter.page() + 1))
                    .rel("next")
                    .build()
                    .toString());
        }
        if (filter.page() > 0) {
            links.add(Link.fromUriBuilder(uri.getRequestUriBuilder().replaceQueryParam("page", filter.page() - 1))
                    .rel("prev")
                    .build()
                    .toString());
        }
        if (!links.isEmpty()) {
            response.header("Link", String.join(", ", links));
        }
        return response.build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "One workshop, with its ETag")
    public Response get(@PathParam("id") long id) {
        WorkshopView workshop = workshops.get(id);
        return Response.ok(workshop).header(HttpHeaders.ETAG, workshop.etag()).build();
    }

    @POST
    @RolesAllowed(Roles.MANAGER)
    @Operation(
            summary = "Create a workshop (organiser, admin)",
            description = "Starts as DRAFT with a fresh join code.")
    public Response create(
            @Valid @NotNull(message = "Send the workshop as JSON.") WorkshopRequest request, @Context UriInfo uri) {
        WorkshopView created = workshops.create(request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(created.id()))
                        .build())
                .header(HttpHeaders.ETAG, created.etag())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.MANAGER)
    @Operation(
            summary = "Replace a workshop's details (organiser, admin)",
            description = "Send If-Match with the "
                    + "ETag you read (a stale one gets 412), or the version field (a stale one gets 409).")
    public Response update(
            @PathParam("id") long id,
            @Valid @NotNull(message = "Send the workshop as JSON.") WorkshopRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        WorkshopView updated = workshops.update(id, request, ETags.versionIn(ifMatch, "workshop"));
        return Response.ok(updated).header(HttpHeaders.ETAG, updated.etag()).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Delete a DRAFT workshop (organiser, admin)")
    public void delete(@PathParam("id") long id) {
        workshops.delete(id);
    }

    @POST
    @Path("{id}/transitions")
    @RolesAllowed(Roles.MANAGER)
    @Operation(
            summary = "Move a workshop to another status (organiser, admin)",
            description =
                    "DRAFT→SCHEDULED, "
                            + "SCHEDULED→DRAFT, SCHEDULED→LIVE, LIVE→CLOSED, CLOSED→ARCHIVED, DRAFT/SCHEDULED→CANCELLED; anything else is 409.")
    public Response transition(
            @PathParam("id") long id,
            @Valid @NotNull(message = "Say which status to move to, e.g. {\"to\":\"SCHEDULED\"}.")
                    Transition transition) {
        WorkshopView moved = workshops.transition(id, transition.to());
        return Response.ok(moved).header(HttpHeaders.ETAG, moved.etag()).build();
    }
}
