package eu.medi4sec.hub.live;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Numbers committed events. Writers insert their events with {@code seq} null ({@link EventLog#append})
 * and commit without waiting for anyone; this sequencer then gives every committed, unnumbered event
 * the next number of its workshop, in one short transaction, and notifies the listeners once per
 * workshop.
 *
 * <p>Why this keeps the stream's guarantees:
 *
 * <ul>
 *   <li>A transaction sees only committed rows, so an event whose transaction commits late is simply
 *       numbered by a later run: it gets a larger number than everything already numbered, and a
 *       reader that resumes after N never skips it.
 *   <li>Runs are serialised by a transaction-scoped advisory lock ({@link #LOCK}), on every instance at
 *       once (no leader to elect). PostgreSQL makes a commit visible before it releases the
 *       transaction's locks, so the next run sees the previous one's numbers and counters; a reader
 *       sees the numbering of a run all at once (one commit): always a prefix 1..N with no gap.
 *   <li>Numbers continue {@code workshop_event_counter}; (workshop_id, seq) stays unique, so a run
 *       that raced anything (an older instance still numbering at insert) fails and is simply repeated.
 * </ul>
 *
 * <p>Each instance runs one sequencer thread on a connection of its own (a pooled one would wait in
 * line behind the writers it serves). Local commits wake it; wakes arriving during a run coalesce into
 * one more run. It also looks every {@link #POLL_MS} ms for events nobody woke it for: committed
 * through an instance that died before its sequencer ran, or written by another instance whose
 * sequencer is busy.
 *
 * <p>Why not the other design the issue names (number from a sequence at insert, store the writer's
 * {@code pg_current_xact_id()} and deliver only events whose transaction is older than
 * {@code pg_snapshot_xmin(pg_current_snapshot())}): a transaction's xid is taken at its first write and
 * its number at the insert, so an older xid can hold a larger number. With T1 (xid 100, seq 5) still
 * open and T2 (xid 99, seq 6) committed, xmin is 100: seq 6 is deliverable and seq 5 is not, a reader
 * moves its cursor to 6 and never reads 5. Making that safe needs a cursor that is not "everything up
 * to N" (a new Last-Event-ID meaning for every client), and a sequence leaves gaps at every rollback,
 * which bench/chaos counts as lost events. Numbering after commit keeps Last-Event-ID's meaning and
 * contiguous numbers, for one small transaction per batch off the writers' path; the price is a second
 * write of each event row and a few milliseconds before an event is numbered.
 */
@ApplicationScoped
class Sequencer {

    private static final Logger LOG = Logger.getLogger(Sequencer.class);

    /** The advisory lock's key: "EVTSEQ". */
    static final long LOCK = 0x4556_5453_4551L;

    /** At most this many events per run; a run that fills it is followed by another at once. */
    static final int BATCH = 5_000;

    /** How often to look for events no local commit woke the sequencer for. */
    static final long POLL_MS = 500;

    /**
     * Numbers up to {@link #BATCH} committed events in id order (per workshop: the order they were
     * written in, for events of one transaction), continues each workshop's counter and notifies once
     * per workshop with its last number. Data-modifying CTEs run to completion whatever the outer
     * select reads.
     */
    static final String NUMBER = """
            with pending as (
                select id, workshop_id from workshop_event where seq is null order by id limit ?),
            numbered as (
                select p.id, p.workshop_id,
                       coalesce(c.last_seq, 0) + row_number() over (partition by p.workshop_id order by p.id) as seq
                from pending p left join workshop_event_counter c on c.workshop_id = p.workshop_id),
            tops as (
                select workshop_id, max(seq) as last_seq, count(*) as events from numbered group by workshop_id),
            counters as (
                insert into workshop_event_counter (workshop_id, last_seq) select workshop_id, last_seq from tops
                on conflict (workshop_id) do update set last_seq = excluded.last_seq),
            updated as (
                update workshop_event e set seq = n.seq from numbered n where e.id = n.id)
            select workshop_id, last_seq, events, pg_notify(?, workshop_id || ':' || last_seq) from tops""";

    private final String url;
    private final String username;
    private final Optional<String> password;
    private final Counter sequenced;
    private final Object signal = new Object();
    private boolean woken;
    private volatile boolean running;
    private volatile Thread thread;
    private Connection connection;

    Sequencer(
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
            MeterRegistry registry) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.sequenced = Counter.builder("workshophub.events.sequenced")
                .description("Events numbered by this instance's sequencer")
                .register(registry);
    }

    void start(@Observes StartupEvent event) {
        running = true;
        Thread t = new Thread(this::run, "event-sequencer");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
    }

    /** A transaction that appended events committed: number them soon. Cheap; wakes coalesce. */
    void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    private void run() {
        long backoff = 200;
        while (running) {
            boolean wokenNow = awaitWake();
            if (!running) {
                break;
            }
            try {
                if (connection == null) {
                    connect();
                }
                if (wokenNow || anyUnnumbered()) {
                    while (numberBatch() == BATCH && running) {
                        // more are waiting: go on
                    }
                }
                backoff = 200;
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    break;
                }
                LOG.warnf("The event sequencer failed (%s); trying again in %d ms", e.getMessage(), backoff);
                closeQuietly();
                sleep(backoff);
                backoff = Math.min(backoff * 2, 5_000);
                // whatever woke it is still unnumbered
                wake();
            }
        }
        closeQuietly();
    }

    /** Waits for a wake or the poll interval; true when woken. */
    private boolean awaitWake() {
        synchronized (signal) {
            if (!woken) {
                try {
                    signal.wait(POLL_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
            boolean was = woken;
            woken = false;
            return was;
        }
    }

    private void connect() throws SQLException {
        Connection c = DriverManager.getConnection(url, username, password.orElse(null));
        c.setAutoCommit(false);
        connection = c;
    }

    /** Without the lock: the poll usually finds nothing, and then takes no lock other instances wait for. */
    private boolean anyUnnumbered() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs =
                        statement.executeQuery("select exists (select 1 from workshop_event where seq is null)")) {
            rs.next();
            boolean any = rs.getBoolean(1);
            connection.commit();
            return any;
        }
    }

    /** One run: numbers up to a batch of committed events and commits; answers how many. */
    private int numberBatch() throws SQLException {
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute("select pg_advisory_xact_lock(" + LOCK + ")");
            }
            int numbered = 0;
            try (PreparedStatement statement = connection.prepareStatement(NUMBER)) {
                statement.setInt(1, BATCH);
                statement.setString(2, EventLog.CHANNEL);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        numbered += rs.getInt(3);
                    }
                }
            }
            connection.commit();
            sequenced.increment(numbered);
            return numbered;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the connection is closed next
            }
            throw e;
        }
    }

    private void closeQuietly() {
        Connection c = connection;
        connection = null;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // it is gone either way
            }
        }
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
