package eu.medi4sec.hub.privacy;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/privacy-notice")
@Tag(name = "Privacy")
class CurrentNoticeResource {

    private final PrivacyNotices notices;

    CurrentNoticeResource(PrivacyNotices notices) {
        this.notices = notices;
    }

    @GET
    @PermitAll
    @Operation(
            summary = "The current privacy notice",
            description =
                    "Without the sentence about a workshop's attribution rule, which each workshop's notice adds.")
    public PrivacyNoticeView current() {
        return notices.current();
    }
}
