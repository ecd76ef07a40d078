package eu.medi4sec.hub.account;

import eu.medi4sec.hub.common.ClientAddress;
import eu.medi4sec.hub.common.ProblemException;
import eu.medi4sec.hub.common.Throttle;
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
class LoginResource {

    private final AccountService accounts;
    private final Throttle throttle;
    private final Tokens tokens;

    LoginResource(AccountService accounts, Throttle throttle, Tokens tokens) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.tokens = tokens;
    }

    public record LoginResponse(String token, Instant expiresAt, AccountView user) {}

    @POST
    @PermitAll
    @Operation(
            summary = "Sign in as staff",
            description =
                    "Returns a bearer token. Unknown email and wrong password "
                            + "answer the same 401. Too many failures for one account (or, far more, from one address) answer 429 with Retry-After, waiting longer after each further failure.")
    public LoginResponse login(
            @Valid @NotNull(message = "Send an email and a password.") AccountRequests.Login request,
            @Context RoutingContext http) {
        // Counted per account, so a guesser never locks out the colleagues who share the venue's address.
        Throttle.Limit account = new Throttle.Limit(
                "login:account:" + Account.normalise(request.email()),
                throttle.config().login().perAccount());
        Throttle.Limit address = throttle.address(ClientAddress.of(http));
        throttle.checkAllowed("Too many failed sign-in attempts", account, address);
        AccountView signedIn = accounts.authenticate(request.email(), request.password())
                .orElseThrow(() -> {
                    throttle.record(account, address);
                    return ProblemException.unauthorized("Email or password is incorrect.");
                });
        throttle.forget(account);
        Tokens.Issued issued = tokens.forStaff(signedIn);
        return new LoginResponse(issued.token(), issued.expiresAt(), signedIn);
    }
}
