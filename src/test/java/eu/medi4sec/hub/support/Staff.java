package eu.medi4sec.hub.support;

import static io.restassured.RestAssured.given;

import eu.medi4sec.hub.account.AccountRequests;
import eu.medi4sec.hub.account.AccountService;
import eu.medi4sec.hub.account.AccountView;
import eu.medi4sec.hub.account.StaffRole;
import io.quarkus.arc.Arc;
import java.util.Set;
import java.util.UUID;

/** Named fixtures for staff: a fresh account per call, signed in through the real login endpoint. */
public final class Staff {

    public static final String PASSWORD = "correct horse battery";

    private Staff() {}

    public record SignedIn(AccountView account, String token) {}

    public static SignedIn anAdmin() {
        return signedIn(StaffRole.ADMIN);
    }

    public static SignedIn anOrganiser() {
        return signedIn(StaffRole.ORGANISER);
    }

    public static SignedIn aFacilitator() {
        return signedIn(StaffRole.FACILITATOR);
    }

    public static SignedIn anAnalyst() {
        return signedIn(StaffRole.ANALYST);
    }

    public static SignedIn signedIn(StaffRole... roles) {
        AccountView account = anAccount(roles);
        return new SignedIn(account, login(account.email(), PASSWORD));
    }

    public static AccountView anAccount(StaffRole... roles) {
        String email = "staff-" + UUID.randomUUID() + "@example.org";
        return Arc.container()
                .instance(AccountService.class)
                .get()
                .create(new AccountRequests.NewAccount(email, "Test " + roles[0], PASSWORD, Set.of(roles)));
    }

    public static String login(String email, String password) {
        return given().contentType("application/json")
                .header("X-Forwarded-For", "10.1.0." + (1 + (int) (Math.random() * 250)))
                .body(java.util.Map.of("email", email, "password", password))
                .when()
                .post("/api/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("token");
    }
}
