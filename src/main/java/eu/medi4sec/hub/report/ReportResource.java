package eu.medi4sec.hub.report;

import eu.medi4sec.hub.access.Roles;
import eu.medi4sec.hub.access.Viewers;
import eu.medi4sec.hub.output.Format;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/workshops/{workshopId}/report")
@Tag(name = "Outputs")
class ReportResource {

    private final WorkshopReportService reports;
    private final ReportDocuments documents;
    private final Viewers viewers;

    ReportResource(WorkshopReportService reports, ReportDocuments documents, Viewers viewers) {
        this.reports = reports;
        this.documents = documents;
        this.viewers = viewers;
    }

    @GET
    @Produces({"text/html", "text/markdown", "application/pdf"})
    @RolesAllowed(Roles.STAFF)
    @Operation(
            summary = "The workshop report as HTML, Markdown or PDF (staff)",
            description = "format=html|md|pdf, or else the Accept header (text/html, text/markdown, "
                    + "application/pdf; HTML when either allows anything). The workshop, attendance by sector "
                    + "and country (counts under 3 read \"fewer than 3\"), the agenda with its prompts, each "
                    + "session's visible notes by kind with votes (redacted; notes labelled sensitive are only "
                    + "counted), lessons with numbered references to their notes, the patterns and technologies "
                    + "tagged with their stances and the breakout groups' mixing against random splits. Times "
                    + "are in the workshop's time zone. Any other format is 400.")
    public Response report(
            @PathParam("workshopId") long workshopId,
            @Parameter(
                            description = "html, md or pdf; without it the Accept header chooses",
                            schema = @Schema(enumeration = {"html", "md", "pdf"}))
                    @QueryParam("format")
                    String format,
            @Context HttpHeaders headers) {
        Format chosen = Format.choose(format, headers, Format.HTML, Format.MD, Format.PDF);
        WorkshopReport report = reports.build(workshopId, viewers.current());
        return chosen.response(documents.render(report, chosen), report.fileStem());
    }
}
