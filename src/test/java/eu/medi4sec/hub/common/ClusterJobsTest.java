package eu.medi4sec.hub.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.medi4sec.hub.support.ThrottleCounters;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClusterJobsTest {

    @Inject
    ClusterJobs jobs;

    @Inject
    Throttle throttle;

    @Inject
    AgroalDataSource dataSource;

    /** Another instance in the middle of the job: its own connection holding the job's lock. */
    private Connection anotherInstanceRunning(String job) throws SQLException {
        Connection connection = dataSource.getConnection();
        try (var statement = connection.prepareStatement("select pg_advisory_lock(?)")) {
            statement.setLong(1, ClusterJobs.lockKey(job));
            statement.execute();
        }
        return connection;
    }

    @Test
    void aJobAnotherInstanceIsRunningIsSkipped() throws SQLException {
        AtomicInteger runs = new AtomicInteger();
        try (Connection other = anotherInstanceRunning("SKIPPED")) {
            assertEquals(Optional.empty(), jobs.once("SKIPPED", runs::incrementAndGet));
            assertEquals(0, runs.get());
        }
        assertEquals(Optional.of(1), jobs.once("SKIPPED", runs::incrementAndGet), "the lock ends with its holder");
    }

    @Test
    void twoRunsAtOnceDoTheWorkOnce() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch working = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Optional<Integer>> first = CompletableFuture.supplyAsync(() -> jobs.once("TWICE", () -> {
            working.countDown();
            await(finish);
            return runs.incrementAndGet();
        }));
        assertTrue(working.await(30, TimeUnit.SECONDS), "the first run started");
        Optional<Integer> second = CompletableFuture.supplyAsync(() -> jobs.once("TWICE", runs::incrementAndGet))
                .get(30, TimeUnit.SECONDS);
        finish.countDown();
        assertEquals(Optional.of(1), first.get(30, TimeUnit.SECONDS));
        assertEquals(Optional.empty(), second);
        assertEquals(1, runs.get());
    }

    @Test
    void theThrottleCleanupWaitsForTheInstanceRunningIt() throws SQLException {
        String key = "test:" + UUID.randomUUID();
        ThrottleCounters.set(key, 3, Instant.now().minus(Duration.ofHours(2)));
        try (Connection other = anotherInstanceRunning(Throttle.CLEANUP_JOB)) {
            throttle.removeExpired();
            assertTrue(ThrottleCounters.exists(key), "skipped while another instance holds the job");
        }
        throttle.removeExpired();
        assertFalse(ThrottleCounters.exists(key));
    }

    @Test
    void aJobsLockIsItsNameInAscii() {
        assertEquals(0x5245_5441_494eL, ClusterJobs.lockKey("RETAIN"));
        assertThrows(IllegalArgumentException.class, () -> ClusterJobs.lockKey("MORE THAN EIGHT"));
        assertThrows(IllegalArgumentException.class, () -> ClusterJobs.lockKey(""));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
