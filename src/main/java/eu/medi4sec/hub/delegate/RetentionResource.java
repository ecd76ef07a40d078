package eu.medi4sec.hub.delegate;

import eu.medi4sec.hub.access.Roles;
import eu.medi4sec.hub.common.Times;
import eu.medi4sec.hub.workshop.Retention;
import eu.medi4sec.hub.workshop.WorkshopService;
import eu.medi4sec.hub.workshop.WorkshopView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/workshops/{workshopId}/retention")
@Tag(name = "Delegates")
class RetentionResource {

    private final WorkshopService workshops;
    private final DelegateErasure erasure;
    private final Clock clock;

    RetentionResource(WorkshopService workshops, DelegateErasure erasure, Clock clock) {
        this.workshops = workshops;
        this.erasure = erasure;
        this.clock = clock;
    }

    /**
     * When the workshop's delegates' personal data is erased, and a dry run: how many delegates that
     * erasure takes if it ran now ({@code due}: the date has passed and the hourly job erases them next).
     */
    public record RetentionView(int retentionDays, LocalDate eraseOn, boolean due, long delegatesToErase) {}

    @GET
    @RolesAllowed(Roles.MANAGER)
    @Operation(
            summary = "When the workshop's delegates' personal data is erased (organisers, admins)",
            description = "retentionDays after the workshop ends; eraseOn is that day in the workshop's time zone. "
                    + "delegatesToErase is a dry run: the delegates whose personal data is still held, all of whom the "
                    + "scheduled job erases once the day has come.")
    public RetentionView retention(@PathParam("workshopId") long workshopId) {
        WorkshopView workshop = workshops.get(workshopId);
        boolean due = !Retention.eraseAt(workshop.endsAt().toInstant(), workshop.retentionDays())
                .isAfter(Times.now(clock));
        return new RetentionView(workshop.retentionDays(), workshop.eraseOn(), due, erasure.countNotErased(workshopId));
    }
}
