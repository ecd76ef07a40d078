package eu.medi4sec.hub.delegate;

import eu.medi4sec.hub.access.Roles;
import eu.medi4sec.hub.common.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Organisers' and facilitators' view of a workshop's delegates. Analysts and delegates never see this personal data. */
@Path("/workshops/{workshopId}/delegates")
@Tag(name = "Delegates")
class DelegateResource {

    private final DelegateService delegates;
    private final Validator validator;

    DelegateResource(DelegateService delegates, Validator validator) {
        this.delegates = delegates;
        this.validator = validator;
    }

    public record ImportReport(int imported, int refused, List<DelegateService.ImportRow> rows) {}

    @GET
    @RolesAllowed(Roles.MODERATOR)
    @Operation(summary = "List delegates", description = "Filter by status; q searches name, email and organisation.")
    public List<DelegateView> list(
            @PathParam("workshopId") long workshopId, @QueryParam("status") String status, @QueryParam("q") String q) {
        return delegates.list(
                workshopId, QueryParams.enumValue("status", status, DelegateStatus.class), Optional.ofNullable(q));
    }

    @GET
    @Path("counts")
    @RolesAllowed(Roles.MODERATOR)
    @Operation(summary = "Counts of registered, checked-in, waitlisted and other delegates")
    public DelegateService.Counts counts(@PathParam("workshopId") long workshopId) {
        return delegates.counts(workshopId);
    }

    @GET
    @Path("{delegateId}")
    @RolesAllowed(Roles.MODERATOR)
    @Operation(summary = "One delegate")
    public DelegateView get(@PathParam("workshopId") long workshopId, @PathParam("delegateId") long delegateId) {
        return delegates.get(workshopId, delegateId);
    }

    @POST
    @RolesAllowed(Roles.MANAGER)
    @Operation(
            summary = "Invite one delegate (organiser, admin)",
            description =
                    "The delegate starts INVITED; the answer "
                            + "carries their personal key and link once. They confirm (with consent) or decline through the link.")
    public Response invite(
            @PathParam("workshopId") long workshopId,
            @Valid @NotNull(message = "Send the delegate as JSON.") DelegateRequests.NewDelegate request,
            @Context UriInfo uri) {
        DelegateView invited = delegates.invite(workshopId, request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(invited.id()))
                        .build())
                .entity(invited)
                .build();
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", "text/plain"})
    @RolesAllowed(Roles.MANAGER)
    @Operation(
            summary = "Import delegates from CSV (organiser, admin)",
            description = "Header: "
                    + "name,email,organisation,sector,country (optional jobTitle,accessNeeds). The import is PARTIAL: every valid "
                    + "row is invited, every other row is refused, and the report says row by row which and why. A file "
                    + "without the required header is refused whole (422).")
    public ImportReport importCsv(@PathParam("workshopId") long workshopId, String csv) {
        List<DelegateService.ImportRow> rows =
                delegates.importRows(workshopId, CsvRows.parse(csv == null ? "" : csv), validator);
        int imported =
                (int) rows.stream().filter(r -> r.status().equals("IMPORTED")).count();
        return new ImportReport(imported, rows.size() - imported, rows);
    }

    @POST
    @Path("{delegateId}/cancel")
    @RolesAllowed(Roles.MANAGER)
    @Operation(
            summary = "Cancel a delegate's place (organiser, admin)",
            description = "A freed seat goes at once to the "
                    + "first on the waitlist (recorded as promotedAt). Cancelling twice is harmless.")
    public DelegateView cancel(@PathParam("workshopId") long workshopId, @PathParam("delegateId") long delegateId) {
        return delegates.cancel(workshopId, delegateId);
    }

    @POST
    @Path("{delegateId}/check-in")
    @RolesAllowed(Roles.MODERATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Check a delegate in at the door",
            description = "A registered delegate checks in (twice keeps the "
                    + "first time); the body may be left out. An invited or waitlisted person who is present is registered and "
                    + "checked in at once with {\"consent\": true} taken at the desk (else 422 on consent). Walk-ins: invite, "
                    + "then check in with consent.")
    public DelegateView checkIn(
            @PathParam("workshopId") long workshopId,
            @PathParam("delegateId") long delegateId,
            DelegateRequests.CheckIn checkIn) {
        return delegates.checkIn(workshopId, delegateId, checkIn != null && Boolean.TRUE.equals(checkIn.consent()));
    }

    /** The same without a body, as clients have always sent it: a registered delegate checks in. */
    @POST
    @Path("{delegateId}/check-in")
    @RolesAllowed(Roles.MODERATOR)
    @Operation(hidden = true)
    public DelegateView checkInWithoutBody(
            @PathParam("workshopId") long workshopId, @PathParam("delegateId") long delegateId) {
        return delegates.checkIn(workshopId, delegateId, false);
    }

    @DELETE
    @Path("{delegateId}/check-in")
    @RolesAllowed(Roles.MODERATOR)
    @Operation(summary = "Undo a check-in")
    public DelegateView undoCheckIn(
            @PathParam("workshopId") long workshopId, @PathParam("delegateId") long delegateId) {
        return delegates.undoCheckIn(workshopId, delegateId);
    }

    @POST
    @Path("{delegateId}/personal-link")
    @RolesAllowed(Roles.MANAGER)
    @Operation(
            summary = "Issue a new personal key and link (organiser, admin)",
            description = "The old key stops working. "
                    + "The answer shows the new key once, and the delegate gets the new link by email.")
    public DelegateView renewPersonalLink(
            @PathParam("workshopId") long workshopId, @PathParam("delegateId") long delegateId) {
        return delegates.renewPersonalKey(workshopId, delegateId);
    }
}
