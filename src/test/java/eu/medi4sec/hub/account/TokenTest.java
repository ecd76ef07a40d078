package eu.medi4sec.hub.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import eu.medi4sec.hub.support.Staff;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Every way a token can be wrong ends in 401 problem+json, never in access. */
@QuarkusTest
class TokenTest {

    @ConfigProperty(name = "workshop-hub.jwt.issuer")
    String issuer;

    @ConfigProperty(name = "workshop-hub.jwt.audience")
    String audience;

    private JwtClaimsBuilder claimsFor(AccountView admin) {
        return Jwt.issuer(issuer)
                .audience(audience)
                .subject(Long.toString(admin.id()))
                .upn(admin.email())
                .claim(eu.medi4sec.hub.access.Caller.KIND_CLAIM, eu.medi4sec.hub.access.Caller.STAFF)
                .groups(Set.of("ADMIN"))
                .expiresAt(Instant.now().plusSeconds(600));
    }

    private static void refused(String token) {
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/accounts")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body(not(containsString("Exception")));
    }

    @Test
    void aWellFormedTokenSignedWithTheAppKeyWorks() {
        AccountView admin = Staff.anAccount(StaffRole.ADMIN);
        given().auth()
                .oauth2(claimsFor(admin).sign())
                .when()
                .get("/api/accounts")
                .then()
                .statusCode(200);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        AccountView admin = Staff.anAccount(StaffRole.ADMIN);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey otherKey = generator.generateKeyPair().getPrivate();
        refused(claimsFor(admin).sign(otherKey));
    }

    @Test
    void anUnsignedTokenWithAlgNoneIsRefused() {
        AccountView admin = Staff.anAccount(StaffRole.ADMIN);
        String signed = claimsFor(admin).sign();
        String payload = signed.split("\\.")[1];
        String header = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        refused(header + "." + payload + ".");
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        AccountView admin = Staff.anAccount(StaffRole.ADMIN);
        refused(claimsFor(admin).issuer("https://elsewhere.example").sign());
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        AccountView admin = Staff.anAccount(StaffRole.ADMIN);
        refused(claimsFor(admin).audience("another-api").sign());
    }

    @Test
    void anExpiredTokenIsRefused() {
        AccountView admin = Staff.anAccount(StaffRole.ADMIN);
        refused(claimsFor(admin)
                .issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600))
                .sign());
    }

    @Test
    void aTamperedPayloadIsRefused() {
        AccountView analyst = Staff.anAccount(StaffRole.ANALYST);
        String[] parts = claimsFor(analyst).sign().split("\\.");
        String json = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("ADMIN", "ADMIN\",\"X");
        refused(parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2]);
    }

    @Test
    void noTokenAtAllIsRefused() {
        given().when().get("/api/me").then().statusCode(401).contentType("application/problem+json");
    }
}
