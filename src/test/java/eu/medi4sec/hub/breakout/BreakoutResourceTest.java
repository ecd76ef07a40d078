package eu.medi4sec.hub.breakout;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import eu.medi4sec.hub.support.Delegates;
import eu.medi4sec.hub.support.Staff;
import eu.medi4sec.hub.support.Workshops;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BreakoutResourceTest {

    static final String[][] PEOPLE = {
        {"POLICE", "Rotterdam Police"}, {"POLICE", "Rotterdam Police"}, {"POLICE", "Met Police"},
        {"ACADEMIA", "Warwick"}, {"ACADEMIA", "Leiden"}, {"INDUSTRY", "Acme Analytics"},
        {"CIVIL_SOCIETY", "Digital Rights"}, {"MEDIA", "Public Broadcaster"}, {"POLICYMAKER", "Ministry"},
        {"PUBLIC_SECURITY_PLANNER", "City Events Office"}, {"CITIZEN", "Neighbourhood Watch"}, {"POLICE", "Europol"}
    };

    /** A scheduled workshop with twelve registered delegates from varied sectors; answers the emails used. */
    static List<String> aMixedRoom(long workshopId, String joinCode, String emailPrefix) {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < PEOPLE.length; i++) {
            Map<String, Object> body = Delegates.aRegistration(joinCode);
            body.put("name", "Person " + i);
            body.put("email", emailPrefix + i + "@example.org");
            body.put("sector", PEOPLE[i][0]);
            body.put("organisation", PEOPLE[i][1]);
            Delegates.registered(body);
            emails.add(emailPrefix + i + "@example.org");
        }
        return emails;
    }

    static ExtractableResponse<Response> allocate(String token, long workshopId, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(body)
                .when()
                .post("/api/workshops/" + workshopId + "/breakouts")
                .then()
                .extract();
    }

    @Test
    void anAllocationSplitsEveryoneAndScoresBetterThanRandom() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Workshops.Created workshop = Workshops.aScheduledWorkshop(organiser.token(), 50);
        aMixedRoom(workshop.id(), workshop.joinCode(), "mix-" + System.nanoTime() + "-");
        var allocation = allocate(organiser.token(), workshop.id(), Map.of("groups", 3, "seed", 7));
        org.junit.jupiter.api.Assertions.assertEquals(201, allocation.statusCode(), allocation.asString());
        List<Integer> sizes = allocation.path("groups.collect { it.delegates.size() }");
        org.junit.jupiter.api.Assertions.assertEquals(List.of(4, 4, 4), sizes);
        org.hamcrest.MatcherAssert.assertThat(allocation.path("groups[0].delegates[0].sector"), notNullValue());
        org.hamcrest.MatcherAssert.assertThat(
                allocation.path("groups[0].delegates[0]"),
                org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("email")));
        float coverage = allocation.path("score.sectorCoverage");
        float randomCoverage = allocation.path("score.random.sectorCoverage");
        org.junit.jupiter.api.Assertions.assertTrue(coverage >= randomCoverage, coverage + " vs " + randomCoverage);
        org.junit.jupiter.api.Assertions.assertEquals(0, (int) allocation.path("score.sameOrganisationPairs"));

        given().auth()
                .oauth2(Staff.aFacilitator().token())
                .get("/api/workshops/" + workshop.id() + "/breakouts")
                .then()
                .statusCode(200)
                .body("id", equalTo(allocation.path("id")));
    }

    @Test
    void theSameSeedGivesTheSameGroupsAndSizeWorksToo() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Workshops.Created workshop = Workshops.aScheduledWorkshop(organiser.token(), 50);
        aMixedRoom(workshop.id(), workshop.joinCode(), "seed-" + System.nanoTime() + "-");
        Object first = allocate(organiser.token(), workshop.id(), Map.of("groups", 3, "seed", 99))
                .path("groups");
        Object second = allocate(organiser.token(), workshop.id(), Map.of("groups", 3, "seed", 99))
                .path("groups");
        org.junit.jupiter.api.Assertions.assertEquals(first, second);
        allocate(organiser.token(), workshop.id(), Map.of("size", 5))
                .response()
                .then()
                .statusCode(201)
                .body("groups", hasSize(3));
    }

    @Test
    void movingADelegateByHandUpdatesTheScore() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Workshops.Created workshop = Workshops.aScheduledWorkshop(organiser.token(), 50);
        aMixedRoom(workshop.id(), workshop.joinCode(), "move-" + System.nanoTime() + "-");
        var allocation = allocate(organiser.token(), workshop.id(), Map.of("groups", 2, "seed", 3));
        int id = allocation.path("id");
        // put both Rotterdam colleagues together: the same-organisation count goes up
        List<Map<String, Object>> groupOne = allocation.path("groups[0].delegates");
        List<Map<String, Object>> groupTwo = allocation.path("groups[1].delegates");
        Map<String, Object> colleagueInTwo = groupTwo.stream()
                .filter(d -> "Rotterdam Police".equals(d.get("organisation")))
                .findFirst()
                .orElseGet(() -> groupOne.stream()
                        .filter(d -> "Rotterdam Police".equals(d.get("organisation")))
                        .findFirst()
                        .orElseThrow());
        int targetGroup = groupTwo.contains(colleagueInTwo) ? 1 : 2;
        given().auth()
                .oauth2(organiser.token())
                .contentType("application/json")
                .body(Map.of("group", targetGroup))
                .when()
                .put("/api/workshops/" + workshop.id() + "/breakouts/" + id + "/delegates/" + colleagueInTwo.get("id"))
                .then()
                .statusCode(200)
                .body("score.sameOrganisationPairs", equalTo(1))
                .body(
                        "groups[" + (targetGroup - 1) + "].delegates.id",
                        org.hamcrest.Matchers.hasItem(colleagueInTwo.get("id")));
        given().auth()
                .oauth2(organiser.token())
                .contentType("application/json")
                .body(Map.of("group", 9))
                .when()
                .put("/api/workshops/" + workshop.id() + "/breakouts/" + id + "/delegates/" + colleagueInTwo.get("id"))
                .then()
                .statusCode(422)
                .body("violations.field", contains("group"));
    }

    @Test
    void pairsWhoMetAtAnEarlierWorkshopAreCountedAndSplit() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        String prefix = "met-" + System.nanoTime() + "-";
        Workshops.Created earlier = Workshops.aScheduledWorkshop(organiser.token(), 50);
        aMixedRoom(earlier.id(), earlier.joinCode(), prefix);
        allocate(organiser.token(), earlier.id(), Map.of("groups", 1, "seed", 1)); // everyone met everyone

        Workshops.Created later = Workshops.aScheduledWorkshop(organiser.token(), 50);
        aMixedRoom(later.id(), later.joinCode(), prefix);
        var allocation = allocate(organiser.token(), later.id(), Map.of("groups", 3, "seed", 1));
        int repeated = allocation.path("score.repeatedPairs");
        int randomRepeated = allocation.path("score.random.repeatedPairs");
        // in groups of four everyone has met: 3 groups x 6 pairs, whatever the split
        org.junit.jupiter.api.Assertions.assertEquals(18, repeated);
        org.junit.jupiter.api.Assertions.assertEquals(18, randomRepeated);
    }

    @Test
    void groupsOrSizeButNotBothAndNotMoreGroupsThanPeople() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Workshops.Created workshop = Workshops.aScheduledWorkshop(organiser.token(), 50);
        aMixedRoom(workshop.id(), workshop.joinCode(), "bad-" + System.nanoTime() + "-");
        org.junit.jupiter.api.Assertions.assertEquals(
                422,
                allocate(organiser.token(), workshop.id(), Map.of("groups", 2, "size", 3))
                        .statusCode());
        org.junit.jupiter.api.Assertions.assertEquals(
                422, allocate(organiser.token(), workshop.id(), Map.of()).statusCode());
        org.junit.jupiter.api.Assertions.assertEquals(
                422,
                allocate(organiser.token(), workshop.id(), Map.of("groups", 13)).statusCode());
        // nothing allocated yet is not an error: 204, so an empty breakouts page logs nothing
        given().auth()
                .oauth2(organiser.token())
                .get("/api/workshops/" + Workshops.aDraftWorkshop(organiser.token()) + "/breakouts")
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(organiser.token())
                .get("/api/workshops/987654321/breakouts")
                .then()
                .statusCode(404);
    }

    @Test
    void onceAnyoneChecksInOnlyTheCheckedInAreSplit() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Workshops.Created workshop = Workshops.aScheduledWorkshop(organiser.token(), 50);
        aMixedRoom(workshop.id(), workshop.joinCode(), "in-" + System.nanoTime() + "-");
        List<Integer> ids = given().auth()
                .oauth2(organiser.token())
                .get("/api/workshops/" + workshop.id() + "/delegates")
                .path("id");
        for (int id : ids.subList(0, 4)) {
            given().auth()
                    .oauth2(organiser.token())
                    .post("/api/workshops/" + workshop.id() + "/delegates/" + id + "/check-in")
                    .then()
                    .statusCode(200);
        }
        allocate(organiser.token(), workshop.id(), Map.of("groups", 2))
                .response()
                .then()
                .statusCode(201)
                .body("groups.delegates.flatten().size()", equalTo(4));
    }
}
