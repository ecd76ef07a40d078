package eu.medi4sec.hub.note;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.medi4sec.hub.delegate.DelegateCache;
import eu.medi4sec.hub.support.Delegates;
import eu.medi4sec.hub.support.Live;
import eu.medi4sec.hub.support.PersonalData;
import eu.medi4sec.hub.support.Staff;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The note path keeps the workshop, the round and the delegate in caches between requests; whatever they
 * say, a note is refused at once when the database says otherwise, and a notice from another instance
 * makes this one forget.
 */
@QuarkusTest
class NoteCachesTest {

    @Inject
    AgroalDataSource pool;

    @Inject
    RoundCache rounds;

    @Inject
    DelegateCache delegates;

    @Inject
    MeterRegistry metrics;

    @Test
    void aNoteRightAfterTheRoundClosedIs409() {
        var organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        String delegate = Live.aDelegateIn(round);
        Live.aNote(delegate, round, "Warms the caches");
        assertTrue(rounds.session(round.sessionId()).orElseThrow().roundOpen());

        given().auth()
                .oauth2(organiser.token())
                .post("/api/workshops/" + round.workshopId() + "/sessions/" + round.sessionId() + "/close")
                .then()
                .statusCode(200);

        var late = Live.send(delegate, round, "Too late", UUID.randomUUID().toString());
        assertEquals(409, late.statusCode(), late.asString());
        assertEquals("application/problem+json", late.contentType());
    }

    @Test
    void aRoundClosedByAnotherInstanceThatSentNoNoticeStillTakesNoNotes() throws SQLException {
        var organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        String delegate = Live.aDelegateIn(round);
        Live.aNote(delegate, round, "Warms the caches");

        sql("update agenda_session set round_open = false where id = " + round.sessionId());

        var late = Live.send(delegate, round, "Too late", UUID.randomUUID().toString());
        assertEquals(409, late.statusCode(), late.asString());
        assertTrue(late.asString().contains("is not open for notes"), late.asString());
        assertEquals(1, notesIn(round));
    }

    @Test
    void aDelegateCancelledRightAfterANoteIsRefusedAtOnce() {
        var organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        var registered = Delegates.aRegisteredDelegate(round.joinCode());
        String delegate = Delegates.join(registered.accessToken());
        Live.aNote(delegate, round, "Still here");
        assertTrue(delegates.cached(registered.id()).isPresent());

        given().auth()
                .oauth2(organiser.token())
                .post("/api/workshops/" + round.workshopId() + "/delegates/" + registered.id() + "/cancel")
                .then()
                .statusCode(200);

        var refused = Live.send(delegate, round, "Gone now", UUID.randomUUID().toString());
        assertEquals(401, refused.statusCode(), refused.asString());
        assertEquals("application/problem+json", refused.contentType());
        assertEquals(1, notesIn(round));
    }

    @Test
    void aDelegateErasedRightAfterANoteIsRefusedAtOnce() {
        var organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        var registered = Delegates.aRegisteredDelegate(round.joinCode());
        String delegate = Delegates.join(registered.accessToken());
        Live.aNote(delegate, round, "Still here");

        assertEquals(200, PersonalData.erase(registered.accessToken()).statusCode());

        assertEquals(
                401,
                Live.send(delegate, round, "Gone now", UUID.randomUUID().toString())
                        .statusCode());
        assertEquals(1, notesIn(round));
    }

    @Test
    void aDelegateCancelledByAnotherInstanceWithoutNoticeIsRefused() throws SQLException {
        var organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        var registered = Delegates.aRegisteredDelegate(round.joinCode());
        String delegate = Delegates.join(registered.accessToken());
        Live.aNote(delegate, round, "Still here");

        sql("update delegate set status = 'CANCELLED' where id = " + registered.id());

        var refused = Live.send(delegate, round, "Gone now", UUID.randomUUID().toString());
        assertEquals(401, refused.statusCode(), refused.asString());
        assertEquals(1, notesIn(round));
    }

    @Test
    void aNoticeFromAnotherInstanceIsHonoured() throws Exception {
        var organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        var registered = Delegates.aRegisteredDelegate(round.joinCode());
        String delegate = Delegates.join(registered.accessToken());
        Live.aNote(delegate, round, "Warms the caches");
        assertTrue(rounds.session(round.sessionId()).isPresent());
        assertTrue(rounds.workshop(round.workshopId()).isPresent());
        assertTrue(delegates.cached(registered.id()).isPresent());

        // what another instance does when it closes the round: change the row, notify in the same transaction
        sql("update agenda_session set round_open = false where id = " + round.sessionId() + ";"
                + "select pg_notify('workshop_hub_cache', 'session:" + round.sessionId() + "')");
        assertTrue(eventually(() -> rounds.session(round.sessionId()).isEmpty()), "the round is forgotten");
        assertTrue(rounds.workshop(round.workshopId()).isPresent(), "the workshop is not");

        sql("select pg_notify('workshop_hub_cache', 'workshop:" + round.workshopId() + "');"
                + "select pg_notify('workshop_hub_cache', 'delegate:" + registered.id() + "')");
        assertTrue(eventually(() -> rounds.workshop(round.workshopId()).isEmpty()), "the workshop is forgotten");
        assertTrue(eventually(() -> delegates.cached(registered.id()).isEmpty()), "the delegate is forgotten");

        var closed =
                Live.send(delegate, round, "Closed elsewhere", UUID.randomUUID().toString());
        assertEquals(409, closed.statusCode(), closed.asString());
        // the slow path read the round afresh and keeps it as it now is
        assertEquals(false, rounds.session(round.sessionId()).orElseThrow().roundOpen());
    }

    @Test
    void eachNewNoteIsCountedOnceAndARetryNotAtAll() {
        var organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        String delegate = Live.aDelegateIn(round);
        double before = submitted();
        String key = UUID.randomUUID().toString();
        assertEquals(201, Live.send(delegate, round, "Counted", key).statusCode());
        assertEquals(201, Live.send(delegate, round, "Counted", key).statusCode());
        assertEquals(
                201,
                Live.send(delegate, round, "Counted too", UUID.randomUUID().toString())
                        .statusCode());
        assertEquals(before + 2, submitted());
    }

    @Test
    void theFastPathAnswersWhatTheWallShows() {
        var organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token(), java.util.Map.of("attribution", "ATTRIBUTED"));
        String delegate = Live.aDelegateIn(round);
        Live.aNote(delegate, round, "Warms the caches");
        var sent = Live.send(
                delegate, round, "From the fast path", UUID.randomUUID().toString());
        assertEquals(201, sent.statusCode());
        long id = ((Number) sent.path("id")).longValue();
        String listed = given().auth()
                .oauth2(delegate)
                .get("/api/notes/" + id)
                .then()
                .statusCode(200)
                .body("author.name", containsString("Dana"))
                .extract()
                .asString();
        assertEquals(listed, sent.asString());
    }

    private double submitted() {
        var counter = metrics.find("workshophub.notes.submitted").counter();
        return counter == null ? 0 : counter.count();
    }

    private int notesIn(Live.Round round) {
        try (var connection = pool.getConnection();
                var statement = connection.createStatement();
                var rows =
                        statement.executeQuery("select count(*) from note where session_id = " + round.sessionId())) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void sql(String statements) throws SQLException {
        try (var connection = pool.getConnection();
                var statement = connection.createStatement()) {
            statement.execute(statements);
        }
    }

    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }
}
