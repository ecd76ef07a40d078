package eu.medi4sec.hub.publication;

import eu.medi4sec.hub.output.Format;
import io.vertx.core.http.HttpServerResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The published outputs, for anyone: only PUBLISHED publications, as their latest published version
 * (or an earlier numbered one). A draft, one in review or a withdrawn one is 404, like an unknown slug.
 */
@Path("/public/publications")
@Tag(name = "Public publications")
class PublicPublicationResource {

    private final PublicationService publications;

    PublicPublicationResource(PublicationService publications) {
        this.publications = publications;
    }

    @GET
    @PermitAll
    @Operation(
            summary = "The published publications (public)",
            description = "Newest first. With pattern (a pattern's slug), only those that cite that pattern.")
    public List<PublicSummary> list(@QueryParam("pattern") String pattern) {
        return publications.published(
                Optional.ofNullable(pattern).map(String::strip).filter(p -> !p.isEmpty()));
    }

    @GET
    @Path("{slug}")
    @PermitAll
    @Produces({"application/json", "text/html;charset=UTF-8", "text/markdown;charset=UTF-8", "application/pdf"})
    @Operation(
            summary = "A published publication's latest version (public): json, html, md or pdf",
            description = "?format= or Accept chooses. 404 unless the publication is PUBLISHED.")
    public Response get(
            @PathParam("slug") String slug,
            @QueryParam("format") String format,
            @Context HttpHeaders headers,
            @Context HttpServerResponse http) {
        Format chosen = Format.choose(format, headers, Format.JSON, Format.HTML, Format.MD, Format.PDF);
        return publications
                .publicDocument(slug, Optional.empty(), chosen)
                .response(http, publications.contentSecurityPolicy());
    }

    @GET
    @Path("{slug}/versions/{number}")
    @PermitAll
    @Produces({"application/json", "text/html;charset=UTF-8", "text/markdown;charset=UTF-8", "application/pdf"})
    @Operation(
            summary = "An earlier version of a published publication (public): json, html, md or pdf",
            description = "404 unless the publication is PUBLISHED and has that version.")
    public Response version(
            @PathParam("slug") String slug,
            @PathParam("number") int number,
            @QueryParam("format") String format,
            @Context HttpHeaders headers,
            @Context HttpServerResponse http) {
        Format chosen = Format.choose(format, headers, Format.JSON, Format.HTML, Format.MD, Format.PDF);
        return publications
                .publicDocument(slug, Optional.of(number), chosen)
                .response(http, publications.contentSecurityPolicy());
    }
}
