package eu.medi4sec.hub.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

/** The verdict memory in front of the token check: what it remembers and what it never does. */
class VerifiedTokensTest {

    /** Stands in for the real check: "good-…" tokens verify, expiring at the given epoch second; others fail. */
    private static final class CountingVerifier extends DefaultJWTParser {
        final List<String> checked = new ArrayList<>();
        long expiresAt = System.currentTimeMillis() / 1000 + 3600;

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            checked.add(token);
            if (!token.startsWith("good-")) {
                throw new ParseException("bad signature");
            }
            JwtClaims claims = new JwtClaims();
            claims.setSubject(token);
            claims.setExpirationTime(NumericDate.fromSeconds(expiresAt));
            return new DefaultJWTCallerPrincipal(token, "JWT", claims);
        }
    }

    private final CountingVerifier verifier = new CountingVerifier();
    private final VerifiedTokens tokens = new VerifiedTokens((io.smallrye.jwt.auth.principal.JWTParser) verifier);

    @Test
    void aVerifiedTokenIsNotCheckedAgain() throws ParseException {
        JsonWebToken first = tokens.parse("good-a");
        assertSame(first, tokens.parse("good-a"));
        assertEquals(List.of("good-a"), verifier.checked);
    }

    @Test
    void eachTokenIsCheckedOnItsOwn() throws ParseException {
        tokens.parse("good-a");
        tokens.parse("good-b");
        assertEquals("good-b", tokens.parse("good-b").getSubject());
        assertEquals(List.of("good-a", "good-b"), verifier.checked);
    }

    @Test
    void aRefusedTokenIsCheckedEveryTime() {
        assertThrows(ParseException.class, () -> tokens.parse("forged"));
        assertThrows(ParseException.class, () -> tokens.parse("forged"));
        assertEquals(List.of("forged", "forged"), verifier.checked);
    }

    @Test
    void aTokenAtOrPastItsExpiryIsNotRemembered() throws ParseException {
        verifier.expiresAt = System.currentTimeMillis() / 1000;
        tokens.parse("good-a");
        tokens.parse("good-a");
        assertEquals(List.of("good-a", "good-a"), verifier.checked);
    }
}
