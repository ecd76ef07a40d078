package eu.medi4sec.hub.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

public final class Times {

    private Times() {
    }

    /** Now, at the precision PostgreSQL keeps (microseconds), so a stored time reads back equal. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
