package eu.medi4sec.hub.delegate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.medi4sec.hub.privacy.ErasureLog;
import eu.medi4sec.hub.privacy.ErasureReason;
import eu.medi4sec.hub.support.Delegates;
import eu.medi4sec.hub.support.Staff;
import eu.medi4sec.hub.support.Workshops;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RetentionTest {

    /** Test workshops end on 10 March 2027 at 17:00 in Brussels (16:00 UTC). */
    private static final Instant ENDS = Instant.parse("2027-03-10T16:00:00Z");

    @Test
    void organisersSeeTheErasureDateAndADryRunCount() {
        var organiser = Staff.anOrganiser();
        var workshop = aScheduledWorkshopKeptFor(organiser.token(), 30);
        Delegates.aRegisteredDelegate(workshop.joinCode());
        Delegates.aRegisteredDelegate(workshop.joinCode());

        given().auth()
                .oauth2(organiser.token())
                .get("/api/workshops/" + workshop.id() + "/retention")
                .then()
                .statusCode(200)
                .body("retentionDays", equalTo(30))
                .body("eraseOn", equalTo("2027-04-09"))
                .body("due", equalTo(false))
                .body("delegatesToErase", equalTo(2));
        given().auth()
                .oauth2(organiser.token())
                .get("/api/workshops/" + workshop.id())
                .then()
                .body("retentionDays", equalTo(30))
                .body("eraseOn", equalTo("2027-04-09"));
    }

    @Test
    void aWorkshopKeepsDataForTwoYearsUnlessTheOrganiserSaysOtherwise() {
        var organiser = Staff.anOrganiser();
        long id = Workshops.aDraftWorkshop(organiser.token());
        given().auth()
                .oauth2(organiser.token())
                .get("/api/workshops/" + id)
                .then()
                .body("retentionDays", equalTo(730))
                .body("eraseOn", equalTo("2029-03-09"));
    }

    @Test
    void retentionIsBetweenThirtyDaysAndTenYears() {
        var organiser = Staff.anOrganiser();
        for (int days : new int[] {29, 3651}) {
            Map<String, Object> body = Workshops.aWorkshopBody();
            body.put("retentionDays", days);
            given().auth()
                    .oauth2(organiser.token())
                    .contentType("application/json")
                    .body(body)
                    .post("/api/workshops")
                    .then()
                    .statusCode(422)
                    .body("violations[0].field", equalTo("retentionDays"));
        }
    }

    @Test
    void theJobErasesExactlyTheWorkshopsPastTheirDate() {
        var organiser = Staff.anOrganiser();
        var past = aScheduledWorkshopKeptFor(organiser.token(), 30); // erase on 9 April 2027
        var notYet = aScheduledWorkshopKeptFor(organiser.token(), 60); // erase on 9 May 2027
        var pastOne = Delegates.aRegisteredDelegate(past.joinCode());
        var pastTwo = Delegates.aRegisteredDelegate(past.joinCode());
        var kept = Delegates.aRegisteredDelegate(notYet.joinCode());

        QuarkusMock.installMockForType(
                Clock.fixed(ENDS.plus(java.time.Duration.ofDays(40)), ZoneOffset.UTC), Clock.class);
        int first = job().run();
        int second = job().run();

        assertEquals(0, second, "erasing again changes nothing");
        assertEquals(List.of(pastOne.id(), pastTwo.id()), erasedIn(past.id(), ErasureReason.RETENTION));
        assertEquals(List.of(), erasedIn(notYet.id(), ErasureReason.RETENTION));
        assertEquals(true, first >= 2);
        for (var delegate : List.of(pastOne, pastTwo)) {
            given().auth()
                    .oauth2(organiser.token())
                    .get("/api/workshops/" + past.id() + "/delegates/" + delegate.id())
                    .then()
                    .body("name", equalTo("Erased delegate"))
                    .body("erasedAt", org.hamcrest.Matchers.notNullValue());
        }
        given().auth()
                .oauth2(organiser.token())
                .get("/api/workshops/" + notYet.id() + "/delegates/" + kept.id())
                .then()
                .body("name", equalTo("Dana Delegate"))
                .body("email", equalTo(kept.email()));
        given().auth()
                .oauth2(organiser.token())
                .get("/api/workshops/" + past.id() + "/retention")
                .then()
                .body("due", equalTo(true))
                .body("delegatesToErase", equalTo(0));
    }

    private static Workshops.Created aScheduledWorkshopKeptFor(String organiserToken, int days) {
        Map<String, Object> body = Workshops.aWorkshopBody();
        body.put("retentionDays", days);
        long id = Workshops.create(organiserToken, body);
        return new Workshops.Created(id, Workshops.moveTo(organiserToken, id, "SCHEDULED"));
    }

    private static RetentionJob job() {
        return Arc.container().instance(RetentionJob.class).get();
    }

    private static List<Long> erasedIn(long workshopId, ErasureReason reason) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Arc.container().instance(ErasureLog.class).get().ofWorkshop(workshopId).stream()
                        .filter(e -> e.reason() == reason)
                        .map(ErasureLog.Entry::delegateId)
                        .sorted()
                        .toList());
    }
}
