package eu.medi4sec.hub.account;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

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
}
