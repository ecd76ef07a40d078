package eu.medi4sec.hub.account;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.medi4sec.hub.access.Caller;
import eu.medi4sec.hub.support.Staff;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A key rotation, half way: the verification keys are a JWKS holding the current key (test-keys/private.pem,
 * kid "current") and the previous one (test-keys/previous.pem, kid "previous"), made with
 * deploy/kubernetes/jwt-keys.sh; the app signs with the current key and names it in the kid header. Tokens
 * signed before the switch keep working until they expire; nothing else does.
 */
@QuarkusTest
@TestProfile(KeyRotationTest.TwoKeysPublished.class)
class KeyRotationTest {

    public static class TwoKeysPublished implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "%test.mp.jwt.verify.publickey.location", "test-keys/rotation.jwks",
                    "mp.jwt.verify.publickey.location", "test-keys/rotation.jwks",
                    "workshop-hub.jwt.key-id", "current");
        }
    }

    @ConfigProperty(name = "workshop-hub.jwt.issuer")
    String issuer;

    @ConfigProperty(name = "workshop-hub.jwt.audience")
    String audience;

    private JwtClaimsBuilder claimsFor(AccountView admin) {
        return Jwt.issuer(issuer)
                .audience(audience)
                .subject(Long.toString(admin.id()))
                .upn(admin.email())
                .claim(Caller.KIND_CLAIM, Caller.STAFF)
                .groups(Set.of("ADMIN"))
                .expiresAt(Instant.now().plusSeconds(600));
    }

    private static int statusWith(String token) {
        return given().auth()
                .oauth2(token)
                .when()
                .get("/api/accounts")
                .then()
                .extract()
                .statusCode();
    }

    private static String header(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
    }

    @Test
    void tokensTheAppIssuesNameTheCurrentKeyAndWork() {
        String token = Staff.anAdmin().token();
        assertEquals(true, header(token).contains("\"kid\":\"current\""), header(token));
        assertEquals(200, statusWith(token));
    }

    @Test
    void aTokenSignedWithThePreviousKeyStillWorks() {
        AccountView admin = Staff.anAccount(StaffRole.ADMIN);
        assertEquals(200, statusWith(claimsFor(admin).jws().keyId("previous").sign("test-keys/previous.pem")));
    }

    @Test
    void aTokenNamingTheWrongKeyIsRefused() {
        AccountView admin = Staff.anAccount(StaffRole.ADMIN);
        assertEquals(401, statusWith(claimsFor(admin).jws().keyId("current").sign("test-keys/previous.pem")));
        assertEquals(401, statusWith(claimsFor(admin).jws().keyId("retired").sign("test-keys/previous.pem")));
    }

    @Test
    void aTokenWithoutKidIsRefusedWhileTwoKeysArePublished() {
        // Why README.md's first step moves to a one-key JWKS and a kid before any rotation: with one key
        // published, a token without kid is checked against it; with two, there is no telling which.
        AccountView admin = Staff.anAccount(StaffRole.ADMIN);
        assertEquals(401, statusWith(claimsFor(admin).sign("test-keys/private.pem")));
    }
}
