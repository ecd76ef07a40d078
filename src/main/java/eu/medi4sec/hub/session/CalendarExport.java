package eu.medi4sec.hub.session;

import eu.medi4sec.hub.workshop.WorkshopService;
import eu.medi4sec.hub.workshop.WorkshopView;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** An RFC 5545 calendar of a workshop and its sessions, in the workshop's own time zone. */
@ApplicationScoped
public class CalendarExport {

    private final WorkshopService workshops;
    private final SessionService sessions;
    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
    private final Clock clock;

    CalendarExport(WorkshopService workshops, SessionService sessions, Clock clock) {
        this.workshops = workshops;
        this.sessions = sessions;
        this.clock = clock;
    }

    public String calendar(long workshopId) {
        WorkshopView workshop = workshops.get(workshopId);
        ZoneId zone = ZoneId.of(workshop.timeZone());
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//MEDI@4SEC//Workshop Hub//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        VTimeZone timeZone = zones.getTimeZone(zone.getId()).getVTimeZone();
        calendar.add(timeZone);

        VEvent main = event(
                "workshop-" + workshop.id(),
                workshop.title(),
                workshop.startsAt().atZoneSameInstant(zone),
                workshop.endsAt().atZoneSameInstant(zone));
        if (workshop.description() != null && !workshop.description().isBlank()) {
            main.add(new Description(workshop.description()));
        }
        if (workshop.venue() != null) {
            main.add(new Location(workshop.venue()));
        }
        if (workshop.onlineUrl() != null) {
            main.add(new Url(java.net.URI.create(workshop.onlineUrl())));
        }
        calendar.add(main);
        for (SessionView session : sessions.list(workshopId)) {
            VEvent event = event(
                    "session-" + session.id(),
                    session.title(),
                    session.startsAt().atZoneSameInstant(zone),
                    session.endsAt().atZoneSameInstant(zone));
            if (!session.prompt().isBlank()) {
                event.add(new Description(session.prompt()));
            }
            if (workshop.venue() != null) {
                event.add(new Location(workshop.venue()));
            }
            calendar.add(event);
        }
        return calendar.toString();
    }

    private VEvent event(String uid, String summary, ZonedDateTime start, ZonedDateTime end) {
        VEvent event = new VEvent(start, end, summary);
        event.add(new Uid(uid + "@workshop-hub.medi4sec.eu"));
        event.add(new DtStamp(clock.instant()));
        return event;
    }
}
