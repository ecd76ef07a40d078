package eu.medi4sec.hub.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL started from the JVM, for runs where no database is configured. Its data lives in
 * {@code <data-dir>/postgres} and survives restarts.
 */
final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    private EmbeddedDatabase() {}

    /**
     * Kept as a system property, not a field: a restarted app in the same JVM (tests with another
     * profile, dev-mode reloads) runs in a new class loader and must reuse the running server.
     */
    private static final String RUNNING_URL = "workshop-hub.embedded-postgres.jdbc-url";

    static String jdbcUrl() {
        synchronized (System.class) {
            String url = System.getProperty(RUNNING_URL);
            if (url == null) {
                url = start(DataDirectory.resolve().resolve("postgres")).getJdbcUrl("postgres", "postgres");
                System.setProperty(RUNNING_URL, url);
            }
            return url;
        }
    }

    private static EmbeddedPostgres start(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            stopOrphan(dataDir);
            LOG.infof("No database configured: starting the embedded PostgreSQL with its data in %s", dataDir);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // The library turns durability off for tests; a local run keeps what it acknowledged.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start();
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                try {
                                    pg.close();
                                } catch (IOException e) {
                                    LOG.warn("The embedded PostgreSQL did not stop cleanly", e);
                                }
                            },
                            "embedded-postgres-stop"));
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL could not start in " + dataDir, e);
        }
    }

    /** After a hard kill of the JVM the postgres child survives and holds the data folder: stop it. */
    private static void stopOrphan(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> orphan = lines.isEmpty()
                ? Optional.empty()
                : parse(lines.get(0))
                        .flatMap(ProcessHandle::of)
                        .filter(ProcessHandle::isAlive)
                        .filter(p -> p.info()
                                .command()
                                .map(c -> c.contains("postgres"))
                                .orElse(false));
        if (orphan.isPresent()) {
            LOG.warnf(
                    "Stopping an orphaned embedded PostgreSQL (pid %d) left by an earlier run",
                    orphan.get().pid());
            orphan.get().destroy();
            try {
                orphan.get()
                        .onExit()
                        .get(
                                java.util.concurrent.TimeUnit.SECONDS.toMillis(30),
                                java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                orphan.get().destroyForcibly();
            }
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> parse(String pid) {
        try {
            return Optional.of(Long.parseLong(pid.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
