package eu.medi4sec.hub.delegate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import eu.medi4sec.hub.privacy.ErasureLog;
import eu.medi4sec.hub.privacy.ErasureReason;
import eu.medi4sec.hub.support.Delegates;
import eu.medi4sec.hub.support.Live;
import eu.medi4sec.hub.support.PersonalData;
import eu.medi4sec.hub.support.Staff;
import eu.medi4sec.hub.support.Workshops;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ErasureTest {

    @Test
    void erasingEndsTheKeyAndEveryTokenAtOnce() {
        var organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        var delegate = PersonalData.anActiveDelegate(
                round, "Dorota Nowicka", "Krakow Fire Service", "dorota", "Sirens on the app worked", 0);
        String key = delegate.registered().accessToken();

        var erased = PersonalData.erase(key);

        assertEquals(200, erased.statusCode(), erased.asString());
        assertNotNull(erased.path("erasedAt"));
        assertThat(erased.path("message"), containsString("notes and votes stay"));
        assertEquals(401, PersonalData.lookUp(key).statusCode());
        assertEquals(401, PersonalData.export(key).statusCode());
        given().contentType("application/json")
                .header("X-Forwarded-For", Delegates.anAddress())
                .body(Map.of("accessToken", key))
                .post("/api/join")
                .then()
                .statusCode(401);
        given().auth().oauth2(delegate.token()).get("/api/me/delegate").then().statusCode(401);
        given().auth()
                .oauth2(delegate.token())
                .get("/api/me/delegate/export")
                .then()
                .statusCode(401);
        assertEquals(
                401,
                Live.send(
                                delegate.token(),
                                round,
                                "Still here?",
                                UUID.randomUUID().toString())
                        .statusCode());
    }

    @Test
    void aSecondEraseWithTheSameKeyChangesNothingAndAnswersTheSame() {
        var organiser = Staff.anOrganiser();
        var workshop = Workshops.aScheduledWorkshop(organiser.token(), 10);
        var delegate = Delegates.aRegisteredDelegate(workshop.joinCode());

        var first = PersonalData.erase(delegate.accessToken());
        var second = PersonalData.erase(delegate.accessToken());

        assertEquals(200, first.statusCode(), first.asString());
        assertEquals(200, second.statusCode(), second.asString());
        assertEquals(first.asString(), second.asString());
        assertEquals(1, log(workshop.id()).size());
        assertEquals(401, PersonalData.lookUp(delegate.accessToken()).statusCode());
    }

    @Test
    void theErasureLogHoldsIdsTheTimeAndTheReasonOnly() {
        var organiser = Staff.anOrganiser();
        var workshop = Workshops.aScheduledWorkshop(organiser.token(), 10);
        Map<String, Object> body = Delegates.aRegistration(workshop.joinCode());
        body.put("name", "Eustachy Wrzesniewski");
        body.put("organisation", "Lodz Transit Authority");
        var delegate = Delegates.registered(body);

        PersonalData.erase(delegate.accessToken());

        List<ErasureLog.Entry> entries = log(workshop.id());
        assertEquals(1, entries.size());
        assertEquals(delegate.id(), entries.get(0).delegateId());
        assertEquals(ErasureReason.SELF, entries.get(0).reason());
        String rows = QuarkusTransaction.requiringNew()
                .call(() -> String.valueOf(em().createNativeQuery(
                                "select string_agg(e::text, ';') from erasure_log e where workshop_id = :w")
                        .setParameter("w", workshop.id())
                        .getSingleResult()));
        for (String personal : List.of("Eustachy", "Wrzesniewski", "Lodz", delegate.email(), "BE", "POLICE")) {
            assertThat(rows, not(containsString(personal)));
        }
    }

    @Test
    void theOrganiserSeesAPlaceholderWithTheSectorAndNoWayToReachThePerson() {
        var organiser = Staff.anOrganiser();
        var workshop = Workshops.aScheduledWorkshop(organiser.token(), 10);
        var delegate = Delegates.aRegisteredDelegate(workshop.joinCode());

        PersonalData.erase(delegate.accessToken());

        var seen = given().auth()
                .oauth2(organiser.token())
                .get("/api/workshops/" + workshop.id() + "/delegates/" + delegate.id())
                .then()
                .statusCode(200)
                .extract();
        assertEquals("Erased delegate", seen.path("name"));
        assertEquals("", seen.path("organisation"));
        assertEquals("ZZ", seen.path("country"));
        assertEquals("POLICE", seen.path("sector"));
        assertThat(seen.path("email"), containsString("@invalid"));
        assertNotNull(seen.path("erasedAt"));
        given().auth()
                .oauth2(organiser.token())
                .post("/api/workshops/" + workshop.id() + "/delegates/" + delegate.id() + "/personal-link")
                .then()
                .statusCode(409);
    }

    @Test
    void erasingBeforeTheWorkshopGivesThePlaceToTheWaitlist() {
        var organiser = Staff.anOrganiser();
        var workshop = Workshops.aScheduledWorkshop(organiser.token(), 1);
        var seated = Delegates.aRegisteredDelegate(workshop.joinCode());
        var waiting = Delegates.aRegisteredDelegate(workshop.joinCode());
        assertEquals("WAITLISTED", waiting.status());

        PersonalData.erase(seated.accessToken());

        assertEquals("REGISTERED", PersonalData.lookUp(waiting.accessToken()).path("delegate.status"));
        given().auth()
                .oauth2(organiser.token())
                .get("/api/workshops/" + workshop.id() + "/delegates/" + seated.id())
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("CANCELLED"));
    }

    @Test
    void theirNotesStayAttributedToADelegateOfTheirSector() {
        var organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token(), Map.of("attribution", "ATTRIBUTED"));
        var delegate = PersonalData.anActiveDelegate(
                round, "Feliks Zawadzki", "Poznan Police", "feliks", "Drones helped count the crowd", 0);
        given().auth()
                .oauth2(organiser.token())
                .get("/api/notes/" + delegate.note())
                .then()
                .body("author.name", org.hamcrest.Matchers.equalTo("Feliks Zawadzki"));

        PersonalData.erase(delegate.registered().accessToken());

        var note = given().auth()
                .oauth2(organiser.token())
                .get("/api/notes/" + delegate.note())
                .then()
                .statusCode(200)
                .extract();
        assertEquals("Drones helped count the crowd", note.path("text"));
        assertEquals("A delegate", note.path("author.name"));
        assertEquals("POLICE", note.path("author.sector"));
        assertEquals(null, (Object) note.path("author.organisation"));
    }

    private static List<ErasureLog.Entry> log(long workshopId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Arc.container().instance(ErasureLog.class).get().ofWorkshop(workshopId));
    }

    private static EntityManager em() {
        return Arc.container().instance(EntityManager.class).get();
    }
}
