package eu.medi4sec.hub.account;

import eu.medi4sec.hub.common.ClientAddress;
import eu.medi4sec.hub.common.ProblemException;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/auth/login")
@Tag(name = "Sign-in")
public class LoginResource {

    private final AccountService accounts;
    private final LoginThrottle throttle;
    private final Tokens tokens;

    LoginResource(AccountService accounts, LoginThrottle throttle, Tokens tokens) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.tokens = tokens;
    }

    public record LoginResponse(String token, Instant expiresAt, AccountView user) {}

    @POST
    @PermitAll
    @Operation(summary = "Sign in as staff", description = "Returns a bearer token. Unknown email and wrong password "
            + "answer the same 401. Too many failures for one account or from one address answer 429 with Retry-After.")
    public LoginResponse login(@Valid @NotNull(message = "Send an email and a password.") AccountRequests.Login request,
            @Context RoutingContext http) {
        String address = ClientAddress.of(http);
        throttle.checkAllowed(request.email(), address);
        AccountView account = accounts.authenticate(request.email(), request.password()).orElseThrow(() -> {
            throttle.recordFailure(request.email(), address);
            return ProblemException.unauthorized("Email or password is incorrect.");
        });
        throttle.recordSuccess(request.email());
        Tokens.Issued issued = tokens.forStaff(account);
        return new LoginResponse(issued.token(), issued.expiresAt(), account);
    }
}
