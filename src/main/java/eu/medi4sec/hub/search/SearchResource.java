package eu.medi4sec.hub.search;

import eu.medi4sec.hub.access.Roles;
import eu.medi4sec.hub.access.Viewers;
import eu.medi4sec.hub.common.ProblemException;
import eu.medi4sec.hub.common.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/search")
@Tag(name = "Search")
class SearchResource {

    private final SearchService search;
    private final Viewers viewers;

    SearchResource(SearchService search, Viewers viewers) {
        this.search = search;
        this.viewers = viewers;
    }

    @GET
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(
            summary = "Search notes, lessons and patterns",
            description = "q uses web-search syntax (words, \"phrases\", "
                    + "-exclusions, or). Filters: type (note, lesson, pattern), workshop (id), theme (slug); limit 1-100. Ranked; "
                    + "snippet marks each match between U+0002 and U+0003. Delegates search only their own workshop's visible "
                    + "notes and lessons; notes appear as the notes API shows them to you.")
    public List<SearchService.Hit> search(
            @QueryParam("q") String q,
            @QueryParam("type") String type,
            @QueryParam("workshop") String workshop,
            @QueryParam("theme") String theme,
            @QueryParam("limit") String limit) {
        if (q == null || q.isBlank()) {
            throw ProblemException.badRequest("Say what to search for with q.");
        }
        return search.search(
                new SearchService.Filter(
                        q,
                        QueryParams.enumValue("type", type, SearchService.Type.class),
                        workshop == null || workshop.isBlank()
                                ? Optional.empty()
                                : Optional.of(
                                        (long) QueryParams.integer("workshop", workshop, 0, 1, Integer.MAX_VALUE)),
                        Optional.ofNullable(theme).filter(t -> !t.isBlank()),
                        QueryParams.integer("limit", limit, 20, 1, 100)),
                viewers.current());
    }
}
