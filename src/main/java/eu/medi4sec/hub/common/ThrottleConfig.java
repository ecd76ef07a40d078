package eu.medi4sec.hub.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How many failures each guessed thing may have before {@link Throttle} answers 429, and how long it
 * then waits. Beyond the allowance every further failure doubles the wait, from {@code first-delay}
 * up to {@code max-delay}; a counter is forgotten {@code window} after its last failure.
 */
@ConfigMapping(prefix = "workshop-hub.throttle")
public interface ThrottleConfig {

    @WithDefault("PT1H")
    Duration window();

    @WithDefault("PT30S")
    Duration firstDelay();

    @WithDefault("PT15M")
    Duration maxDelay();

    /** Failures of any kind from one client address: high, because a whole venue shares one address. */
    @WithDefault("300")
    int perAddress();

    Login login();

    Join join();

    Registration registration();

    interface Login {
        /** Wrong passwords for one account. */
        @WithDefault("5")
        int perAccount();
    }

    interface Join {
        /** Wrong personal keys from one address (a valid key is always let in: 256 random bits are not guessed). */
        @WithDefault("10")
        int wrongKeysPerAddress();

        /** Failed joins with one join code and one email. */
        @WithDefault("5")
        int perCodeAndEmail();

        /** Failed joins with one join code, whatever the email: someone trying the emails of a room. */
        @WithDefault("100")
        int perCode();
    }

    interface Registration {
        /** Registrations (each sends an email) for one email address in one workshop. */
        @WithDefault("3")
        int perEmail();

        /** Registrations with one join code. */
        @WithDefault("1000")
        int perCode();
    }
}
