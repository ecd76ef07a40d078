package eu.medi4sec.hub.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.medi4sec.hub.support.ThrottleCounters;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ThrottleTest {

    @Inject
    Throttle throttle;

    private static Throttle.Limit aLimit(int max) {
        return new Throttle.Limit("test:" + UUID.randomUUID(), max);
    }

    @Test
    void failuresWithinTheAllowanceDoNotWait() {
        Throttle.Limit limit = aLimit(3);
        throttle.record(limit);
        throttle.record(limit);
        assertEquals(0, throttle.secondsToWait(limit));
        throttle.record(limit);
        assertTrue(throttle.secondsToWait(limit) > 0);
    }

    @Test
    void theWaitDoublesWithEachFailureBeyondTheAllowanceUpToTheCap() {
        Throttle.Limit limit = aLimit(5);
        Instant now = Instant.now();
        ThrottleCounters.set(limit.key(), 5, now);
        long first = throttle.secondsToWait(limit);
        ThrottleCounters.set(limit.key(), 6, now);
        long second = throttle.secondsToWait(limit);
        ThrottleCounters.set(limit.key(), 8, now);
        long fourth = throttle.secondsToWait(limit);
        ThrottleCounters.set(limit.key(), 50, now);
        long capped = throttle.secondsToWait(limit);

        assertTrue(first > 25 && first <= 30, "first wait " + first);
        assertTrue(second > 55 && second <= 60, "second wait " + second);
        assertTrue(fourth > 235 && fourth <= 240, "fourth wait " + fourth);
        assertTrue(capped > 895 && capped <= 900, "capped wait " + capped);
        assertEquals(Duration.ofMinutes(15), throttle.delay(1000));
    }

    @Test
    void aWaitEndsAndTheNextFailureWaitsLonger() {
        Throttle.Limit limit = aLimit(5);
        // five failures, the last one 31 seconds ago: the 30-second wait is over
        ThrottleCounters.set(limit.key(), 5, Instant.now().minusSeconds(31));
        assertEquals(0, throttle.secondsToWait(limit));
        throttle.record(limit);
        long next = throttle.secondsToWait(limit);
        assertTrue(next > 55 && next <= 60, "next wait " + next);
        ProblemException refused =
                assertThrows(ProblemException.class, () -> throttle.checkAllowed("Too many tries", limit));
        assertEquals(429, refused.status());
    }

    @Test
    void countsFromAnotherInstanceAreHonoured() {
        Throttle.Limit limit = aLimit(10);
        ThrottleCounters.set(limit.key(), 10, Instant.now());
        assertThrows(ProblemException.class, () -> throttle.checkAllowed("Too many tries", limit));
    }

    @Test
    void aCounterQuietForLongerThanTheWindowIsForgottenAndCleanedUp() {
        Throttle.Limit limit = aLimit(2);
        ThrottleCounters.set(limit.key(), 40, Instant.now().minus(Duration.ofHours(2)));
        assertEquals(0, throttle.secondsToWait(limit));
        throttle.removeExpired();
        assertFalse(ThrottleCounters.exists(limit.key()));
        throttle.record(limit);
        assertEquals(0, throttle.secondsToWait(limit), "a forgotten counter starts again at one");
    }
}
