package eu.medi4sec.hub.account;

import eu.medi4sec.hub.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing: after too many failed sign-ins within a window, for one account or
 * from one client address, further attempts get 429 with {@code Retry-After} until the oldest failure
 * leaves the window. Kept in memory: each app instance counts its own attempts.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final int MAX_TRACKED_KEYS = 50_000;

    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    @Inject
    LoginThrottle(@ConfigProperty(name = "workshop-hub.login.max-failures-per-account", defaultValue = "5") int maxPerAccount,
            @ConfigProperty(name = "workshop-hub.login.max-failures-per-address", defaultValue = "20") int maxPerAddress,
            @ConfigProperty(name = "workshop-hub.login.failure-window", defaultValue = "PT15M") Duration window) {
        this(maxPerAccount, maxPerAddress, window, Clock.systemUTC());
    }

    LoginThrottle(int maxPerAccount, int maxPerAddress, Duration window, Clock clock) {
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.clock = clock;
    }

    /** Throws 429 when either the account or the address has used up its attempts. */
    void checkAllowed(String email, String address) {
        Instant now = clock.instant();
        long wait = Math.max(waitSeconds(accountKey(email), maxPerAccount, now), waitSeconds(addressKey(address), maxPerAddress, now));
        if (wait > 0) {
            throw ProblemException.tooManyRequests(
                    "Too many failed sign-in attempts. Try again in " + Math.max(1, (wait + 59) / 60) + " minute(s).", wait);
        }
    }

    void recordFailure(String email, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED_KEYS) {
            failures.entrySet().removeIf(e -> pruned(e.getValue(), now).isEmpty());
        }
        record(accountKey(email), now);
        record(addressKey(address), now);
    }

    void recordSuccess(String email) {
        failures.remove(accountKey(email));
    }

    private void record(String key, Instant now) {
        failures.compute(key, (k, times) -> {
            Deque<Instant> kept = times == null ? new ArrayDeque<>() : pruned(times, now);
            kept.addLast(now);
            return kept;
        });
    }

    private long waitSeconds(String key, int max, Instant now) {
        Deque<Instant> times = failures.computeIfPresent(key, (k, t) -> {
            Deque<Instant> kept = pruned(t, now);
            return kept.isEmpty() ? null : kept;
        });
        if (times == null || times.size() < max) {
            return 0;
        }
        synchronized (times) {
            Instant releasedAt = times.stream().skip(times.size() - max).findFirst().orElse(now).plus(window);
            return Math.max(1, Duration.between(now, releasedAt).toSeconds());
        }
    }

    private Deque<Instant> pruned(Deque<Instant> times, Instant now) {
        synchronized (times) {
            Instant horizon = now.minus(window);
            while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
                times.pollFirst();
            }
            return times;
        }
    }

    private static String accountKey(String email) {
        return "account:" + Account.normalise(email);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
