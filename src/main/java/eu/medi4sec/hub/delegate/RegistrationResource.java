package eu.medi4sec.hub.delegate;

import eu.medi4sec.hub.common.ClientAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public: anyone with a workshop's join code may register, after accepting its notice. */
@Path("/registrations")
@Tag(name = "Registration")
class RegistrationResource {

    private final DelegateService delegates;
    private final DoorThrottle throttle;

    RegistrationResource(DelegateService delegates, DoorThrottle throttle) {
        this.delegates = delegates;
        this.throttle = throttle;
    }

    @GET
    @Path("notice")
    @PermitAll
    @Operation(summary = "The workshop and the privacy and attribution notice to accept, by join code")
    public DelegateService.Notice notice(@QueryParam("joinCode") String joinCode, @Context RoutingContext http) {
        return throttle.withCode(ClientAddress.of(http), () -> delegates.notice(joinCode));
    }

    /** The same answer for a new and a known email: only the mailbox's owner learns which it was. */
    public record RegistrationAccepted(String message) {}

    static final String CHECK_YOUR_EMAIL =
            "Check your email: your personal link is on its way to the address you gave. "
                    + "It shows your registration and lets you join the workshop. If it does not arrive within a few minutes, "
                    + "look in your spam folder or ask at the desk.";

    @POST
    @PermitAll
    @Operation(
            summary = "Register for a workshop",
            description = "Open while the workshop is SCHEDULED or LIVE. "
                    + "Always answers 202 with the same sentence, whether or not the email was already registered: the personal "
                    + "link goes by email only (a new one to someone registering again; the earlier link stops working). "
                    + "A new delegate is REGISTERED, or WAITLISTED when the workshop is full. consent must be true (422 otherwise). "
                    + "Registrations per email and per join code are limited (429 with Retry-After).")
    @APIResponse(
            responseCode = "202",
            description = "The personal link is sent by email.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RegistrationAccepted.class)))
    public Response register(
            @Valid @NotNull(message = "Send the registration as JSON.") DelegateRequests.Registration request,
            @Context RoutingContext http) {
        throttle.registering(
                ClientAddress.of(http), request.joinCode(), request.email(), () -> delegates.registerByEmail(request));
        return Response.accepted(new RegistrationAccepted(CHECK_YOUR_EMAIL)).build();
    }
}
