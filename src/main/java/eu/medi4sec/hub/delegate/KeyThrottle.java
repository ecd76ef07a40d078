package eu.medi4sec.hub.delegate;

import eu.medi4sec.hub.common.FailureThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Slows down guessing of personal keys and join codes, per client address. */
@ApplicationScoped
public class KeyThrottle {

    private final int maxPerAddress;
    private final FailureThrottle failures;

    KeyThrottle(@ConfigProperty(name = "workshop-hub.join.max-failures-per-address", defaultValue = "10") int maxPerAddress,
            @ConfigProperty(name = "workshop-hub.join.failure-window", defaultValue = "PT15M") Duration window) {
        this.maxPerAddress = maxPerAddress;
        this.failures = new FailureThrottle(window, Clock.systemUTC());
    }

    void checkAllowed(String address) {
        failures.checkAllowed("key or code", new FailureThrottle.Limit("address:" + address, maxPerAddress));
    }

    void recordFailure(String address) {
        failures.recordFailure("address:" + address);
    }

    /** Runs an attempt, counting it as a failure when it ends in 401 or 404. */
    <T> T guarded(String address, java.util.function.Supplier<T> attempt) {
        checkAllowed(address);
        try {
            return attempt.get();
        } catch (eu.medi4sec.hub.common.ProblemException e) {
            if (e.status() == 401 || e.status() == 404) {
                recordFailure(address);
            }
            throw e;
        }
    }
}
