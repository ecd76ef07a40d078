package eu.medi4sec.hub.delegate;

import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public: anyone with a workshop's join code may register, after accepting its notice. */
@Path("/registrations")
@Tag(name = "Registration")
public class RegistrationResource {

    private final DelegateService delegates;
    private final KeyThrottle throttle;

    RegistrationResource(DelegateService delegates, KeyThrottle throttle) {
        this.delegates = delegates;
        this.throttle = throttle;
    }

    @GET
    @Path("notice")
    @PermitAll
    @Operation(summary = "The workshop and the privacy and attribution notice to accept, by join code")
    public DelegateService.Notice notice(@QueryParam("joinCode") String joinCode, @Context RoutingContext http) {
        return throttle.guarded(Addresses.of(http), () -> delegates.notice(joinCode));
    }

    @POST
    @PermitAll
    @Operation(summary = "Register for a workshop", description = "Open while the workshop is SCHEDULED or LIVE. "
            + "Answers REGISTERED, or WAITLISTED when the workshop is full, with the delegate's personal key (shown once). "
            + "consent must be true (422 otherwise); the same email twice in one workshop is 409.")
    public Response register(@Valid @NotNull(message = "Send the registration as JSON.") DelegateRequests.Registration request,
            @Context RoutingContext http) {
        DelegateService.Registered registered = throttle.guarded(Addresses.of(http), () -> delegates.register(request));
        return Response.status(Response.Status.CREATED).entity(registered).build();
    }
}
