package eu.medi4sec.hub.demo;

import eu.medi4sec.hub.account.AccountRequests;
import eu.medi4sec.hub.account.AccountService;
import eu.medi4sec.hub.account.StaffRole;
import eu.medi4sec.hub.workshop.Attribution;
import eu.medi4sec.hub.workshop.WorkshopRequest;
import eu.medi4sec.hub.workshop.WorkshopService;
import eu.medi4sec.hub.workshop.WorkshopStatus;
import eu.medi4sec.hub.workshop.WorkshopView;
import eu.medi4sec.hub.session.SessionRequest;
import eu.medi4sec.hub.session.SessionService;
import eu.medi4sec.hub.delegate.DelegateRequests;
import eu.medi4sec.hub.delegate.DelegateService;
import eu.medi4sec.hub.delegate.Sector;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Demo accounts and workshops for the demo and dev runs ({@code workshop-hub.demo-data=true}); never
 * enabled in production. It only adds what is missing, so restarts keep earlier demo work.
 */
@ApplicationScoped
public class DemoData {

    public static final String PASSWORD = "workshop-demo";
    private static final Logger LOG = Logger.getLogger(DemoData.class);

    record DemoAccount(String email, String name, StaffRole role) {}

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin@demo.test", "Ada Admin", StaffRole.ADMIN),
            new DemoAccount("organiser@demo.test", "Olu Organiser", StaffRole.ORGANISER),
            new DemoAccount("facilitator@demo.test", "Fen Facilitator", StaffRole.FACILITATOR),
            new DemoAccount("analyst@demo.test", "Ana Analyst", StaffRole.ANALYST));

    void onStart(@Observes @Priority(20) StartupEvent event, AccountService accounts, WorkshopService workshops,
            SessionService sessions, DelegateService delegates,
            @ConfigProperty(name = "workshop-hub.demo-data", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port) {
        if (!enabled) {
            return;
        }
        boolean fresh = accounts.findByEmail(ACCOUNTS.get(0).email()).isEmpty();
        for (DemoAccount demo : ACCOUNTS) {
            if (accounts.findByEmail(demo.email()).isEmpty()) {
                accounts.create(new AccountRequests.NewAccount(demo.email(), demo.name(), PASSWORD, Set.of(demo.role())));
            }
        }
        if (fresh) {
            seedWorkshops(workshops, sessions, delegates);
        }
        StringBuilder banner = new StringBuilder("\n\n  Workshop Hub demo is running at http://localhost:" + port + "/\n  Demo sign-ins (password '" + PASSWORD + "'):\n");
        ACCOUNTS.forEach(a -> banner.append("    ").append(a.role()).append(": ").append(a.email()).append('\n'));
        LOG.info(banner);
    }

    private static void seedWorkshops(WorkshopService workshops, SessionService sessions, DelegateService delegates) {
        ZoneId brussels = ZoneId.of("Europe/Brussels");
        LocalDate soon = LocalDate.now(brussels).plusWeeks(3);
        var riots = workshops.create(workshop("Crowds, rumours and the official voice", "riots-and-mass-gatherings",
                "How police and event planners use social media before, during and after large gatherings.",
                soon, brussels, "Brussels, Résidence Palace", null, 60, Attribution.CHATHAM_HOUSE));
        var scheduled = workshops.transition(riots.id(), WorkshopStatus.SCHEDULED);
        seedAgenda(sessions, scheduled);
        seedDelegates(delegates, scheduled.joinCode());
        workshops.create(workshop("Citizen sleuths: working with DIY policing", "diy-policing",
                "When citizens investigate online: what helps an inquiry and what harms it.",
                soon.plusWeeks(4), ZoneId.of("Europe/London"), "Warwick, University of Warwick", null, 40, Attribution.CHATHAM_HOUSE));
        workshops.create(workshop("Trolls, threats and public officials", "trolling",
                "Responses to online abuse aimed at officials and communities.",
                soon.plusWeeks(8), ZoneId.of("Europe/Amsterdam"), null, "https://meet.example.org/trolling", 80, Attribution.ANONYMOUS));
    }

    private static void seedAgenda(SessionService sessions, WorkshopView workshop) {
        var day = workshop.startsAt();
        sessions.create(workshop.id(), new SessionRequest("Before the crowd gathers",
                "Which messages before an event changed how people behaved on the day?",
                day.withHour(10).withMinute(0), day.withHour(11).withMinute(15), null));
        sessions.create(workshop.id(), new SessionRequest("When rumours spread",
                "What helped an official account stay the trusted source while rumours spread?",
                day.withHour(11).withMinute(30), day.withHour(12).withMinute(45), null));
        sessions.create(workshop.id(), new SessionRequest("After the event",
                "What should we keep, and what should we never do again?",
                day.withHour(14).withMinute(0), day.withHour(15).withMinute(30), null));
    }

    private static void seedDelegates(DelegateService delegates, String joinCode) {
        String[][] people = {
                {"Inspector Maja Berg", "Rotterdam Police", "POLICE", "NL"},
                {"Tom Okafor", "Metropolitan Police", "POLICE", "GB"},
                {"Dr Lena Fischer", "University of Warwick", "ACADEMIA", "GB"},
                {"Pieter Claes", "City of Antwerp Events Office", "PUBLIC_SECURITY_PLANNER", "BE"},
                {"Sofia Marques", "Ministry of Internal Administration", "POLICYMAKER", "PT"},
                {"Jonas Weber", "Verify Labs", "INDUSTRY", "DE"},
                {"Aisha Rahman", "Digital Rights Network", "CIVIL_SOCIETY", "BE"},
                {"Karel Novak", "Public Broadcaster", "MEDIA", "CZ"},
                {"Elena Rossi", "Neighbourhood Safety Forum", "CITIZEN", "IT"},
                {"Sgt. Ruth Ahern", "An Garda Síochána", "POLICE", "IE"}};
        int i = 0;
        for (String[] p : people) {
            delegates.register(new DelegateRequests.Registration(joinCode, p[0], "delegate" + (++i) + "@demo.test", p[1],
                    Sector.valueOf(p[2]), p[3], null, null, true));
        }
    }

    private static WorkshopRequest workshop(String title, String theme, String description, LocalDate day, ZoneId zone,
            String venue, String url, int capacity, Attribution attribution) {
        var start = ZonedDateTime.of(day, LocalTime.of(9, 30), zone).toOffsetDateTime();
        var end = ZonedDateTime.of(day, LocalTime.of(17, 0), zone).toOffsetDateTime();
        return new WorkshopRequest(title, theme, description, start, end, zone.getId(), venue, url, capacity, attribution, false, null);
    }

}
