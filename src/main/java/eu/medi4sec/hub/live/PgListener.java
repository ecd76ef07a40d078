package eu.medi4sec.hub.live;

import eu.medi4sec.hub.common.CacheInvalidation;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * LISTENs for the event log's notifications on a connection of its own (not from the pool, which
 * would hand it to others). When the connection drops (a database restart, a network cut) it
 * reconnects with back-off and asks the hub to back-fill from the log, so nothing is missed.
 */
@ApplicationScoped
class PgListener {

    private static final Logger LOG = Logger.getLogger(PgListener.class);

    private final String url;
    private final String username;
    private final Optional<String> password;
    private final LiveHub hub;
    private final CacheInvalidation caches;
    private volatile Listener listener;

    PgListener(
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
            LiveHub hub,
            CacheInvalidation caches) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.hub = hub;
        this.caches = caches;
    }

    void start(@Observes StartupEvent event) {
        // the cache notices ride on the same connection; after a reconnect any may have been missed
        listener = new Listener(url, username, password.orElse(null), hub::notified, () -> {
            caches.forgetAll();
            hub.backfillAll();
        });
        listener.onCacheNotice(caches::received);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (listener != null) {
            listener.stop();
        }
    }

    /** The backend pid of the listening connection, so that tests can cut it. */
    public int backendPid() {
        return listener == null ? -1 : listener.backendPid;
    }

    /** A LISTEN loop on one connection; usable on its own, as a second instance would. */
    public static final class Listener {
        private final String url;
        private final String username;
        private final String password;
        private final BiConsumer<Long, Long> onEvent;
        private final Runnable onReconnect;
        private final Thread thread;
        private volatile boolean running = true;
        volatile int backendPid = -1;
        private volatile Connection connection;
        private volatile Consumer<String> onCacheNotice;

        public Listener(
                String url, String username, String password, BiConsumer<Long, Long> onEvent, Runnable onReconnect) {
            this.url = url;
            this.username = username;
            this.password = password;
            this.onEvent = onEvent;
            this.onReconnect = onReconnect;
            this.thread = new Thread(this::run, "pg-listener");
            this.thread.setDaemon(true);
        }

        /** Also LISTEN on {@link CacheInvalidation#CHANNEL} and hand its payloads here; call before start. */
        public void onCacheNotice(Consumer<String> onCacheNotice) {
            this.onCacheNotice = onCacheNotice;
        }

        public void start() {
            thread.start();
        }

        public void stop() {
            running = false;
            thread.interrupt();
            closeQuietly();
        }

        public int backendPid() {
            return backendPid;
        }

        private void run() {
            long backoff = 200;
            boolean first = true;
            while (running) {
                try {
                    connect();
                    if (!first) {
                        LOG.info("The event listener reconnected to the database; back-filling from the log");
                        onReconnect.run();
                    }
                    first = false;
                    backoff = 200;
                    listen();
                } catch (SQLException | RuntimeException e) {
                    if (!running) {
                        return;
                    }
                    LOG.warnf("The event listener lost the database (%s); retrying in %d ms", e.getMessage(), backoff);
                    closeQuietly();
                    first = false;
                    sleep(backoff);
                    backoff = Math.min(backoff * 2, 5_000);
                }
            }
        }

        private void connect() throws SQLException {
            connection = DriverManager.getConnection(url, username, password);
            try (Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + EventLog.CHANNEL);
                if (onCacheNotice != null) {
                    statement.execute("LISTEN " + CacheInvalidation.CHANNEL);
                }
                var rs = statement.executeQuery("select pg_backend_pid()");
                rs.next();
                backendPid = rs.getInt(1);
            }
        }

        private void listen() throws SQLException {
            PGConnection pg = connection.unwrap(PGConnection.class);
            while (running) {
                PGNotification[] notifications = pg.getNotifications(10_000);
                if (notifications == null) {
                    // nothing for a while: make sure the connection is still alive
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("select 1");
                    }
                    continue;
                }
                for (PGNotification notification : notifications) {
                    if (CacheInvalidation.CHANNEL.equals(notification.getName())) {
                        onCacheNotice.accept(notification.getParameter());
                        continue;
                    }
                    dispatch(notification.getParameter());
                }
            }
        }

        private void dispatch(String payload) {
            int colon = payload.indexOf(':');
            try {
                onEvent.accept(
                        Long.parseLong(payload.substring(0, colon)), Long.parseLong(payload.substring(colon + 1)));
            } catch (RuntimeException e) {
                LOG.warnf("Ignoring an event notification that could not be handled: %s", payload);
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

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
