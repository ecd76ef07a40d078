package eu.medi4sec.hub.export;

import eu.medi4sec.hub.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/codebook.qdc")
@Tag(name = "Exports")
class CodebookResource {

    static final String MEDIA_TYPE = "application/xml";

    private final CodeCatalogue catalogue;

    CodebookResource(CodeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    @Operation(
            summary = "The Pattern Language and the technology catalogue as a REFI-QDA codebook (.qdc)",
            description =
                    "For ATLAS.ti, NVivo, MAXQDA, QualCoder, Taguette and other QDA tools: every pattern and "
                            + "technology as a code (under the parent codes Patterns and Technologies, which are not codable), "
                            + "with a GUID derived from its slug (a name-based UUID of \"pattern:<slug>\" or "
                            + "\"technology:<slug>\"), so the same code keeps its GUID in every export; a set per theme and "
                            + "a set of all technologies. Valid against the REFI-QDA Codebook schema (urn:QDA-XML:codebook:1.0).")
    @APIResponse(
            responseCode = "200",
            description = "The codebook, as an attachment named workshop-hub-codebook.qdc.",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Response codebook() {
        return Response.ok(RefiQda.codebook(catalogue.current()), MEDIA_TYPE + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"workshop-hub-codebook.qdc\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
