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

/**
 * What a delegate does through their personal link. The key travels in the body, never in a URL; the
 * link itself carries it in the fragment, which browsers do not send.
 */
@Path("/my-registration")
@Tag(name = "Registration")
class PersonalLinkResource {

    private final DelegateService delegates;
    private final DoorThrottle throttle;

    PersonalLinkResource(DelegateService delegates, DoorThrottle throttle) {
        this.delegates = delegates;
        this.throttle = throttle;
    }

    @POST
    @PermitAll
    @Operation(summary = "Look up my registration by personal key")
    public DelegateService.PersonalView lookup(
            @Valid @NotNull(message = "Send your personal key.") DelegateRequests.PersonalKey key,
            @Context RoutingContext http) {
        return throttle.withKey(ClientAddress.of(http), () -> delegates.personal(key.accessToken()));
    }

    @POST
    @Path("confirm")
    @PermitAll
    @Operation(
            summary = "Confirm an invitation, accepting the notice",
            description = "REGISTERED, or WAITLISTED when full.")
    public DelegateService.PersonalView confirm(
            @Valid @NotNull(message = "Send your personal key and consent.") DelegateRequests.Confirmation confirmation,
            @Context RoutingContext http) {
        return throttle.withKey(ClientAddress.of(http), () -> delegates.confirm(confirmation.accessToken()));
    }

    @POST
    @Path("decline")
    @PermitAll
    @Operation(summary = "Decline an invitation")
    public DelegateService.PersonalView decline(
            @Valid @NotNull(message = "Send your personal key.") DelegateRequests.PersonalKey key,
            @Context RoutingContext http) {
        return throttle.withKey(ClientAddress.of(http), () -> delegates.decline(key.accessToken()));
    }

    @POST
    @Path("cancel")
    @PermitAll
    @Operation(summary = "Cancel my place", description = "A freed seat goes at once to the first on the waitlist.")
    public DelegateService.PersonalView cancel(
            @Valid @NotNull(message = "Send your personal key.") DelegateRequests.PersonalKey key,
            @Context RoutingContext http) {
        return throttle.withKey(ClientAddress.of(http), () -> delegates.cancelOwn(key.accessToken()));
    }
}
