package eu.medi4sec.hub.publication;

import eu.medi4sec.hub.access.Caller;
import eu.medi4sec.hub.access.Roles;
import eu.medi4sec.hub.common.ETags;
import eu.medi4sec.hub.output.Format;
import io.vertx.core.http.HttpServerResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/publications")
@Tag(name = "Publications")
class PublicationResource {

    private final PublicationService publications;
    private final Caller caller;

    PublicationResource(PublicationService publications, Caller caller) {
        this.publications = publications;
        this.caller = caller;
    }

    public record Transition(
            @NotNull(message = "Say which status to move to, e.g. {\"to\":\"IN_REVIEW\"}.")
            PublicationStatus to) {}

    @GET
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Every publication, with its status and versions (staff)")
    public List<PublicationView> list() {
        return publications.list();
    }

    @POST
    @RolesAllowed(Roles.CURATOR)
    @Operation(
            summary = "Start a publication (analysts, admins)",
            description = "Starts as DRAFT with a slug made from the title (unique: -2, -3 … are appended). Empty"
                    + " themes or workshops mean all of them; an unknown theme or workshop is 422 naming"
                    + " themes[i] or workshops[i].")
    public Response create(
            @Valid @NotNull(message = "Send the publication as JSON.") PublicationRequest request,
            @Context UriInfo uri) {
        PublicationView created = publications.create(request, caller.accountId());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(created.id()))
                        .build())
                .entity(created)
                .header(HttpHeaders.ETAG, created.etag())
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.STAFF)
    @Produces({"application/json", "text/html;charset=UTF-8", "text/markdown;charset=UTF-8", "application/pdf"})
    @Operation(
            summary = "A publication as it would be published now (staff): json, html, md or pdf",
            description = "?format= (json, html, md, pdf) or Accept chooses; JSON is the publication with its"
                    + " status, versions and the assembled document.")
    public Response get(
            @PathParam("id") long id,
            @QueryParam("format") String format,
            @Context HttpHeaders headers,
            @Context HttpServerResponse http) {
        Format chosen = Format.choose(format, headers, Format.JSON, Format.HTML, Format.MD, Format.PDF);
        PublicationService.Rendered rendered = publications.preview(id, chosen);
        Response response = rendered.response(http, publications.contentSecurityPolicy());
        return rendered.body() instanceof PublicationView view
                ? Response.fromResponse(response)
                        .header(HttpHeaders.ETAG, view.etag())
                        .build()
                : response;
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.CURATOR)
    @Operation(
            summary = "Change a publication's title, kind, scope or introduction (analysts, admins)",
            description = "Only while DRAFT or IN_REVIEW (409 otherwise); the slug stays. If-Match (stale: 412)"
                    + " or version (stale: 409).")
    public Response update(
            @PathParam("id") long id,
            @Valid @NotNull(message = "Send the publication as JSON.") PublicationRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        PublicationView updated = publications.update(id, request, ETags.versionIn(ifMatch, "publication"));
        return Response.ok(updated).header(HttpHeaders.ETAG, updated.etag()).build();
    }

    @POST
    @Path("{id}/transitions")
    @RolesAllowed(Roles.CURATOR)
    @Operation(
            summary = "Move a publication on (analysts, admins)",
            description = "DRAFT → IN_REVIEW; IN_REVIEW → DRAFT or PUBLISHED; PUBLISHED → IN_REVIEW (to prepare the"
                    + " next version) or WITHDRAWN. Publishing freezes the next numbered version. Moving to the"
                    + " current status changes nothing; anything else is 409.")
    public PublicationView transition(
            @PathParam("id") long id, @Valid @NotNull(message = "Send {\"to\":…}.") Transition transition) {
        return publications.transition(id, transition.to(), caller.accountId());
    }

    @GET
    @Path("{id}/versions")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "A publication's published versions, newest first (staff)")
    public List<PublicationView.VersionSummary> versions(@PathParam("id") long id) {
        return publications.versions(id);
    }

    @GET
    @Path("{id}/versions/{number}")
    @RolesAllowed(Roles.STAFF)
    @Produces({"application/json", "text/html;charset=UTF-8", "text/markdown;charset=UTF-8", "application/pdf"})
    @Operation(
            summary = "One published version, as it was published (staff): json, html, md or pdf",
            description = "?format= or Accept chooses; JSON is the frozen document.")
    public Response version(
            @PathParam("id") long id,
            @PathParam("number") int number,
            @QueryParam("format") String format,
            @Context HttpHeaders headers,
            @Context HttpServerResponse http) {
        Format chosen = Format.choose(format, headers, Format.JSON, Format.HTML, Format.MD, Format.PDF);
        return publications.version(id, number, chosen).response(http, publications.contentSecurityPolicy());
    }
}
