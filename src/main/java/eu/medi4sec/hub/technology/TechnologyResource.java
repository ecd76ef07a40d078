package eu.medi4sec.hub.technology;

import eu.medi4sec.hub.access.Caller;
import eu.medi4sec.hub.access.Roles;
import eu.medi4sec.hub.access.Viewers;
import eu.medi4sec.hub.common.ETags;
import eu.medi4sec.hub.common.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/technologies")
@Tag(name = "Technology catalogue")
class TechnologyResource {

    private final TechnologyService technologies;
    private final Caller caller;
    private final Viewers viewers;

    TechnologyResource(TechnologyService technologies, Caller caller, Viewers viewers) {
        this.technologies = technologies;
        this.caller = caller;
        this.viewers = viewers;
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    @Operation(
            summary = "The catalogue of social media technologies",
            description = "Filter by theme (slug), category, and q (text in the name, summary or uses; best match"
                    + " first); otherwise ordered by name.")
    public List<TechnologyView> list(
            @QueryParam("theme") String theme, @QueryParam("category") String category, @QueryParam("q") String q) {
        return technologies.list(
                Optional.ofNullable(theme).filter(t -> !t.isBlank()),
                QueryParams.enumValue("category", category, TechnologyCategory.class),
                Optional.ofNullable(q));
    }

    @GET
    @Path("{slug}")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "One technology of the catalogue, with its ETag")
    public Response get(@PathParam("slug") String slug) {
        TechnologyView technology = technologies.get(slug);
        return Response.ok(technology)
                .header(HttpHeaders.ETAG, technology.etag())
                .build();
    }

    @POST
    @RolesAllowed(Roles.CURATOR)
    @Operation(summary = "Add a technology to the catalogue (analyst, admin)")
    public Response create(
            @Valid @NotNull(message = "Send the technology as JSON.") TechnologyRequest request, @Context UriInfo uri) {
        TechnologyView created = technologies.create(request, caller.accountId());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(created.slug()).build())
                .header(HttpHeaders.ETAG, created.etag())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed(Roles.CURATOR)
    @Operation(
            summary = "Edit a technology of the catalogue (analyst, admin)",
            description = "Send If-Match with the ETag you read (stale: 412) or the version field (stale: 409)."
                    + " Every edit keeps a revision.")
    public Response update(
            @PathParam("slug") String slug,
            @Valid @NotNull(message = "Send the technology as JSON.") TechnologyRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        TechnologyView updated =
                technologies.update(slug, request, ETags.versionIn(ifMatch, "technology"), caller.accountId());
        return Response.ok(updated).header(HttpHeaders.ETAG, updated.etag()).build();
    }

    @GET
    @Path("{slug}/revisions")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Every edit of a technology, newest first: who, when, fields before and after")
    public List<TechnologyService.Revision> revisions(@PathParam("slug") String slug) {
        return technologies.revisions(slug);
    }

    @GET
    @Path("{slug}/evidence")
    @RolesAllowed(Roles.STAFF)
    @Operation(
            summary = "The evidence behind a technology",
            description = "Every note and lesson tagged to it with its workshop and stance (notes as the notes API"
                    + " shows them, so the attribution rule applies), and counts by workshop, theme and sector,"
                    + " supporting versus contradicting.")
    public TechnologyService.Evidence evidence(@PathParam("slug") String slug) {
        return technologies.evidence(slug, viewers.current());
    }
}
