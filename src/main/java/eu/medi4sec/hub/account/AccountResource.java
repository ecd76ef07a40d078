package eu.medi4sec.hub.account;

import eu.medi4sec.hub.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/accounts")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Staff accounts")
class AccountResource {

    private final AccountService accounts;
    private final JsonWebToken caller;

    AccountResource(AccountService accounts, JsonWebToken caller) {
        this.accounts = accounts;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "List staff accounts (admin)")
    public List<AccountView> list() {
        return accounts.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One staff account (admin)")
    public AccountView get(@PathParam("id") long id) {
        return accounts.get(id);
    }

    @POST
    @Operation(summary = "Create a staff account (admin)")
    public RestResponse<AccountView> create(
            @Valid @NotNull(message = "Send the new account as JSON.") AccountRequests.NewAccount request,
            @Context UriInfo uri) {
        AccountView created = accounts.create(request);
        return RestResponse.ResponseBuilder.<AccountView>created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @PATCH
    @Path("{id}")
    @Operation(
            summary = "Change roles, enable or disable, or reset the password (admin)",
            description = "A disabled account's tokens stop working at once.")
    public AccountView update(
            @PathParam("id") long id,
            @Valid @NotNull(message = "Send the changes as JSON.") AccountRequests.AccountChange change) {
        return accounts.update(id, change, Long.parseLong(caller.getSubject()));
    }
}
