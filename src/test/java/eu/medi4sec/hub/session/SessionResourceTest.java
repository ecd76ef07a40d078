package eu.medi4sec.hub.session;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import eu.medi4sec.hub.support.Staff;
import eu.medi4sec.hub.support.Workshops;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SessionResourceTest {

    static Map<String, Object> aSession(String title, String start, String end) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("prompt", "What worked when rumours spread?");
        body.put("startsAt", start);
        body.put("endsAt", end);
        return body;
    }

    static long add(String token, long workshopId, Map<String, Object> body) {
        return ((Number) given().auth()
                        .oauth2(token)
                        .contentType("application/json")
                        .body(body)
                        .when()
                        .post("/api/workshops/" + workshopId + "/sessions")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
    }

    @Test
    void anOrganiserBuildsAnAgendaInOrderWithAFacilitator() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Staff.SignedIn facilitator = Staff.aFacilitator();
        long workshop = Workshops.aDraftWorkshop(organiser.token());
        Map<String, Object> opening =
                aSession("Opening round", "2027-03-10T09:30:00+01:00", "2027-03-10T10:30:00+01:00");
        opening.put("facilitatorId", facilitator.account().id());
        long first = add(organiser.token(), workshop, opening);
        long second = add(
                organiser.token(),
                workshop,
                aSession("Rumours", "2027-03-10T11:00:00+01:00", "2027-03-10T12:00:00+01:00"));

        given().auth()
                .oauth2(facilitator.token())
                .when()
                .get("/api/workshops/" + workshop + "/sessions")
                .then()
                .statusCode(200)
                .body("title", contains("Opening round", "Rumours"))
                .body("position", contains(1, 2))
                .body(
                        "[0].facilitator.displayName",
                        equalTo(facilitator.account().displayName()))
                .body("[1].facilitator", nullValue())
                .body("[0].startsAt", equalTo("2027-03-10T09:30:00+01:00"));

        given().auth()
                .oauth2(organiser.token())
                .contentType("application/json")
                .body(Map.of("sessionIds", List.of(second, first)))
                .when()
                .put("/api/workshops/" + workshop + "/sessions/order")
                .then()
                .statusCode(200)
                .body("title", contains("Rumours", "Opening round"));

        Map<String, Object> renamed =
                aSession("Rumours and facts", "2027-03-10T11:00:00+01:00", "2027-03-10T12:30:00+01:00");
        given().auth()
                .oauth2(organiser.token())
                .contentType("application/json")
                .body(renamed)
                .when()
                .put("/api/workshops/" + workshop + "/sessions/" + second)
                .then()
                .statusCode(200)
                .body("title", equalTo("Rumours and facts"));

        given().auth()
                .oauth2(organiser.token())
                .when()
                .delete("/api/workshops/" + workshop + "/sessions/" + first)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(organiser.token())
                .when()
                .get("/api/workshops/" + workshop + "/sessions")
                .then()
                .body("title", contains("Rumours and facts"));
    }

    @Test
    void aSessionOutsideTheWorkshopIsRefusedNamingTheField() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        long workshop = Workshops.aDraftWorkshop(organiser.token());
        given().auth()
                .oauth2(organiser.token())
                .contentType("application/json")
                .body(aSession("Too late", "2027-03-10T16:30:00+01:00", "2027-03-10T18:00:00+01:00"))
                .when()
                .post("/api/workshops/" + workshop + "/sessions")
                .then()
                .statusCode(422)
                .body("violations.field", contains("endsAt"))
                // in words and in the workshop's zone, not a raw timestamp
                .body(
                        "violations[0].message",
                        org.hamcrest.Matchers.equalTo(
                                "The session must end within the workshop (Wed 10 Mar 2027, 09:00 to 17:00 (Europe/Brussels))."));
        given().auth()
                .oauth2(organiser.token())
                .contentType("application/json")
                .body(aSession("", "2027-03-10T10:00:00+01:00", "2027-03-10T09:00:00+01:00"))
                .when()
                .post("/api/workshops/" + workshop + "/sessions")
                .then()
                .statusCode(422)
                .body("violations.field", hasItem("title"));
    }

    @Test
    void aReorderMustNameEverySessionOnce() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        long workshop = Workshops.aDraftWorkshop(organiser.token());
        long only = add(
                organiser.token(),
                workshop,
                aSession("Only", "2027-03-10T09:30:00+01:00", "2027-03-10T10:30:00+01:00"));
        given().auth()
                .oauth2(organiser.token())
                .contentType("application/json")
                .body(Map.of("sessionIds", List.of(only, only)))
                .when()
                .put("/api/workshops/" + workshop + "/sessions/order")
                .then()
                .statusCode(422)
                .body("violations.field", contains("sessionIds"));
    }

    @Test
    void aSessionOfAnotherWorkshopIsNotFound() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        long mine = Workshops.aDraftWorkshop(organiser.token());
        long other = Workshops.aDraftWorkshop(organiser.token());
        long session = add(
                organiser.token(), other, aSession("Theirs", "2027-03-10T09:30:00+01:00", "2027-03-10T10:30:00+01:00"));
        given().auth()
                .oauth2(organiser.token())
                .when()
                .get("/api/workshops/" + mine + "/sessions/" + session)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theCalendarHasTheWorkshopAndEachSessionInTheWorkshopsZone() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        long workshop = Workshops.aDraftWorkshop(organiser.token());
        add(
                organiser.token(),
                workshop,
                aSession("Opening round", "2027-03-10T09:30:00+01:00", "2027-03-10T10:30:00+01:00"));
        String ics = given().auth()
                .oauth2(organiser.token())
                .when()
                .get("/api/workshops/" + workshop + "/calendar.ics")
                .then()
                .statusCode(200)
                .contentType(containsString("text/calendar"))
                .extract()
                .asString();
        org.hamcrest.MatcherAssert.assertThat(ics, containsString("BEGIN:VCALENDAR"));
        org.hamcrest.MatcherAssert.assertThat(ics, containsString("BEGIN:VTIMEZONE"));
        org.hamcrest.MatcherAssert.assertThat(ics, containsString("TZID:Europe/Brussels"));
        org.hamcrest.MatcherAssert.assertThat(ics, containsString("DTSTART;TZID=Europe/Brussels:20270310T090000"));
        org.hamcrest.MatcherAssert.assertThat(ics, containsString("DTSTART;TZID=Europe/Brussels:20270310T093000"));
        org.hamcrest.MatcherAssert.assertThat(ics, containsString("SUMMARY:Opening round"));
        org.junit.jupiter.api.Assertions.assertEquals(2, ics.split("BEGIN:VEVENT").length - 1);
    }

    @Test
    void onlyOrganisersAndAdminsEditTheAgenda() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        long workshop = Workshops.aDraftWorkshop(organiser.token());
        for (Staff.SignedIn other : List.of(Staff.aFacilitator(), Staff.anAnalyst())) {
            given().auth()
                    .oauth2(other.token())
                    .contentType("application/json")
                    .body(aSession("Nope", "2027-03-10T09:30:00+01:00", "2027-03-10T10:30:00+01:00"))
                    .when()
                    .post("/api/workshops/" + workshop + "/sessions")
                    .then()
                    .statusCode(403);
        }
    }
}
