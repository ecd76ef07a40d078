package eu.medi4sec.hub.delegate;

import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/join")
@Tag(name = "Joining")
public class JoinResource {

    private final JoinService joins;
    private final KeyThrottle throttle;

    JoinResource(JoinService joins, KeyThrottle throttle) {
        this.joins = joins;
        this.throttle = throttle;
    }

    @POST
    @PermitAll
    @Operation(summary = "Join a workshop as a delegate", description = "Send {accessToken} (the personal key), or at the "
            + "venue {joinCode, email} of a delegate who has been checked in. Only REGISTERED delegates join (others 409). "
            + "A wrong key or code is 401 without saying which part was wrong; repeated failures get 429. The delegate "
            + "token expires two hours after the workshop ends.")
    public JoinService.Joined join(@Valid @NotNull(message = "Send your personal key, or the join code with your email.") DelegateRequests.Join request,
            @Context RoutingContext http) {
        return throttle.guarded(Addresses.of(http), () -> joins.join(request));
    }
}
