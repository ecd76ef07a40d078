package eu.medi4sec.hub.privacy;

import eu.medi4sec.hub.access.Roles;
import eu.medi4sec.hub.account.AccountService;
import eu.medi4sec.hub.common.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/audit/author-access")
@Tag(name = "Privacy")
class AuthorAccessResource {

    private final AuthorAccessLog log;
    private final AccountService accounts;

    AuthorAccessResource(AuthorAccessLog log, AccountService accounts) {
        this.log = log;
        this.accounts = accounts;
    }

    /** One sighting, with the admin's name as it is now. */
    public record AccessView(long id, long accountId, String accountName, long noteId, Instant accessedAt) {}

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "When admins were shown notes' stored authors (admins)",
            description = "Newest first. Filters: noteId, accountId. Paginated with page (from 0) and size (1-200, "
                    + "default 50); X-Total-Count and Link headers describe the rest.")
    public Response list(
            @QueryParam("noteId") String noteId,
            @QueryParam("accountId") String accountId,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @Context UriInfo uri) {
        var filter = new AuthorAccessLog.Filter(
                QueryParams.id("noteId", noteId),
                QueryParams.id("accountId", accountId),
                QueryParams.integer("page", page, 0, 0, 1_000_000),
                QueryParams.integer("size", size, 50, 1, 200));
        AuthorAccessLog.Page found = log.find(filter);
        Map<Long, String> names = new HashMap<>();
        List<AccessView> items = found.items().stream()
                .map(a -> new AccessView(
                        a.id(),
                        a.accountId(),
                        names.computeIfAbsent(a.accountId(), this::nameOf),
                        a.noteId(),
                        a.accessedAt()))
                .toList();
        Response.ResponseBuilder response = Response.ok(items).header("X-Total-Count", found.total());
        List<String> links = new ArrayList<>();
        if ((long) (filter.page() + 1) * filter.size() < found.total()) {
            links.add(link(uri, filter.page() + 1, "next"));
        }
        if (filter.page() > 0) {
            links.add(link(uri, filter.page() - 1, "prev"));
        }
        if (!links.isEmpty()) {
            response.header("Link", String.join(", ", links));
        }
        return response.build();
    }

    private String nameOf(long accountId) {
        return accounts.exists(accountId) ? accounts.get(accountId).displayName() : null;
    }

    private static String link(UriInfo uri, int page, String rel) {
        return Link.fromUriBuilder(uri.getRequestUriBuilder().replaceQueryParam("page", page))
                .rel(rel)
                .build()
                .toString();
    }
}
