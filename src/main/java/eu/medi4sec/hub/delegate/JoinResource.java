package eu.medi4sec.hub.delegate;

import eu.medi4sec.hub.common.ClientAddress;
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
class JoinResource {

    private final JoinService joins;
    private final DoorThrottle throttle;

    JoinResource(JoinService joins, DoorThrottle throttle) {
        this.joins = joins;
        this.throttle = throttle;
    }

    @POST
    @PermitAll
    @Operation(
            summary = "Join a workshop as a delegate",
            description = "Send {accessToken} (the personal key), or at the "
                    + "venue {joinCode, email} of a delegate who has been checked in. Only REGISTERED delegates join (others 409). "
                    + "A wrong key or code is 401 without saying which part was wrong; repeated failures get 429 with Retry-After, counted per join code and email, per join code, and (for keys) per address; a valid personal key always gets in. The delegate "
                    + "token expires two hours after the workshop ends.")
    public JoinService.Joined join(
            @Valid @NotNull(message = "Send your personal key, or the join code with your email.")
                    DelegateRequests.Join request,
            @Context RoutingContext http) {
        String address = ClientAddress.of(http);
        if (request.accessToken() != null && !request.accessToken().isBlank()) {
            return throttle.withKey(address, () -> joins.join(request));
        }
        return throttle.withCodeAndEmail(address, request.joinCode(), request.email(), () -> joins.join(request));
    }
}
