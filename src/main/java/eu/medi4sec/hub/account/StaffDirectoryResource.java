package eu.medi4sec.hub.account;

import eu.medi4sec.hub.access.Roles;
import eu.medi4sec.hub.common.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Who can be chosen for a job, e.g. a session's facilitator: names and roles of enabled staff, for the
 * organisers who plan agendas. Email addresses and account settings stay with admins (/accounts).
 */
@Path("/staff")
@Tag(name = "Staff accounts")
class StaffDirectoryResource {

    record StaffMember(long id, String displayName, List<StaffRole> roles) {}

    private final AccountService accounts;

    StaffDirectoryResource(AccountService accounts) {
        this.accounts = accounts;
    }

    @GET
    @RolesAllowed(Roles.MANAGER)
    @Operation(
            summary = "Enabled staff with any of the given roles (organiser, admin)",
            description = "role may repeat, e.g. ?role=FACILITATOR&role=ORGANISER; without it, all enabled staff.")
    public List<StaffMember> list(@QueryParam("role") List<String> roles) {
        Set<StaffRole> wanted =
                roles == null || roles.isEmpty() ? EnumSet.allOf(StaffRole.class) : EnumSet.noneOf(StaffRole.class);
        if (roles != null) {
            roles.forEach(r -> QueryParams.enumValue("role", r, StaffRole.class).ifPresent(wanted::add));
        }
        return accounts.list().stream()
                .filter(a -> a.enabled() && a.roles().stream().anyMatch(wanted::contains))
                .map(a -> new StaffMember(a.id(), a.displayName(), a.roles()))
                .sorted(java.util.Comparator.comparing(StaffMember::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
