package eu.medi4sec.hub.account;

import eu.medi4sec.hub.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/me")
@Tag(name = "Sign-in")
class MeResource {

    private final AccountService accounts;
    private final JsonWebToken caller;

    MeResource(AccountService accounts, JsonWebToken caller) {
        this.accounts = accounts;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "The signed-in staff member")
    public AccountView me() {
        return accounts.get(Long.parseLong(caller.getSubject()));
    }
}
