package eu.medi4sec.hub.community;

import eu.medi4sec.hub.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/introductions")
@Tag(name = "Community")
class IntroductionResource {

    private final IntroductionService introductions;
    private final CurrentMember me;

    IntroductionResource(IntroductionService introductions, CurrentMember me) {
        this.introductions = introductions;
        this.me = me;
    }

    @POST
    @RolesAllowed(Roles.COMMUNITY)
    @Operation(
            summary = "Ask to be introduced to a member",
            description =
                    "Send {to: memberId, message (≤ 1,000)}; 201 with status PENDING, and the member gets an email. "
                            + "You must be visible and have a contact in your profile (else 409). A member who is not in your "
                            + "directory is 404; yourself is 422. One introduction per pair: asking again, or after a decline, is 409; "
                            + "so is an 11th request waiting for an answer.")
    public RestResponse<IntroductionView> ask(
            @Valid @NotNull(message = "Send {\"to\": memberId, \"message\": \"…\"}.")
                    CommunityRequests.NewIntroduction request) {
        return RestResponse.status(RestResponse.Status.CREATED, introductions.ask(me.id(), request));
    }

    @GET
    @RolesAllowed(Roles.COMMUNITY)
    @Operation(
            summary = "My introductions, both ways",
            description =
                    "Newest first: id, status, direction (INCOMING or OUTGOING), the other member as the directory "
                            + "shows them, the message, and the other's contact once accepted.")
    public List<IntroductionView> list() {
        return introductions.list(me.id());
    }

    @POST
    @Path("{id}/accept")
    @RolesAllowed(Roles.COMMUNITY)
    @Operation(
            summary = "Accept a request to be introduced",
            description =
                    "Only its recipient (anyone else: 404). Both sides then see each other's contact. Accepting again "
                            + "changes nothing; accepting a declined request is 409.")
    public IntroductionView accept(@PathParam("id") long id) {
        return introductions.accept(me.id(), id);
    }

    @POST
    @Path("{id}/decline")
    @RolesAllowed(Roles.COMMUNITY)
    @Operation(
            summary = "Decline a request to be introduced",
            description = "Only its recipient (anyone else: 404). The two cannot ask each other again. Declining again "
                    + "changes nothing; declining an accepted request is 409.")
    public IntroductionView decline(@PathParam("id") long id) {
        return introductions.decline(me.id(), id);
    }
}
