package eu.medi4sec.hub.session;

import eu.medi4sec.hub.access.Caller;
import eu.medi4sec.hub.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/workshops/{workshopId}/calendar.ics")
@Tag(name = "Agenda")
class CalendarResource {

    private final CalendarExport export;
    private final Caller caller;

    CalendarResource(CalendarExport export, Caller caller) {
        this.export = export;
        this.caller = caller;
    }

    @GET
    @Produces("text/calendar")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "The workshop and its sessions as an iCalendar file (RFC 5545), in the workshop's TZID")
    public Response calendar(@PathParam("workshopId") long workshopId) {
        caller.requireWorkshop(workshopId);
        return Response.ok(export.calendar(workshopId), "text/calendar; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"workshop-" + workshopId + ".ics\"")
                .build();
    }
}
