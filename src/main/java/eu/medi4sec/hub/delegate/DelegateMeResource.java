package eu.medi4sec.hub.delegate;

import eu.medi4sec.hub.access.Caller;
import eu.medi4sec.hub.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/me/delegate")
@Tag(name = "Joining")
class DelegateMeResource {

    private final JoinService joins;
    private final Caller caller;

    DelegateMeResource(JoinService joins, Caller caller) {
        this.joins = joins;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.DELEGATE)
    @Operation(summary = "The signed-in delegate and their workshop")
    public JoinService.Me me() {
        return joins.me(caller.delegateId(), caller.delegateWorkshopId());
    }
}
