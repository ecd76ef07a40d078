package eu.medi4sec.hub.live;

import eu.medi4sec.hub.common.Json;
import eu.medi4sec.hub.workshop.PublicWorkshopView;
import eu.medi4sec.hub.workshop.WorkshopService;
import eu.medi4sec.hub.workshop.WorkshopStatusChanged;
import eu.medi4sec.hub.workshop.WorkshopView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;

/**
 * workshop.status: a workshop went LIVE, CLOSED, … The data is the workshop as its API shows the
 * viewer: staff get the staff view, delegates the public one (no join code).
 */
@ApplicationScoped
class WorkshopStatusEvents implements EventRenderer {

    static final String TYPE = "workshop.status";

    private final EventLog events;
    private final WorkshopService workshops;
    private final Json json;

    WorkshopStatusEvents(EventLog events, WorkshopService workshops, Json json) {
        this.events = events;
        this.workshops = workshops;
        this.json = json;
    }

    void onStatusChange(@Observes WorkshopStatusChanged change) {
        events.append(change.workshopId(), TYPE, null, null, null);
    }

    @Override
    public boolean handles(String type) {
        return TYPE.equals(type);
    }

    @Override
    public Prepared prepare(EventLog.Event event) {
        try {
            WorkshopView workshop = workshops.get(event.workshopId());
            String staff = json.write(workshop);
            String delegates = json.write(PublicWorkshopView.of(workshop));
            return Prepared.staffOrOthers(Optional.of(staff), Optional.of(delegates));
        } catch (RuntimeException e) {
            return Prepared.nobody();
        }
    }
}
