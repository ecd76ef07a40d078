package eu.medi4sec.hub.access;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The bearer-token check with a memory: a token whose signature and claims this instance has verified is not
 * verified again (an RS256 signature check, base64 and JSON parsing, about a quarter of a note submission's
 * CPU) until {@link #REMEMBER_MILLIS} have passed or the token expires, whichever comes first.
 *
 * <p>Only the token's own verdict is remembered, which cannot change while it is valid: the signing key is
 * fixed for the life of the process, and issuer, audience and expiry are in the signed token. Whether its
 * account, delegate or member may still use it is not part of this: the augmentors
 * ({@code CurrentAccountAugmentor}, {@code DelegateAugmentor}, {@code MemberAugmentor}) still run on every
 * request, so a cancellation or a disabled account takes effect at once as before. A token that fails is
 * not remembered. Looked up by the whole token string (equals, not only its hash).
 */
@Alternative
@Priority(1)
@ApplicationScoped
class VerifiedTokens implements JWTParser {

    /** How long a verdict is kept at most. */
    static final long REMEMBER_MILLIS = 10 * 60 * 1000L;

    /** Tokens kept at most (a few KiB each); the whole map is dropped when it is full. */
    static final int CAPACITY = 4_096;

    private record Verified(JsonWebToken token, long until) {}

    private final JWTParser verifier;
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    VerifiedTokens(DefaultJWTParser verifier) {
        this((JWTParser) verifier);
    }

    VerifiedTokens(JWTParser verifier) {
        this.verifier = verifier;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = System.currentTimeMillis();
        Verified known = verified.get(token);
        if (known != null) {
            if (now < known.until()) {
                return known.token();
            }
            verified.remove(token, known);
        }
        JsonWebToken jwt = verifier.parse(token);
        long expires = jwt.getExpirationTime() * 1000L;
        if (expires > now) {
            if (verified.size() >= CAPACITY) {
                verified.clear();
            }
            verified.put(token, new Verified(jwt, Math.min(expires, now + REMEMBER_MILLIS)));
        }
        return jwt;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
