package eu.medi4sec.hub.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import eu.medi4sec.hub.support.Staff;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountResourceTest {

    private static Map<String, Object> newAccount(String email) {
        return Map.of(
                "email",
                email,
                "displayName",
                "Nia Newcomer",
                "password",
                "a long enough password",
                "roles",
                List.of("FACILITATOR"));
    }

    @Test
    void anAdminCreatesAnAccountThatCanSignIn() {
        Staff.SignedIn admin = Staff.anAdmin();
        String email = "Nia-" + UUID.randomUUID() + "@Example.org";
        var created = given().auth()
                .oauth2(admin.token())
                .contentType("application/json")
                .body(newAccount(email))
                .when()
                .post("/api/accounts")
                .then()
                .statusCode(201)
                .extract();
        int id = created.path("id");
        org.hamcrest.MatcherAssert.assertThat(created.header("Location"), endsWith("/api/accounts/" + id));
        given().auth()
                .oauth2(admin.token())
                .when()
                .get("/api/accounts")
                .then()
                .statusCode(200)
                .body("email", hasItem(email.toLowerCase()))
                .body("find { it.id == " + id + " }.roles", containsInAnyOrder("FACILITATOR"))
                .body("[0]", not(org.hamcrest.Matchers.hasKey("passwordHash")));
        Staff.login(email.toLowerCase(), "a long enough password");
    }

    @Test
    void theSameEmailInAnotherCaseIsAConflict() {
        Staff.SignedIn admin = Staff.anAdmin();
        String email = "dup-" + UUID.randomUUID() + "@example.org";
        given().auth()
                .oauth2(admin.token())
                .contentType("application/json")
                .body(newAccount(email))
                .when()
                .post("/api/accounts")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(admin.token())
                .contentType("application/json")
                .body(newAccount(email.toUpperCase()))
                .when()
                .post("/api/accounts")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void invalidAccountsAreRefusedNamingEachField() {
        Staff.SignedIn admin = Staff.anAdmin();
        given().auth()
                .oauth2(admin.token())
                .contentType("application/json")
                .body(Map.of("email", "not-an-email", "displayName", "", "password", "short", "roles", List.of()))
                .when()
                .post("/api/accounts")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("email", "displayName", "password", "roles"))
                .body(
                        "violations.find { it.field == 'password' }.message",
                        equalTo("A password has 10 to 200 characters."));
    }

    @Test
    void anAdminResetsAPassword() {
        Staff.SignedIn admin = Staff.anAdmin();
        AccountView analyst = Staff.anAccount(StaffRole.ANALYST);
        given().auth()
                .oauth2(admin.token())
                .contentType("application/json")
                .body(Map.of("password", "a brand new password"))
                .when()
                .patch("/api/accounts/" + analyst.id())
                .then()
                .statusCode(200);
        Staff.login(analyst.email(), "a brand new password");
    }

    @Test
    void anAdminCannotDisableThemselves() {
        Staff.SignedIn admin = Staff.anAdmin();
        given().auth()
                .oauth2(admin.token())
                .contentType("application/json")
                .body(Map.of("enabled", false))
                .when()
                .patch("/api/accounts/" + admin.account().id())
                .then()
                .statusCode(409);
    }

    @Test
    void anUnknownAccountIsNotFound() {
        Staff.SignedIn admin = Staff.anAdmin();
        given().auth()
                .oauth2(admin.token())
                .contentType("application/json")
                .body(Map.of("enabled", false))
                .when()
                .patch("/api/accounts/987654321")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void nobodyButAnAdminManagesAccounts() {
        for (Staff.SignedIn other : List.of(Staff.anOrganiser(), Staff.aFacilitator(), Staff.anAnalyst())) {
            given().auth()
                    .oauth2(other.token())
                    .when()
                    .get("/api/accounts")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
            given().auth()
                    .oauth2(other.token())
                    .contentType("application/json")
                    .body(newAccount("x-" + UUID.randomUUID() + "@example.org"))
                    .when()
                    .post("/api/accounts")
                    .then()
                    .statusCode(403);
        }
    }
}
