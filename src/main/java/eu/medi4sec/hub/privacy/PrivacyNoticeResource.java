package eu.medi4sec.hub.privacy;

import eu.medi4sec.hub.access.Caller;
import eu.medi4sec.hub.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/privacy-notices")
@Tag(name = "Privacy")
class PrivacyNoticeResource {

    private final PrivacyNotices notices;
    private final Caller caller;

    PrivacyNoticeResource(PrivacyNotices notices, Caller caller) {
        this.notices = notices;
        this.caller = caller;
    }

    public record NewNotice(
            @NotBlank(message = "Write the notice's text.")
            @Size(max = 20_000, message = "A notice has at most 20,000 characters.")
            String text) {}

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Every version of the privacy notice, newest first (admins)")
    public List<PrivacyNoticeView> all() {
        return notices.all();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Publish a new version of the privacy notice (admins)",
            description = "It becomes the current notice at once: 201 with its version. Every delegate who accepted an "
                    + "earlier version is asked to accept this one on their next visit, and cannot join until they do.")
    public Response publish(@Valid @NotNull(message = "Send {\"text\": …}.") NewNotice notice, @Context UriInfo uri) {
        PrivacyNoticeView published = notices.publish(notice.text(), caller.accountId());
        return Response.created(uri.getBaseUriBuilder().path("privacy-notice").build())
                .entity(published)
                .build();
    }
}
