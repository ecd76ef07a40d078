package eu.medi4sec.hub.export;

import eu.medi4sec.hub.access.Roles;
import eu.medi4sec.hub.access.Viewers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/workshops/{id}/project.qdpx")
@Tag(name = "Exports")
class ProjectResource {

    static final String MEDIA_TYPE = "application/zip";

    private final ExportService exports;
    private final CodeCatalogue catalogue;
    private final Viewers viewers;

    ProjectResource(ExportService exports, CodeCatalogue catalogue, Viewers viewers) {
        this.exports = exports;
        this.catalogue = catalogue;
        this.viewers = viewers;
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    @Operation(
            summary = "A workshop as a REFI-QDA project (.qdpx) for qualitative-analysis tools",
            description = "A ZIP holding project.qde (valid against the REFI-QDA Project schema, "
                    + "urn:QDA-XML:project:1.0) and sources/<guid>.txt: each note and each lesson is a text source "
                    + "(variables Session, Kind, Votes, Sector), each tag a coding of the whole text with the pattern "
                    + "or technology as its code and a memo with the stance and rationale; the codebook is inside, "
                    + "sessions and themes are sets, and the analysts who tagged are the users. The same rules as "
                    + "the export apply: admins get every note as written and the analysts' names; other staff only "
                    + "visible notes labelled NONE, redacted, authors by sector only, analysts as \"Analyst 1\" ….")
    @APIResponse(
            responseCode = "200",
            description = "The project, as an attachment named after the workshop.",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response project(@PathParam("id") long id) {
        WorkshopExport export = exports.export(id, viewers.current());
        byte[] project = RefiQda.project(export, catalogue.current());
        return Response.ok(project, MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + fileName(export) + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    private static String fileName(WorkshopExport export) {
        String title = export.workshop()
                .title()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        String stem = "workshop-" + export.workshop().id() + (title.isEmpty() ? "" : "-" + title);
        return (stem.length() > 80 ? stem.substring(0, 80) : stem) + ".qdpx";
    }
}
