package eu.medi4sec.hub.pattern;

import eu.medi4sec.hub.common.ClientAddress;
import eu.medi4sec.hub.common.Json;
import eu.medi4sec.hub.common.ProblemException;
import eu.medi4sec.hub.common.QueryParams;
import eu.medi4sec.hub.common.Throttle;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The Pattern Language as a public guide: no sign-in, PUBLISHED patterns only, evidence as counts. The
 * answers are the same for everyone, so they may be cached for a minute and carry an ETag; a pattern
 * that is not in the guide (a draft, or no pattern at all) is 404 and counts against the caller's
 * address like any other failure at a public door.
 */
@Path("/public/patterns")
@Tag(name = "Pattern Language guide (public)")
class PublicPatternResource {

    static final String CACHE_CONTROL = "public, max-age=60";
    private static final int MAX_TEXT = 200;
    private static final int MAX_THEME = 60;
    private static final String TOO_MANY = "Too many requests for pages that do not exist came from your address";

    private final PublicPatternService guide;
    private final Throttle throttle;
    private final Json json;

    PublicPatternResource(PublicPatternService guide, Throttle throttle, Json json) {
        this.guide = guide;
        this.throttle = throttle;
        this.json = json;
    }

    @GET
    @PermitAll
    @Operation(
            summary = "The published patterns of the public guide",
            description = "No sign-in. Filter by theme (its slug) and q (full text, best match first); otherwise "
                    + "ordered by name. Each pattern with its evidence in all: how many publishable notes support "
                    + "or contradict it. Cacheable for a minute, with an ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The published patterns that match.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(type = SchemaType.ARRAY, implementation = PublicPatternView.Summary.class)))
    public Response list(
            @QueryParam("theme") String theme,
            @QueryParam("q") String q,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Context RoutingContext http) {
        throttle.checkAllowed(TOO_MANY, throttle.address(ClientAddress.of(http)));
        return cacheable(
                guide.list(QueryParams.text("theme", theme, MAX_THEME), QueryParams.text("q", q, MAX_TEXT)),
                ifNoneMatch);
    }

    @GET
    @Path("graph")
    @PermitAll
    @Operation(
            summary = "The published patterns and the relations between them, as a graph",
            description = "No sign-in. {nodes, edges:[{from, to, type}]}: only relations between two published "
                    + "patterns. Cacheable for a minute, with an ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The graph of the published patterns.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PatternService.Graph.class)))
    public Response graph(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, @Context RoutingContext http) {
        throttle.checkAllowed(TOO_MANY, throttle.address(ClientAddress.of(http)));
        return cacheable(guide.graph(), ifNoneMatch);
    }

    @GET
    @Path("{slug}")
    @PermitAll
    @Operation(
            summary = "One published pattern of the public guide",
            description = "No sign-in. Its text, themes, relations to other published patterns, and evidence as "
                    + "counts by theme and sector, supporting versus contradicting. A draft is 404, as is a slug no "
                    + "pattern has. Cacheable for a minute, with an ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The pattern.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PublicPatternView.class)))
    public Response get(
            @PathParam("slug") String slug,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Context RoutingContext http) {
        Throttle.Limit address = throttle.address(ClientAddress.of(http));
        throttle.checkAllowed(TOO_MANY, address);
        PublicPatternView pattern = guide.get(slug).orElseThrow(() -> {
            throttle.record(address);
            return ProblemException.notFound("There is no pattern '" + slug + "' in the guide.");
        });
        return cacheable(pattern, ifNoneMatch);
    }

    /** The body with a weak ETag of its JSON; 304 when the client already holds that. */
    private Response cacheable(Object body, String ifNoneMatch) {
        String written = json.write(body);
        String etag = "W/\"" + digest(written) + "\"";
        boolean held = ifNoneMatch != null
                && Arrays.stream(ifNoneMatch.split(","))
                        .map(String::trim)
                        .anyMatch(
                                t -> t.equals("*") || t.replaceFirst("^W/", "").equals(etag.substring(2)));
        Response.ResponseBuilder response = held
                ? Response.notModified()
                : Response.ok(written, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
        return response.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .build();
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256.", e);
        }
    }
}
