package eu.medi4sec.hub.export;

import eu.medi4sec.hub.access.Roles;
import eu.medi4sec.hub.access.Viewers;
import eu.medi4sec.hub.output.Format;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/workshops/{id}/export")
@Tag(name = "Exports")
class ExportResource {

    private final ExportService exports;
    private final Viewers viewers;

    ExportResource(ExportService exports, Viewers viewers) {
        this.exports = exports;
        this.viewers = viewers;
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    @Operation(
            summary = "A workshop's record for researchers, as JSON or as a ZIP of CSV files",
            description = "The workshop, its sessions, notes (with their vote counts; who voted is never exported), "
                    + "lessons with their supporting notes, and the analysts' tags. ?format=json (the default) or "
                    + "?format=csv, else by Accept (application/json, application/zip). Admins get the FULL record; "
                    + "other staff a REDACTED one: only visible notes labelled NONE (merged notes as stubs that point "
                    + "to the note they went into; workshop.withheldNotes counts the visible notes left out for their "
                    + "label), texts in their publication wording with emails, phone numbers, links, handles and the "
                    + "names of delegates and staff replaced, authors by sector only (nothing under ANONYMOUS) and "
                    + "analysts as \"Analyst 1\", \"Analyst 2\" …. The ZIP holds workshop.csv, sessions.csv, notes.csv, "
                    + "lessons.csv, lesson_notes.csv and tags.csv with the JSON's field names; a cell that starts with "
                    + "=, +, -, @, a tab or a carriage return gets a leading apostrophe (no spreadsheet formulas).")
    @APIResponse(
            responseCode = "200",
            description = "The export, with a file name in Content-Disposition.",
            content = {
                @Content(mediaType = "application/json", schema = @Schema(implementation = WorkshopExport.class)),
                @Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "406", description = "Accept names neither application/json nor application/zip.")
    public Response export(
            @PathParam("id") long id,
            @Parameter(
                            description = "json (the default) or csv (a ZIP of CSV files).",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"json", "csv"}))
                    @QueryParam("format")
                    String format,
            @Context HttpHeaders headers) {
        Format chosen = Format.choose(format, headers, Format.JSON, Format.CSV);
        WorkshopExport export = exports.export(id, viewers.current());
        Object body = chosen == Format.CSV ? CsvExport.zip(export) : export;
        return chosen.response(body, "workshop-" + id + "-" + export.workshop().title());
    }
}
