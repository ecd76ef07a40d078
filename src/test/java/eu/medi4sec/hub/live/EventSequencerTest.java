package eu.medi4sec.hub.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.medi4sec.hub.support.Live;
import eu.medi4sec.hub.support.SseClient;
import eu.medi4sec.hub.support.Staff;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Event numbering is off the commit path (issue #13): a workshop's writers commit side by side, and the
 * stream still never skips an event that commits late, never repeats one, and numbers them 1, 2, 3, …
 * Events are workshop.status events (everyone gets them); lesson_id marks which transaction wrote one.
 */
@QuarkusTest
class EventSequencerTest {

    static final Duration WAIT = Duration.ofSeconds(15);
    static final String TYPE = WorkshopStatusEvents.TYPE;

    @TestHTTPResource("/")
    URL base;

    @Inject
    EventLog events;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String jdbcUser;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> jdbcPassword;

    @Test
    void aWriterCommitsWhileAnEarlierOneIsOpenAndTheLateCommitIsNumberedNextAndDeliveredOnce() throws Exception {
        Staff.SignedIn organiser = Staff.anOrganiser();
        long workshop = Live.anOpenRound(organiser.token()).workshopId();
        long before = settled(workshop);
        ExecutorService writerA = Executors.newSingleThreadExecutor();
        CountDownLatch aAppended = new CountDownLatch(1);
        CountDownLatch commitA = new CountDownLatch(1);
        try (SseClient stream = stream(workshop, organiser.token(), before)) {
            Future<?> a = writerA.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                events.append(workshop, TYPE, null, null, 1L);
                aAppended.countDown();
                await(commitA);
            }));
            try {
                assertTrue(aAppended.await(WAIT.toSeconds(), TimeUnit.SECONDS), "A appended");

                // B writes for the same workshop and commits while A is open: it must not wait for A
                // (a lock it waits for fails after 2 s instead of hanging until A commits)
                CompletableFuture.runAsync(
                                () -> QuarkusTransaction.requiringNew().run(() -> {
                                    em.createNativeQuery("set local lock_timeout = '2s'")
                                            .executeUpdate();
                                    events.append(workshop, TYPE, null, null, 2L);
                                }))
                        .get(WAIT.toSeconds(), TimeUnit.SECONDS);

                SseClient.Event first = stream.await(TYPE, WAIT);
                assertEquals(before + 1, first.id(), "B is numbered next while A is still open");
                assertEquals(List.of(2L), markers(after(workshop, before)));
                assertFalse(a.isDone(), "A is still open");
            } finally {
                commitA.countDown();
            }
            a.get(WAIT.toSeconds(), TimeUnit.SECONDS);

            SseClient.Event second = stream.await(TYPE, WAIT);
            assertEquals(before + 2, second.id(), "A, committed late, gets the next number");
            assertEquals(List.of(before + 1, before + 2), seqs(after(workshop, before)));
            assertEquals(List.of(2L, 1L), markers(after(workshop, before)));
            assertEquals(List.of(), stream.drain(Duration.ofSeconds(1)), "nothing is delivered twice");
        } finally {
            writerA.shutdownNow();
        }

        // a reader that saw B resumes and gets A once
        try (SseClient resumed = stream(workshop, organiser.token(), before + 1)) {
            List<SseClient.Event> missed = resumed.drain(Duration.ofSeconds(2));
            assertEquals(
                    List.of(before + 2),
                    missed.stream().map(SseClient.Event::id).toList());
        }
    }

    @Test
    void aRolledBackTransactionLeavesNoGap() throws Exception {
        Staff.SignedIn organiser = Staff.anOrganiser();
        long workshop = Live.anOpenRound(organiser.token()).workshopId();
        long before = settled(workshop);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                events.append(workshop, TYPE, null, null, 3L);
                throw new IllegalStateException("the change fails after its event was appended");
            });
        } catch (RuntimeException expected) {
            // rolled back
        }
        QuarkusTransaction.requiringNew().run(() -> events.append(workshop, TYPE, null, null, 4L));

        long last = settled(workshop);
        assertEquals(before + 1, last);
        assertEquals(List.of(4L), markers(after(workshop, before)));
    }

    @Test
    void concurrentWritersOfOneWorkshopGetContiguousNumbersEachOnce() throws Exception {
        Staff.SignedIn organiser = Staff.anOrganiser();
        long workshop = Live.anOpenRound(organiser.token()).workshopId();
        long before = settled(workshop);
        int writers = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                long writer = w;
                running.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        long marker = writer * 1_000 + i;
                        QuarkusTransaction.requiringNew().run(() -> events.append(workshop, TYPE, null, null, marker));
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        long last = settled(workshop);
        List<EventLog.Event> written = after(workshop, before);
        assertEquals(
                LongStream.rangeClosed(before + 1, last).boxed().toList(),
                seqs(written),
                "numbers continue without a gap");
        assertEquals(writers * each, written.size());
        assertEquals(writers * each, markers(written).stream().distinct().count(), "every event once");
        for (int w = 0; w < writers; w++) {
            long writer = w;
            List<Long> mine =
                    markers(written).stream().filter(m -> m / 1_000 == writer).toList();
            assertEquals(mine.stream().sorted().toList(), mine, "one writer's events keep their order");
        }
    }

    @Test
    void anEventCommittedWithoutWakingThisInstanceIsNumberedByItsPoll() throws Exception {
        Staff.SignedIn organiser = Staff.anOrganiser();
        long workshop = Live.anOpenRound(organiser.token()).workshopId();
        long before = settled(workshop);
        // as an instance that died right after its commit would leave it: committed, unnumbered, nobody woken
        try (var connection = DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword.orElse(null));
                var statement = connection.prepareStatement(
                        "insert into workshop_event (workshop_id, type, lesson_id) values (?, ?, 5)")) {
            statement.setLong(1, workshop);
            statement.setString(2, TYPE);
            statement.executeUpdate();
        }
        assertEquals(before + 1, settled(workshop));
        assertEquals(List.of(5L), markers(after(workshop, before)));
    }

    @Test
    void eventsNotYetNumberedAreNotReadAndTheLatestIsTheLastNumbered() throws Exception {
        Staff.SignedIn organiser = Staff.anOrganiser();
        long workshop = Live.anOpenRound(organiser.token()).workshopId();
        long before = settled(workshop);
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            Future<?> open =
                    writer.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                        events.append(workshop, TYPE, null, null, 6L);
                        // the writer's own transaction sees its event, unnumbered, and reads past it
                        assertEquals(List.of(), events.after(workshop, before, 10));
                        assertEquals(before, events.latest(workshop));
                        appended.countDown();
                        await(done);
                    }));
            assertTrue(appended.await(WAIT.toSeconds(), TimeUnit.SECONDS), "appended");
            assertEquals(List.of(), after(workshop, before));
            done.countDown();
            open.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } finally {
            done.countDown();
            writer.shutdownNow();
        }
        assertEquals(before + 1, settled(workshop));
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private SseClient stream(long workshop, String token, long lastEventId) throws Exception {
        SseClient client = new SseClient(base + "api/workshops/" + workshop + "/events", token, lastEventId);
        assertEquals(200, client.status());
        return client;
    }

    private List<EventLog.Event> after(long workshop, long seq) {
        return QuarkusTransaction.requiringNew().call(() -> events.after(workshop, seq, 1_000));
    }

    /** Waits until the sequencer has numbered every committed event of the workshop; its last number. */
    private long settled(long workshop) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[])
                    em.createNativeQuery("""
                            select count(*) filter (where seq is null), coalesce(max(seq), 0)
                            from workshop_event where workshop_id = :workshop""").setParameter("workshop", workshop).getSingleResult());
            if (((Number) row[0]).longValue() == 0) {
                return ((Number) row[1]).longValue();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("events of workshop " + workshop + " still unnumbered after " + WAIT);
    }

    private static List<Long> seqs(List<EventLog.Event> events) {
        return events.stream().map(EventLog.Event::seq).toList();
    }

    private static List<Long> markers(List<EventLog.Event> events) {
        return events.stream().map(EventLog.Event::lessonId).toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(WAIT.toSeconds() * 2, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
