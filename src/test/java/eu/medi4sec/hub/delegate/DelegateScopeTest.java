package eu.medi4sec.hub.delegate;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.medi4sec.hub.support.Delegates;
import eu.medi4sec.hub.support.Staff;
import eu.medi4sec.hub.support.Workshops;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A delegate token reaches only its own workshop, and never a staff endpoint: one assertion per
 * endpoint. A new endpoint belongs in this list.
 */
@QuarkusTest
class DelegateScopeTest {

    private String delegateToken;
    private long ownWorkshop;
    private long otherWorkshop;
    private long otherDelegate;
    private long otherSession;

    @BeforeEach
    void aDelegateOfOneWorkshopAndAnotherWorkshop() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Workshops.Created own = Workshops.aScheduledWorkshop(organiser.token(), 10);
        Workshops.Created other = Workshops.aScheduledWorkshop(organiser.token(), 10);
        ownWorkshop = own.id();
        otherWorkshop = other.id();
        delegateToken =
                Delegates.join(Delegates.aRegisteredDelegate(own.joinCode()).accessToken());
        otherDelegate = Delegates.aRegisteredDelegate(other.joinCode()).id();
        Delegates.aRegisteredDelegate(other.joinCode());
        otherSession = ((Number) given().auth()
                        .oauth2(organiser.token())
                        .contentType("application/json")
                        .body(Map.of(
                                "title",
                                "Theirs",
                                "startsAt",
                                "2027-03-10T09:30:00+01:00",
                                "endsAt",
                                "2027-03-10T10:00:00+01:00"))
                        .post("/api/workshops/" + otherWorkshop + "/sessions")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        given().auth()
                .oauth2(organiser.token())
                .contentType("application/json")
                .body(Map.of("groups", 1))
                .post("/api/workshops/" + otherWorkshop + "/breakouts")
                .then()
                .statusCode(201);
    }

    private int call(String method, String path) {
        var request = given().auth().oauth2(delegateToken);
        request = path.endsWith("/import")
                ? request.contentType("text/csv").body("name,email,organisation,sector,country\n")
                : request.contentType("application/json").body("{}");
        return request.request(method, path).statusCode();
    }

    @Test
    void aDelegateReadsTheirOwnAgendaAndCalendar() {
        assertEquals(200, call("GET", "/api/workshops/" + ownWorkshop + "/sessions"));
        assertEquals(200, call("GET", "/api/workshops/" + ownWorkshop + "/calendar.ics"));
        assertEquals(200, call("GET", "/api/me/delegate"));
    }

    @Test
    void anotherWorkshopsDataIsNotFoundOrForbidden() {
        String other = "/api/workshops/" + otherWorkshop;
        List<String[]> endpoints = List.of(
                new String[] {"GET", other + "/sessions"},
                new String[] {"GET", other + "/sessions/" + otherSession},
                new String[] {"GET", other + "/calendar.ics"},
                new String[] {"GET", other},
                new String[] {"GET", other + "/delegates"},
                new String[] {"GET", other + "/delegates/counts"},
                new String[] {"GET", other + "/delegates/" + otherDelegate},
                new String[] {"GET", other + "/breakouts"},
                new String[] {"GET", other + "/notes"},
                new String[] {"POST", other + "/notes"},
                new String[] {"GET", other + "/events"},
                new String[] {"GET", other + "/moderation-log"},
                new String[] {"GET", other + "/lessons"},
                new String[] {"POST", other + "/lessons"},
                new String[] {"GET", other + "/tagging/queue"});
        for (String[] endpoint : endpoints) {
            int status = call(endpoint[0], endpoint[1]);
            assertTrue(status == 404 || status == 403, endpoint[0] + " " + endpoint[1] + " gave " + status);
        }
        // and the data it would be after is really there
        assertEquals(404, call("GET", other + "/sessions/" + otherSession));
    }

    @Test
    void staffEndpointsAreForbiddenEvenForTheOwnWorkshop() {
        String own = "/api/workshops/" + ownWorkshop;
        List<String[]> endpoints = List.of(
                new String[] {"GET", "/api/me"},
                new String[] {"GET", "/api/accounts"},
                new String[] {"POST", "/api/accounts"},
                new String[] {"PATCH", "/api/accounts/1"},
                new String[] {"GET", "/api/workshops"},
                new String[] {"POST", "/api/workshops"},
                new String[] {"GET", own},
                new String[] {"PUT", own},
                new String[] {"DELETE", own},
                new String[] {"POST", own + "/transitions"},
                new String[] {"POST", own + "/sessions"},
                new String[] {"PUT", own + "/sessions/1"},
                new String[] {"DELETE", own + "/sessions/1"},
                new String[] {"PUT", own + "/sessions/order"},
                new String[] {"GET", own + "/delegates"},
                new String[] {"GET", own + "/delegates/counts"},
                new String[] {"POST", own + "/delegates"},
                new String[] {"POST", own + "/delegates/import"},
                new String[] {"GET", own + "/delegates/1"},
                new String[] {"POST", own + "/delegates/1/cancel"},
                new String[] {"POST", own + "/delegates/1/check-in"},
                new String[] {"DELETE", own + "/delegates/1/check-in"},
                new String[] {"POST", own + "/delegates/1/personal-link"},
                new String[] {"POST", own + "/breakouts"},
                new String[] {"GET", own + "/breakouts"},
                new String[] {"PUT", own + "/breakouts/1/delegates/1"},
                new String[] {"POST", own + "/sessions/1/open"},
                new String[] {"POST", own + "/sessions/1/close"},
                new String[] {"GET", own + "/moderation-log"},
                new String[] {"POST", "/api/notes/1/hide"},
                new String[] {"POST", "/api/notes/1/restore"},
                new String[] {"POST", "/api/notes/1/approve"},
                new String[] {"POST", "/api/notes/1/pin"},
                new String[] {"POST", "/api/notes/1/unpin"},
                new String[] {"POST", "/api/notes/1/merge"},
                new String[] {"POST", own + "/lessons"},
                new String[] {"PUT", "/api/lessons/1"},
                new String[] {"POST", "/api/lessons/1/transitions"},
                new String[] {"GET", "/api/patterns"},
                new String[] {"GET", "/api/patterns/graph"},
                new String[] {"POST", "/api/patterns"},
                new String[] {"GET", "/api/patterns/official-account-single-source"},
                new String[] {"PUT", "/api/patterns/official-account-single-source"},
                new String[] {"GET", "/api/patterns/official-account-single-source/revisions"},
                new String[] {"GET", "/api/patterns/official-account-single-source/evidence"},
                new String[] {"POST", "/api/notes/1/tags"},
                new String[] {"GET", "/api/notes/1/tags"},
                new String[] {"DELETE", "/api/notes/1/tags/1"},
                new String[] {"POST", "/api/lessons/1/tags"},
                new String[] {"POST", "/api/tags/bulk"},
                new String[] {"GET", "/api/notes/1/pattern-suggestions"},
                new String[] {"GET", own + "/tagging/queue"},
                new String[] {"GET", own + "/tagging/summary"});
        for (String[] endpoint : endpoints) {
            assertEquals(403, call(endpoint[0], endpoint[1]), endpoint[0] + " " + endpoint[1]);
        }
    }
}
