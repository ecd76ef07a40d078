package eu.medi4sec.hub.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failures (wrong passwords, wrong join keys) per key within a sliding window. Once a key has
 * used up its allowance, {@link #checkAllowed} answers 429 with {@code Retry-After} until the oldest
 * counted failure leaves the window. Kept in memory: each app instance counts its own attempts.
 */
public final class FailureThrottle {

    private static final int MAX_TRACKED_KEYS = 50_000;

    /** A key and the failures it may have within the window. */
    public record Limit(String key, int max) {}

    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public FailureThrottle(Duration window, Clock clock) {
        this.window = window;
        this.clock = clock;
    }

    /** Throws 429 when any of the limits is used up; {@code what} names the attempts in the sentence. */
    public void checkAllowed(String what, Limit... limits) {
        Instant now = clock.instant();
        long wait = 0;
        for (Limit limit : limits) {
            wait = Math.max(wait, waitSeconds(limit, now));
        }
        if (wait > 0) {
            throw ProblemException.tooManyRequests(
                    "Too many failed " + what + " attempts. Try again in " + Math.max(1, (wait + 59) / 60) + " minute(s).", wait);
        }
    }

    public void recordFailure(String... keys) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED_KEYS) {
            failures.entrySet().removeIf(e -> pruned(e.getValue(), now).isEmpty());
        }
        for (String key : keys) {
            failures.compute(key, (k, times) -> {
                Deque<Instant> kept = times == null ? new ArrayDeque<>() : pruned(times, now);
                kept.addLast(now);
                return kept;
            });
        }
    }

    public void forget(String key) {
        failures.remove(key);
    }

    private long waitSeconds(Limit limit, Instant now) {
        Deque<Instant> times = failures.computeIfPresent(limit.key(), (k, t) -> {
            Deque<Instant> kept = pruned(t, now);
            return kept.isEmpty() ? null : kept;
        });
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            if (times.size() < limit.max()) {
                return 0;
            }
            Instant releasedAt = times.stream().skip(times.size() - limit.max()).findFirst().orElse(now).plus(window);
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
}
