package eu.medi4sec.hub.workshop;

import static eu.medi4sec.hub.support.Workshops.aDraftWorkshop;
import static eu.medi4sec.hub.support.Workshops.aWorkshopBody;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import eu.medi4sec.hub.support.Staff;
import eu.medi4sec.hub.support.Workshops;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WorkshopResourceTest {

    private static ExtractableResponse<Response> get(String token, long id) {
        return given().auth()
                .oauth2(token)
                .when()
                .get("/api/workshops/" + id)
                .then()
                .statusCode(200)
                .extract();
    }

    private static ExtractableResponse<Response> move(String token, long id, String to) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of("to", to))
                .when()
                .post("/api/workshops/" + id + "/transitions")
                .then()
                .extract();
    }

    @Test
    void anOrganiserCreatesADraftWithAJoinCodeAndLocation() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Map<String, Object> body = aWorkshopBody();
        body.remove("attribution");
        var created = given().auth()
                .oauth2(organiser.token())
                .contentType("application/json")
                .body(body)
                .when()
                .post("/api/workshops")
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("attribution", equalTo("CHATHAM_HOUSE"))
                .body("joinCode", matchesPattern("[ACDEFGHJKMNPQRTUVWXY34679]{6}"))
                .body("startsAt", equalTo("2027-03-10T09:00:00+01:00"))
                .body("timeZone", equalTo("Europe/Brussels"))
                .body("allowedTransitions", contains("SCHEDULED", "CANCELLED"))
                .extract();
        int id = created.path("id");
        org.hamcrest.MatcherAssert.assertThat(created.header("Location"), endsWith("/api/workshops/" + id));
        get(organiser.token(), id);
    }

    @Test
    void timesComeBackInTheWorkshopsOwnZone() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Map<String, Object> body = aWorkshopBody();
        body.put("startsAt", "2027-07-01T08:00:00Z");
        body.put("endsAt", "2027-07-01T16:00:00Z");
        long id = Workshops.create(organiser.token(), body);
        given().auth()
                .oauth2(organiser.token())
                .when()
                .get("/api/workshops/" + id)
                .then()
                .body("startsAt", equalTo("2027-07-01T10:00:00+02:00"));
    }

    @Test
    void joinCodesAreUnique() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            codes.add(get(organiser.token(), aDraftWorkshop(organiser.token())).path("joinCode"));
        }
        org.junit.jupiter.api.Assertions.assertEquals(10, codes.size());
    }

    @Test
    void invalidFieldsAreNamedWithMessagesForAPerson() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Map<String, Object> body = aWorkshopBody();
        body.put("title", "ab");
        body.put("capacity", 0);
        given().auth()
                .oauth2(organiser.token())
                .contentType("application/json")
                .body(body)
                .when()
                .post("/api/workshops")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("title", "capacity"))
                .body("violations.find { it.field == 'title' }.message", equalTo("A title has 3 to 160 characters."))
                .body(
                        "violations.find { it.field == 'capacity' }.message",
                        equalTo("Capacity is between 1 and 10,000 delegates."));
    }

    @Test
    void everyIanaZoneIsAcceptedAndOffsetsAndMadeUpNamesAreNot() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        for (String zone :
                new String[] {"UTC", "Etc/UTC", "Europe/Brussels", "America/Argentina/Buenos_Aires", "Etc/GMT+5"}) {
            Map<String, Object> body = aWorkshopBody();
            body.put("timeZone", zone);
            given().auth()
                    .oauth2(organiser.token())
                    .contentType("application/json")
                    .body(body)
                    .when()
                    .post("/api/workshops")
                    .then()
                    .statusCode(201)
                    .body("timeZone", equalTo(zone));
        }
        for (String zone : new String[] {"+01:00", "UTC+1", "Mars/Olympus", "Z"}) {
            Map<String, Object> body = aWorkshopBody();
            body.put("timeZone", zone);
            given().auth()
                    .oauth2(organiser.token())
                    .contentType("application/json")
                    .body(body)
                    .when()
                    .post("/api/workshops")
                    .then()
                    .statusCode(422)
                    .body("violations.field", hasItem("timeZone"));
        }
    }

    @Test
    void crossFieldRulesNameTheirFields() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Map<String, Object> body = aWorkshopBody();
        body.put("endsAt", "2027-03-10T08:00:00+01:00");
        body.put("timeZone", "Mars/Olympus");
        body.put("theme", "astrology");
        body.put("venue", null);
        body.put("capacity", 10_001);
        given().auth()
                .oauth2(organiser.token())
                .contentType("application/json")
                .body(body)
                .when()
                .post("/api/workshops")
                .then()
                .statusCode(422)
                .body("violations.field", hasItem("capacity"));
        body.put("capacity", 10_000);
        given().auth()
                .oauth2(organiser.token())
                .contentType("application/json")
                .body(body)
                .when()
                .post("/api/workshops")
                .then()
                .statusCode(422)
                .body("violations.field", hasItems("endsAt", "timeZone", "theme", "venue"))
                .body("violations.find { it.field == 'endsAt' }.message", equalTo("The end must be after the start."));
    }

    @Test
    void aWorkshopMovesThroughItsLife() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        long id = aDraftWorkshop(organiser.token());
        for (String next : new String[] {"SCHEDULED", "LIVE", "CLOSED", "ARCHIVED"}) {
            var moved = move(organiser.token(), id, next);
            org.junit.jupiter.api.Assertions.assertEquals(200, moved.statusCode(), moved.asString());
            org.junit.jupiter.api.Assertions.assertEquals(next, moved.path("status"));
        }
    }

    @Test
    void anInvalidTransitionIsAConflictNamingBothStates() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        long id = aDraftWorkshop(organiser.token());
        given().auth()
                .oauth2(organiser.token())
                .contentType("application/json")
                .body(Map.of("to", "LIVE"))
                .when()
                .post("/api/workshops/" + id + "/transitions")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("DRAFT"))
                .body("detail", containsString("LIVE"));
        get(organiser.token(), id);
        given().auth()
                .oauth2(organiser.token())
                .when()
                .get("/api/workshops/" + id)
                .then()
                .body("status", equalTo("DRAFT"));
    }

    @Test
    void anUnknownTargetStatusIsABadRequest() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        long id = aDraftWorkshop(organiser.token());
        given().auth()
                .oauth2(organiser.token())
                .contentType("application/json")
                .body(Map.of("to", "PARTY"))
                .when()
                .post("/api/workshops/" + id + "/transitions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("to"));
    }

    @Test
    void aStaleIfMatchIsRefusedAndNothingIsOverwritten() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        long id = aDraftWorkshop(organiser.token());
        String etag = get(organiser.token(), id).header("ETag");

        Map<String, Object> first = aWorkshopBody();
        first.put("title", "First editor's title");
        given().auth()
                .oauth2(organiser.token())
                .contentType("application/json")
                .header("If-Match", etag)
                .body(first)
                .when()
                .put("/api/workshops/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo("First editor's title"));

        Map<String, Object> second = aWorkshopBody();
        second.put("title", "Second editor's title");
        given().auth()
                .oauth2(organiser.token())
                .contentType("application/json")
                .header("If-Match", etag)
                .body(second)
                .when()
                .put("/api/workshops/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(organiser.token())
                .when()
                .get("/api/workshops/" + id)
                .then()
                .body("title", equalTo("First editor's title"));
    }

    @Test
    void aStaleVersionFieldIsAConflict() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        long id = aDraftWorkshop(organiser.token());
        int version = get(organiser.token(), id).path("version");
        Map<String, Object> body = aWorkshopBody();
        body.put("version", version);
        given().auth()
                .oauth2(organiser.token())
                .contentType("application/json")
                .body(body)
                .when()
                .put("/api/workshops/" + id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(organiser.token())
                .contentType("application/json")
                .body(body)
                .when()
                .put("/api/workshops/" + id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void onlyADraftCanBeDeleted() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        long draft = aDraftWorkshop(organiser.token());
        given().auth()
                .oauth2(organiser.token())
                .when()
                .delete("/api/workshops/" + draft)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(organiser.token())
                .when()
                .get("/api/workshops/" + draft)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");

        long scheduled = aDraftWorkshop(organiser.token());
        move(organiser.token(), scheduled, "SCHEDULED");
        given().auth()
                .oauth2(organiser.token())
                .when()
                .delete("/api/workshops/" + scheduled)
                .then()
                .statusCode(409);
    }

    @Test
    void theListFiltersAndPagesInAStableOrder() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        for (int day = 1; day <= 5; day++) {
            Map<String, Object> body = aWorkshopBody();
            body.put("title", "Trolling " + marker + " " + day);
            body.put("theme", "trolling");
            body.put("startsAt", "2031-0" + day + "-10T09:00:00+01:00");
            body.put("endsAt", "2031-0" + day + "-10T17:00:00+01:00");
            long id = Workshops.create(organiser.token(), body);
            if (day % 2 == 0) {
                move(organiser.token(), id, "SCHEDULED");
            }
        }
        given().auth()
                .oauth2(organiser.token())
                .queryParam("theme", "trolling")
                .queryParam("from", "2031-01-01")
                .queryParam("to", "2031-12-31")
                .queryParam("size", 2)
                .queryParam("page", 1)
                .when()
                .get("/api/workshops")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "5")
                .header("Link", containsString("rel=\"next\""))
                .body("title", contains("Trolling " + marker + " 3", "Trolling " + marker + " 4"));
        given().auth()
                .oauth2(organiser.token())
                .queryParam("theme", "trolling")
                .queryParam("status", "SCHEDULED")
                .queryParam("from", "2031-01-01")
                .queryParam("to", "2032-01-01")
                .when()
                .get("/api/workshops")
                .then()
                .statusCode(200)
                .body("status", everyItem(equalTo("SCHEDULED")))
                .body("title", contains("Trolling " + marker + " 2", "Trolling " + marker + " 4"));
    }

    @Test
    void badFiltersAreBadRequestsNamingTheParameter() {
        Staff.SignedIn analyst = Staff.anAnalyst();
        given().auth()
                .oauth2(analyst.token())
                .queryParam("status", "PARTY")
                .when()
                .get("/api/workshops")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("status"));
        given().auth()
                .oauth2(analyst.token())
                .queryParam("size", "lots")
                .when()
                .get("/api/workshops")
                .then()
                .statusCode(400)
                .body("violations.field", contains("size"));
        given().auth()
                .oauth2(analyst.token())
                .queryParam("from", "yesterday")
                .when()
                .get("/api/workshops")
                .then()
                .statusCode(400)
                .body("violations.field", contains("from"));
    }

    @Test
    void everyStaffRoleReadsButOnlyOrganisersAndAdminsWrite() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        long id = aDraftWorkshop(organiser.token());
        for (Staff.SignedIn reader : new Staff.SignedIn[] {Staff.aFacilitator(), Staff.anAnalyst()}) {
            given().auth()
                    .oauth2(reader.token())
                    .when()
                    .get("/api/workshops/" + id)
                    .then()
                    .statusCode(200);
            given().auth()
                    .oauth2(reader.token())
                    .when()
                    .get("/api/workshops")
                    .then()
                    .statusCode(200);
            given().auth()
                    .oauth2(reader.token())
                    .contentType("application/json")
                    .body(aWorkshopBody())
                    .when()
                    .post("/api/workshops")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
            given().auth()
                    .oauth2(reader.token())
                    .contentType("application/json")
                    .body(aWorkshopBody())
                    .when()
                    .put("/api/workshops/" + id)
                    .then()
                    .statusCode(403);
            given().auth()
                    .oauth2(reader.token())
                    .contentType("application/json")
                    .body(Map.of("to", "SCHEDULED"))
                    .when()
                    .post("/api/workshops/" + id + "/transitions")
                    .then()
                    .statusCode(403);
            given().auth()
                    .oauth2(reader.token())
                    .when()
                    .delete("/api/workshops/" + id)
                    .then()
                    .statusCode(403);
        }
        Staff.SignedIn admin = Staff.anAdmin();
        move(admin.token(), id, "SCHEDULED");
        given().auth()
                .oauth2(admin.token())
                .when()
                .get("/api/workshops/" + id)
                .then()
                .body("status", equalTo("SCHEDULED"));
        given().when().get("/api/workshops/" + id).then().statusCode(401).body(not(containsString("joinCode")));
    }
}
