package eu.medi4sec.hub.pattern;

import eu.medi4sec.hub.access.Roles;
import eu.medi4sec.hub.access.Viewers;
import eu.medi4sec.hub.common.QueryParams;
import eu.medi4sec.hub.note.NoteService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/notes/{noteId}/pattern-suggestions")
@Tag(name = "Tagging")
class SuggestionResource {

    private final Suggestions suggestions;
    private final NoteService notes;
    private final Viewers viewers;

    SuggestionResource(Suggestions suggestions, NoteService notes, Viewers viewers) {
        this.suggestions = suggestions;
        this.notes = notes;
        this.viewers = viewers;
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Patterns ranked for a note by full-text relevance, each with a score (0–1)")
    public List<Suggestions.Suggestion> suggest(@PathParam("noteId") long noteId, @QueryParam("limit") String limit) {
        return suggestions.forText(
                notes.get(noteId, viewers.current()).text(), QueryParams.integer("limit", limit, 9, 1, 50));
    }
}
