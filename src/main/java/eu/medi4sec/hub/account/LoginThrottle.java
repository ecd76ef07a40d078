package eu.medi4sec.hub.account;

import eu.medi4sec.hub.common.FailureThrottle;
import eu.medi4sec.hub.common.FailureThrottle.Limit;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Slows down password guessing, per account and per client address. */
@ApplicationScoped
public class LoginThrottle {

    private final int maxPerAccount;
    private final int maxPerAddress;
    private final FailureThrottle failures;

    LoginThrottle(@ConfigProperty(name = "workshop-hub.login.max-failures-per-account", defaultValue = "5") int maxPerAccount,
            @ConfigProperty(name = "workshop-hub.login.max-failures-per-address", defaultValue = "20") int maxPerAddress,
            @ConfigProperty(name = "workshop-hub.login.failure-window", defaultValue = "PT15M") Duration window) {
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.failures = new FailureThrottle(window, Clock.systemUTC());
    }

    void checkAllowed(String email, String address) {
        failures.checkAllowed("sign-in", new Limit(accountKey(email), maxPerAccount), new Limit(addressKey(address), maxPerAddress));
    }

    void recordFailure(String email, String address) {
        failures.recordFailure(accountKey(email), addressKey(address));
    }

    void recordSuccess(String email) {
        failures.forget(accountKey(email));
    }

    private static String accountKey(String email) {
        return "account:" + Account.normalise(email);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
