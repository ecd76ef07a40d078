package eu.medi4sec.hub.account;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.util.Optional;

/**
 * What the tokens we issue say about themselves. The values are in application.properties, where
 * SmallRye JWT's verification reads the issuer and audience too.
 */
@ConfigMapping(prefix = "workshop-hub.jwt")
public interface JwtConfig {

    String issuer();

    String audience();

    /** How long a staff token works after sign-in. */
    Duration staffLifetime();

    /**
     * The {@code kid} header of the tokens we sign (WORKSHOP_HUB_JWT_KEY_ID): it tells verification which key of
     * a JWKS to use, so that two keys can be published at once while signing moves to a new one
     * (deploy/kubernetes/README.md). Unset, tokens carry no kid.
     */
    Optional<String> keyId();
}
