package eu.medi4sec.hub.live;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.medi4sec.hub.support.Live;
import eu.medi4sec.hub.support.SseClient;
import eu.medi4sec.hub.support.Staff;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventStreamTest {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String jdbcUser;

    @ConfigProperty(name = "quarkus.datasource.password")
    java.util.Optional<String> jdbcPassword;

    @ConfigProperty(name = "quarkus.datasource.jdbc.max-size", defaultValue = "20")
    int poolSize;

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource pool;

    @jakarta.inject.Inject
    org.hibernate.SessionFactory sessions;

    private SseClient stream(Live.Round round, String token, Long lastEventId) throws Exception {
        SseClient client = new SseClient(base + "api/workshops/" + round.workshopId() + "/events", token, lastEventId);
        assertEquals(200, client.status());
        assertTrue(client.contentType().startsWith("text/event-stream"), client.contentType());
        return client;
    }

    @Test
    void aWorkshopClosingIsAnEventEachViewerSeesAsTheirApiShowsTheWorkshop() throws Exception {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        String delegate = Live.aDelegateIn(round);
        try (SseClient phone = stream(round, delegate, null);
                SseClient projector = stream(round, organiser.token(), null)) {
            eu.medi4sec.hub.support.Workshops.moveTo(organiser.token(), round.workshopId(), "CLOSED");
            JsonNode forDelegate =
                    JSON.readTree(phone.await("workshop.status", WAIT).data());
            assertEquals(round.workshopId(), forDelegate.get("id").asLong());
            assertEquals("CLOSED", forDelegate.get("status").asText());
            assertTrue(forDelegate.get("joinCode") == null, "a delegate's view has no join code");
            JsonNode forStaff =
                    JSON.readTree(projector.await("workshop.status", WAIT).data());
            assertEquals("CLOSED", forStaff.get("status").asText());
            assertEquals(round.joinCode(), forStaff.get("joinCode").asText());
        }
    }

    private long openSessions() {
        var statistics = sessions.getStatistics();
        return statistics.getSessionOpenCount() - statistics.getSessionCloseCount();
    }

    @Test
    void anOpenStreamHoldsNoDatabaseSession() throws Exception {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        String delegate = Live.aDelegateIn(round);
        long before = openSessions();
        List<SseClient> streams = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                streams.add(stream(round, i % 2 == 0 ? delegate : organiser.token(), null));
            }
            // each stream is live: a note reaches all five
            Live.aNote(delegate, round, "Reaches every stream");
            for (SseClient client : streams) {
                client.await("note.created", WAIT);
            }
            // a session per stream would stay open until its client leaves: hours, for a plenary's thousands
            assertTrue(openSessions() - before < 5, "open sessions grew by " + (openSessions() - before));
        } finally {
            for (SseClient client : streams) {
                client.close();
            }
        }
    }

    @Test
    void aNoteArrivesOnTheStreamAsTheNotesApiShowsIt() throws Exception {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        String delegate = Live.aDelegateIn(round);
        try (SseClient projector = stream(round, organiser.token(), null)) {
            long id = Live.aNote(delegate, round, "Arrives live");
            SseClient.Event event = projector.await("note.created", WAIT);
            JsonNode data = JSON.readTree(event.data());
            assertEquals(id, data.get("id").asLong());
            assertEquals("Arrives live", data.get("text").asText());
            assertTrue(event.id() > 0);
        }
    }

    @Test
    void resumingFromLastEventIdReplaysExactlyTheMissedEventsInOrder() throws Exception {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        String delegate = Live.aDelegateIn(round);
        long first = Live.aNote(delegate, round, "one");
        Live.aNote(delegate, round, "two");
        long third = Live.aNote(delegate, round, "three");
        given().auth()
                .oauth2(organiser.token())
                .post("/api/notes/" + third + "/pin")
                .then()
                .statusCode(200);

        List<SseClient.Event> all;
        try (SseClient fromStart = stream(round, organiser.token(), 0L)) {
            all = fromStart.drain(Duration.ofSeconds(2));
        }
        // SCHEDULED and LIVE, round.opened, three notes, one pin: every event of the workshop, in order,
        // ids only growing
        assertEquals(
                List.of(
                        "workshop.status",
                        "workshop.status",
                        "round.opened",
                        "note.created",
                        "note.created",
                        "note.created",
                        "note.pinned"),
                all.stream().map(SseClient.Event::type).toList());
        for (int i = 1; i < all.size(); i++) {
            assertEquals(all.get(i - 1).id() + 1, all.get(i).id());
        }
        assertEquals(first, JSON.readTree(all.get(3).data()).get("id").asLong());

        long seenUpTo = all.get(4).id();
        Live.aNote(delegate, round, "four");
        try (SseClient resumed = stream(round, organiser.token(), seenUpTo)) {
            List<SseClient.Event> missed = resumed.drain(Duration.ofSeconds(2));
            assertEquals(
                    List.of(all.get(5).id(), all.get(6).id(), all.get(6).id() + 1),
                    missed.stream().map(SseClient.Event::id).toList());
            assertEquals("four", JSON.readTree(missed.get(2).data()).get("text").asText());
            // and it goes on live
            Live.aNote(delegate, round, "five");
            assertEquals(
                    "five",
                    JSON.readTree(resumed.await("note.created", WAIT).data())
                            .get("text")
                            .asText());
        }
    }

    @Test
    void aHiddenNoteIsWithdrawnFromDelegatesWithoutItsText() throws Exception {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        String author = Live.aDelegateIn(round);
        String reader = Live.aDelegateIn(round);
        try (SseClient phone = stream(round, reader, null)) {
            long id = Live.aNote(author, round, "Soon hidden");
            phone.await("note.created", WAIT);
            given().auth()
                    .oauth2(organiser.token())
                    .contentType("application/json")
                    .body(Map.of("reason", "Off topic"))
                    .post("/api/notes/" + id + "/hide")
                    .then()
                    .statusCode(200);
            JsonNode hidden = JSON.readTree(phone.await("note.hidden", WAIT).data());
            assertEquals(id, hidden.get("id").asLong());
            assertEquals("HIDDEN", hidden.get("status").asText());
            assertTrue(hidden.get("text") == null, hidden.toString());
        }
    }

    @Test
    void votesAndRoundsAreStreamed() throws Exception {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        String delegate = Live.aDelegateIn(round);
        long id = Live.aNote(delegate, round, "Vote for me");
        try (SseClient wall = stream(round, delegate, null)) {
            given().auth()
                    .oauth2(Live.aDelegateIn(round))
                    .put("/api/notes/" + id + "/vote")
                    .then()
                    .statusCode(200);
            assertEquals(
                    1,
                    JSON.readTree(wall.await("vote.changed", WAIT).data())
                            .get("votes")
                            .asInt());
            given().auth()
                    .oauth2(organiser.token())
                    .post("/api/workshops/" + round.workshopId() + "/sessions/" + round.sessionId() + "/close")
                    .then()
                    .statusCode(200);
            JsonNode closed = JSON.readTree(wall.await("round.closed", WAIT).data());
            assertEquals(round.sessionId(), closed.get("id").asLong());
            assertEquals(false, closed.get("roundOpen").asBoolean());
        }
    }

    @Test
    void aSecondIndependentListenerSeesEventsCommittedThroughThisInstance() throws Exception {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        List<String> heard = new CopyOnWriteArrayList<>();
        PgListener.Listener other = new PgListener.Listener(
                jdbcUrl,
                jdbcUser,
                jdbcPassword.orElse(null),
                (workshop, seq) -> heard.add(workshop + ":" + seq),
                () -> {});
        other.start();
        try {
            waitUntil(() -> other.backendPid() > 0);
            Live.aNote(Live.aDelegateIn(round), round, "Across instances");
            waitUntil(() -> heard.stream().anyMatch(h -> h.startsWith(round.workshopId() + ":")));
        } finally {
            other.stop();
        }
    }

    @Test
    void afterTheListenerLosesTheDatabaseItReconnectsAndBackFills() throws Exception {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        String delegate = Live.aDelegateIn(round);
        PgListener listener =
                io.quarkus.arc.Arc.container().instance(PgListener.class).get();
        try (SseClient projector = stream(round, organiser.token(), null)) {
            int before = listener.backendPid();
            try (var connection = java.sql.DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword.orElse(null));
                    var statement = connection.createStatement()) {
                statement.execute("select pg_terminate_backend(" + before + ")");
            }
            // written while the listener is away: no notification reaches it
            Live.aNote(delegate, round, "Sent during the outage");
            SseClient.Event event = projector.await("note.created", Duration.ofSeconds(20));
            assertEquals(
                    "Sent during the outage",
                    JSON.readTree(event.data()).get("text").asText());
            assertTrue(listener.backendPid() != before);
        }
    }

    /**
     * Found by the kill -9 chaos run (bench/chaos): with the connection pool exhausted by 200 phones, the
     * hub's read of the log after a notification failed, and it waited for the workshop's next event to
     * read again. After the last note of a round there is none: open streams never got that note.
     */
    @Test
    void anEventWhoseFirstReadFailedStillReachesTheOpenStreams() throws Exception {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        String delegate = Live.aDelegateIn(round);
        long noteId = Live.aNote(delegate, round, "Edited later");
        try (SseClient projector = stream(round, organiser.token(), null);
                LogWatch hub = new LogWatch(LiveHub.class)) {
            List<java.sql.Connection> held = everyPooledConnection();
            try {
                // another instance logs an event while this one cannot get a connection to read it
                appendAsAnotherInstance(round.workshopId(), "note.edited", noteId, round.sessionId());
                hub.await("Could not read the event log of workshop " + round.workshopId(), Duration.ofSeconds(30));
            } finally {
                for (java.sql.Connection connection : held) {
                    connection.close();
                }
            }
            // nothing else happens in this workshop: the hub must read the event again by itself
            SseClient.Event edited = projector.await("note.edited", Duration.ofSeconds(20));
            assertEquals(noteId, JSON.readTree(edited.data()).get("id").asLong());
        }
    }

    private List<java.sql.Connection> everyPooledConnection() {
        List<java.sql.Connection> held = new java.util.ArrayList<>();
        for (int i = 0; i < poolSize; i++) {
            try {
                held.add(pool.getConnection());
            } catch (java.sql.SQLException exhausted) {
                break; // someone else holds the rest
            }
        }
        return held;
    }

    /**
     * What EventLog.append does on another instance, on a connection of its own: the event is committed
     * unnumbered and nothing here wakes this instance's sequencer; its poll finds and numbers it.
     */
    private void appendAsAnotherInstance(long workshopId, String type, long noteId, long sessionId) throws Exception {
        try (var connection = java.sql.DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword.orElse(null));
                var statement = connection.prepareStatement("""
                        insert into workshop_event (workshop_id, type, note_id, session_id) values (?, ?, ?, ?)""")) {
            statement.setLong(1, workshopId);
            statement.setString(2, type);
            statement.setLong(3, noteId);
            statement.setLong(4, sessionId);
            statement.executeUpdate();
        }
    }

    /** Collects what one class logs, so that a test can wait for a failure to have happened. */
    static final class LogWatch extends java.util.logging.Handler implements AutoCloseable {
        private final java.util.logging.Logger logger;
        private final java.util.concurrent.BlockingQueue<String> messages =
                new java.util.concurrent.LinkedBlockingQueue<>();

        LogWatch(Class<?> source) {
            logger = java.util.logging.Logger.getLogger(source.getName());
            logger.addHandler(this);
        }

        void await(String fragment, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                String message = messages.poll(50, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (message != null && message.contains(fragment)) {
                    return;
                }
            }
            throw new AssertionError("Nothing logged containing: " + fragment);
        }

        @Override
        public void publish(java.util.logging.LogRecord record) {
            String message = record.getMessage();
            if (record.getParameters() != null && message != null && message.contains("%")) {
                message = String.format(message, record.getParameters());
            }
            messages.add(String.valueOf(message));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {
            logger.removeHandler(this);
        }
    }

    @Test
    void aBadLastEventIdIsABadRequestAndAnotherWorkshopIsNotFound() throws Exception {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        Live.Round other = Live.anOpenRound(organiser.token());
        given().auth()
                .oauth2(organiser.token())
                .header("Last-Event-ID", "yesterday")
                .get("/api/workshops/" + round.workshopId() + "/events")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        String delegate = Live.aDelegateIn(round);
        given().auth()
                .oauth2(delegate)
                .get("/api/workshops/" + other.workshopId() + "/events")
                .then()
                .statusCode(404);
        given().get("/api/workshops/" + round.workshopId() + "/events").then().statusCode(401);
        given().queryParam("access_token", delegate)
                .get("/api/workshops/" + round.workshopId() + "/events")
                .then()
                .statusCode(401);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(50);
        }
    }
}
