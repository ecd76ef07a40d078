package eu.medi4sec.hub.demo;

import eu.medi4sec.hub.account.AccountRequests;
import eu.medi4sec.hub.account.AccountService;
import eu.medi4sec.hub.account.AccountView;
import eu.medi4sec.hub.account.StaffRole;
import eu.medi4sec.hub.delegate.DelegateService;
import eu.medi4sec.hub.delegate.DelegateView;
import eu.medi4sec.hub.workshop.WorkshopService;
import eu.medi4sec.hub.workshop.WorkshopStatus;
import eu.medi4sec.hub.workshop.WorkshopView;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Demo accounts and workshops for the demo and dev runs ({@code workshop-hub.demo-data=true}); never
 * enabled in production. Accounts and workshops are seeded only on a fresh database, in the background
 * (see {@link DemoDataReadiness}); later starts only add missing accounts, so earlier demo work survives
 * a restart. Every start logs where to look first.
 */
@ApplicationScoped
class DemoData {

    public static final String PASSWORD = "workshop-demo";
    private static final Logger LOG = Logger.getLogger(DemoData.class);

    record DemoAccount(String email, String name, StaffRole role) {}

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin@demo.test", "Ada Admin", StaffRole.ADMIN),
            new DemoAccount("organiser@demo.test", "Olu Organiser", StaffRole.ORGANISER),
            new DemoAccount("facilitator@demo.test", "Fen Facilitator", StaffRole.FACILITATOR),
            new DemoAccount("analyst@demo.test", "Ana Analyst", StaffRole.ANALYST));

    /** The pattern whose evidence page the banner suggests: notes for and against it, from two workshops. */
    static final String EVIDENCE_PATTERN = "rapid-rumour-rebuttal";

    private final AccountService accounts;
    private final WorkshopService workshops;
    private final DelegateService delegates;
    private final DemoWorkshops demoWorkshops;
    private final DemoOutputs demoOutputs;
    private volatile State state = State.READY;

    enum State {
        SEEDING,
        READY,
        FAILED
    }

    DemoData(
            AccountService accounts,
            WorkshopService workshops,
            DelegateService delegates,
            DemoWorkshops demoWorkshops,
            DemoOutputs demoOutputs) {
        this.accounts = accounts;
        this.workshops = workshops;
        this.delegates = delegates;
        this.demoWorkshops = demoWorkshops;
        this.demoOutputs = demoOutputs;
    }

    void onStart(
            @Observes @Priority(20) StartupEvent event,
            @ConfigProperty(name = "workshop-hub.demo-data", defaultValue = "false") boolean enabled) {
        if (!enabled) {
            return;
        }
        if (accounts.findByEmail(ACCOUNTS.get(0).email()).isPresent()) {
            addMissingAccounts();
            LOG.info(banner(baseUrl()));
            return;
        }
        // Playing the demo story through the services takes a few seconds on a cold JVM, so it runs beside
        // the rest of startup; readiness (/q/health/ready) stays DOWN until it is done.
        state = State.SEEDING;
        Thread seeder = new Thread(this::seedInBackground, "demo-data");
        seeder.setDaemon(true);
        seeder.start();
    }

    private void seedInBackground() {
        long started = System.nanoTime();
        try {
            seedAll();
        } catch (RuntimeException e) {
            state = State.FAILED;
            LOG.error("Could not seed the demo data; nothing of it was kept, so the next start tries again.", e);
            return;
        }
        state = State.READY;
        LOG.infof("Seeded the demo data in %d ms.", (System.nanoTime() - started) / 1_000_000);
        LOG.info(banner(baseUrl()));
    }

    /** Accounts and workshops in one transaction, so that a failed seeding leaves the database fresh for the next start. */
    @Transactional
    void seedAll() {
        addMissingAccounts();
        demoWorkshops.seed(new DemoWorkshops.Staff(idOf("facilitator@demo.test"), idOf("analyst@demo.test")));
        demoOutputs.seed(idOf("analyst@demo.test"));
    }

    /** Where the demo seeding is, for the readiness check. */
    State state() {
        return state;
    }

    private void addMissingAccounts() {
        for (DemoAccount demo : ACCOUNTS) {
            if (accounts.findByEmail(demo.email()).isEmpty()) {
                accounts.create(
                        new AccountRequests.NewAccount(demo.email(), demo.name(), PASSWORD, Set.of(demo.role())));
            }
        }
    }

    private long idOf(String email) {
        return accounts.findByEmail(email).map(AccountView::id).orElseThrow();
    }

    /** What to open first as which role; renews the demo delegate's personal link, whose key is stored only as a hash. */
    @ActivateRequestContext
    String banner(String base) {
        StringBuilder banner = new StringBuilder("\n\n  Workshop Hub demo is running at ")
                .append(base)
                .append("/\n")
                .append("  Sign in with the password '")
                .append(PASSWORD)
                .append("':\n");
        ACCOUNTS.forEach(a -> banner.append(String.format("    %-12s %s%n", a.role(), a.email())));
        Optional<WorkshopView> live = find(WorkshopStatus.LIVE, DemoWorkshops.LIVE_TITLE);
        Optional<WorkshopView> scheduled = find(WorkshopStatus.SCHEDULED, DemoWorkshops.SCHEDULED_TITLE);
        Optional<WorkshopView> closed = find(WorkshopStatus.CLOSED, DemoWorkshops.CLOSED_TITLE);
        banner.append("\n  Open first:\n");
        live.ifPresent(w -> banner.append(
                        line("Facilitator", base + "/workshops/" + w.id() + "/board", "the LIVE \"" + w.title() + "\""))
                .append(line(
                        "Projector",
                        base + "/workshops/" + w.id() + "/projector",
                        "as any staff account, on the big screen"))
                .append(line(
                        "Analyst",
                        base + "/workshops/" + w.id() + "/tagging",
                        "the notes no pattern is tagged to yet")));
        scheduled.ifPresent(w -> banner.append(line(
                "Organiser",
                base + "/workshops/" + w.id() + "/delegates",
                "\"" + w.title() + "\": full, with a waitlist")));
        closed.ifPresent(w -> banner.append(line(
                "Organiser",
                base + "/workshops/" + w.id() + "/breakouts",
                "a CLOSED workshop's record: who met whom")));
        banner.append(line(
                "Analyst", base + "/patterns/" + EVIDENCE_PATTERN, "evidence from two workshops, for and against"));
        banner.append(line("Anyone", base + "/p", "the published outputs, no sign-in"));
        banner.append(line("Anyone", base + "/guide", "the Pattern Language guide, no sign-in"));
        live.ifPresent(w -> personalLink(w)
                .ifPresent(d -> banner.append("\n  A delegate's phone (")
                        .append(d.name())
                        .append(", new link on every start):\n")
                        .append("    ")
                        .append(base)
                        .append(d.personalLink())
                        .append('\n')
                        .append("    or at ")
                        .append(base)
                        .append("/join the join code ")
                        .append(w.joinCode())
                        .append(" with ")
                        .append(d.email())
                        .append('\n')));
        return banner.toString();
    }

    private static String line(String role, String url, String what) {
        return String.format("    %-12s %-56s %s%n", role, url, what);
    }

    private Optional<WorkshopView> find(WorkshopStatus status, String title) {
        return workshops
                .list(new WorkshopService.Filter(
                        Optional.empty(), Optional.of(status), Optional.empty(), Optional.empty(), 0, 200))
                .workshops()
                .stream()
                .filter(w -> w.title().equals(title))
                .findFirst();
    }

    /** A new link each time: the demo delegate's earlier link stops working. */
    private Optional<DelegateView> personalLink(WorkshopView live) {
        return delegates.list(live.id(), Optional.empty(), Optional.of(DemoPeople.ELENA.email())).stream()
                .findFirst()
                .map(d -> delegates.renewPersonalKey(live.id(), d.id()));
    }

    private static String baseUrl() {
        String port = LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port";
        return "http://localhost:"
                + ConfigProvider.getConfig()
                        .getOptionalValue(port, Integer.class)
                        .orElse(8080);
    }
}
