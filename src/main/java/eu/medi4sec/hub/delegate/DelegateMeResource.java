package eu.medi4sec.hub.delegate;

import eu.medi4sec.hub.access.Caller;
import eu.medi4sec.hub.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/me/delegate")
@Tag(name = "Joining")
class DelegateMeResource {

    private final JoinService joins;
    private final PersonalDataExport export;
    private final Caller caller;

    DelegateMeResource(JoinService joins, PersonalDataExport export, Caller caller) {
        this.joins = joins;
        this.export = export;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.DELEGATE)
    @Operation(summary = "The signed-in delegate and their workshop")
    public JoinService.Me me() {
        return joins.me(caller.delegateId(), caller.delegateWorkshopId());
    }

    @GET
    @Path("export")
    @RolesAllowed(Roles.DELEGATE)
    @Operation(
            summary = "Download my data (with a delegate token)",
            description = "The same file as POST /api/my-registration/export with the personal key.")
    @APIResponse(
            responseCode = "200",
            description = "The data, as a download (Content-Disposition: attachment).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public Response export() {
        return PersonalLinkResource.download(
                export.byToken(caller.delegateId(), caller.delegateWorkshopId()), caller.delegateWorkshopId());
    }
}
