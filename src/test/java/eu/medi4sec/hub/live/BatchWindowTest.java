package eu.medi4sec.hub.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How far apart the hub reads one workshop's log: in proportion to its streams here, up to a limit. */
class BatchWindowTest {

    /** The defaults: 0.1 ms per stream, up to 250 ms. */
    static final long PER_STREAM = 100_000;

    static final long LIMIT = Duration.ofMillis(250).toNanos();

    static Duration window(int streams) {
        return Duration.ofNanos(LiveHub.batchWindow(streams, PER_STREAM, LIMIT));
    }

    @Test
    void aSmallWorkshopIsReadAlmostAtOnce() {
        assertEquals(Duration.ZERO, window(0));
        assertEquals(Duration.ofMillis(3), window(30));
    }

    @Test
    void aPlenaryIsReadAFewTimesASecond() {
        assertEquals(Duration.ofMillis(200), window(2_000));
        assertEquals(Duration.ofMillis(250), window(2_500));
        assertEquals(Duration.ofMillis(250), window(50_000), "never longer than the limit");
    }

    @Test
    void zeroPerStreamReadsOnEveryNotification() {
        assertEquals(0, LiveHub.batchWindow(5_000, 0, LIMIT));
    }
}
