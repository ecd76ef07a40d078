package eu.medi4sec.hub.pattern;

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

@Path("/patterns")
@Tag(name = "Pattern Language")
class PatternResource {

    private final PatternService patterns;
    private final EvidenceService evidence;
    private final Caller caller;
    private final Viewers viewers;

    PatternResource(PatternService patterns, EvidenceService evidence, Caller caller, Viewers viewers) {
        this.patterns = patterns;
        this.evidence = evidence;
        this.caller = caller;
        this.viewers = viewers;
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    @Operation(
            summary = "The pattern inventory",
            description = "Filter by theme (slug), status, and text (full-text "
                    + "search, ranked); otherwise ordered by name.")
    public List<PatternView> list(
            @QueryParam("theme") String theme,
            @QueryParam("status") String status,
            @QueryParam("text") String text,
            @QueryParam("q") String q) {
        return patterns.list(
                Optional.ofNullable(theme).filter(t -> !t.isBlank()),
                QueryParams.enumValue("status", status, PatternStatus.class),
                Optional.ofNullable(text != null ? text : q));
    }

    @GET
    @Path("graph")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Patterns and their typed relations as a graph: {nodes, edges:[{from, to, type}]}")
    public PatternService.Graph graph() {
        return patterns.graph();
    }

    @GET
    @Path("{slug}")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "One pattern, with its relations both ways and its ETag")
    public Response get(@PathParam("slug") String slug) {
        PatternView pattern = patterns.get(slug);
        return Response.ok(pattern).header(HttpHeaders.ETAG, pattern.etag()).build();
    }

    @POST
    @RolesAllowed(Roles.CURATOR)
    @Operation(summary = "Add a pattern (analyst, admin)")
    public Response create(
            @Valid @NotNull(message = "Send the pattern as JSON.") PatternRequest request, @Context UriInfo uri) {
        PatternView created = patterns.create(request, caller.accountId());
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
            summary = "Edit a pattern (analyst, admin)",
            description = "Send If-Match with the ETag you read (stale: "
                    + "412) or the version field (stale: 409). relations, when sent, replace the pattern's outgoing relations. "
                    + "Every edit keeps a revision.")
    public Response update(
            @PathParam("slug") String slug,
            @Valid @NotNull(message = "Send the pattern as JSON.") PatternRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        PatternView updated = patterns.update(slug, request, ETags.versionIn(ifMatch, "pattern"), caller.accountId());
        return Response.ok(updated).header(HttpHeaders.ETAG, updated.etag()).build();
    }

    @GET
    @Path("{slug}/evidence")
    @RolesAllowed(Roles.STAFF)
    @Operation(
            summary = "The evidence behind a pattern",
            description = "Every tagged note and lesson with its workshop and "
                    + "stance (notes as the notes API shows them, so the attribution rule applies), and counts by workshop, theme "
                    + "and sector, supporting versus contradicting.")
    public EvidenceService.Evidence evidence(@PathParam("slug") String slug) {
        return evidence.of(slug, viewers.current());
    }

    @GET
    @Path("{slug}/revisions")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Every edit of a pattern, newest first: who, when, fields before and after")
    public List<PatternService.Revision> revisions(@PathParam("slug") String slug) {
        return patterns.revisions(slug);
    }
}
