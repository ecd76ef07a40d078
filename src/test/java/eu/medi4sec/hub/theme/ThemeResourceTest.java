package eu.medi4sec.hub.theme;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ThemeResourceTest {

    @Test
    void listsTheSixThemesInProgrammeOrder() {
        given().when()
                .get("/api/themes")
                .then()
                .statusCode(200)
                .body(
                        "slug",
                        contains(
                                "diy-policing",
                                "everyday-security",
                                "riots-and-mass-gatherings",
                                "dark-web",
                                "trolling",
                                "innovative-market-solutions"))
                .body(
                        "name",
                        contains(
                                "DIY policing",
                                "Everyday security",
                                "Riots and mass gatherings",
                                "The dark web",
                                "Trolling",
                                "Innovative market solutions"))
                // two sentences each, in our own words
                .body("description", everyItem(matchesPattern("^[^.]+\\.[^.]+\\.$")));
    }
}
