package eu.medi4sec.hub.pattern;

import eu.medi4sec.hub.access.Caller;
import eu.medi4sec.hub.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/tags/bulk")
@Tag(name = "Tagging")
class BulkTagResource {

    private final TagService tags;
    private final Caller caller;

    BulkTagResource(TagService tags, Caller caller) {
        this.tags = tags;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.CURATOR)
    @Operation(
            summary = "Tag a selection of notes and lessons to one pattern or technology (analysts)",
            description = "{notes:[ids], lessons:[ids], pattern, stance, rationale}, or technology instead of pattern;"
                    + " what is already tagged to it is skipped.")
    public List<TagService.TagView> bulk(
            @Valid @NotNull(message = "Send the selection as JSON.") TagService.BulkRequest request) {
        return tags.tagBulk(request, caller.accountId());
    }
}
