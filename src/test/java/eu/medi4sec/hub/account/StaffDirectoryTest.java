package eu.medi4sec.hub.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import eu.medi4sec.hub.support.Staff;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StaffDirectoryTest {

    @Test
    void anOrganiserSeesWhoCanFacilitateWithoutTheirEmails() {
        var organiser = Staff.anOrganiser();
        var facilitator = Staff.aFacilitator();
        var analyst = Staff.anAnalyst();
        given().auth()
                .oauth2(organiser.token())
                .queryParam("role", "FACILITATOR")
                .get("/api/staff")
                .then()
                .statusCode(200)
                .body("id", hasItem((int) facilitator.account().id()))
                .body("id", not(hasItem((int) analyst.account().id())))
                .body("roles", everyItem(hasItem("FACILITATOR")))
                .body("email", everyItem(nullValue()));
        given().auth()
                .oauth2(organiser.token())
                .queryParam("role", "FACILITATOR")
                .queryParam("role", "ORGANISER")
                .get("/api/staff")
                .then()
                .statusCode(200)
                .body("id", hasItem((int) organiser.account().id()))
                .body("id", hasItem((int) facilitator.account().id()));
    }

    @Test
    void anUnknownRoleIsABadRequest() {
        given().auth()
                .oauth2(Staff.anOrganiser().token())
                .queryParam("role", "ASTRONAUT")
                .get("/api/staff")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
