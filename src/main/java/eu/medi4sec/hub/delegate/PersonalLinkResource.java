package eu.medi4sec.hub.delegate;

import eu.medi4sec.hub.common.ClientAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What a delegate does through their personal link. The key travels in the body, never in a URL; the
 * link itself carries it in the fragment, which browsers do not send.
 */
@Path("/my-registration")
@Tag(name = "Registration")
class PersonalLinkResource {

    private final DelegateService delegates;
    private final DelegateErasure erasure;
    private final PersonalDataExport export;
    private final DoorThrottle throttle;

    PersonalLinkResource(
            DelegateService delegates, DelegateErasure erasure, PersonalDataExport export, DoorThrottle throttle) {
        this.delegates = delegates;
        this.erasure = erasure;
        this.export = export;
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

    @POST
    @Path("consent")
    @PermitAll
    @Operation(
            summary = "Accept the current privacy notice",
            description = "Send {key, version}: the version you read (a newer one published meanwhile is 409). Needed "
                    + "when the view says consentRequired (a new version since you last accepted); until then you "
                    + "cannot join. Accepting a version again changes nothing.")
    public DelegateService.PersonalView consent(
            @Valid @NotNull(message = "Send your personal key and the version you accept.")
                    DelegateRequests.NoticeAcceptance acceptance,
            @Context RoutingContext http) {
        return throttle.withKey(
                ClientAddress.of(http), () -> delegates.acceptNotice(acceptance.key(), acceptance.version()));
    }

    @POST
    @Path("export")
    @PermitAll
    @Operation(
            summary = "Download my data",
            description = "Everything held about you, as a JSON file: your registration, the notice versions you "
                    + "accepted and when, your check-in, notes with their status, votes, endorsements, breakout groups "
                    + "and community data. Nothing about anyone else.")
    @APIResponse(
            responseCode = "200",
            description = "The data, as a download (Content-Disposition: attachment).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public Response export(
            @Valid @NotNull(message = "Send your personal key.") DelegateRequests.Key key,
            @Context RoutingContext http) {
        return throttle.withKey(ClientAddress.of(http), () -> {
            var data = export.byKey(key.key());
            return download(data, ((DelegateView) data.get("registration")).workshopId());
        });
    }

    @POST
    @Path("erase")
    @PermitAll
    @Operation(
            summary = "Erase my personal data",
            description = "Your name, email, organisation, country, job title and access needs are deleted, your "
                    + "personal key and delegate tokens stop working at once, and your community profile and "
                    + "introductions go. Your notes and votes stay, attributed to \"a delegate\" of your sector. A "
                    + "place you hold in a workshop that is not over is given up. Asking again with the same key gets "
                    + "the same answer and changes nothing; any other use of the key is then 401.")
    public DelegateErasure.Erased erase(
            @Valid @NotNull(message = "Send your personal key.") DelegateRequests.Key key,
            @Context RoutingContext http) {
        return throttle.withKey(ClientAddress.of(http), () -> erasure.eraseByKey(key.key()));
    }

    static Response download(Object data, long workshopId) {
        return Response.ok(data, MediaType.APPLICATION_JSON_TYPE)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + PersonalDataExport.fileName(workshopId) + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
