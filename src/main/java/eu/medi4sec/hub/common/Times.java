package eu.medi4sec.hub.common;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

public final class Times {

    private Times() {}

    /** Now, at the precision PostgreSQL keeps (microseconds), so a stored time reads back equal. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** Now by this clock (see {@link Clocks}), at the precision PostgreSQL keeps. */
    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** A timestamp as a native query hands it over (Instant, OffsetDateTime or Timestamp), or null. */
    public static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return null;
    }

    private static final java.time.format.DateTimeFormatter DAY_AND_TIME =
            java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", java.util.Locale.ENGLISH);
    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm", java.util.Locale.ENGLISH);

    /**
     * A span as people read it in messages, in the given zone: "Wed 10 Mar 2027, 09:00 to 17:00
     * (Europe/Brussels)", never a raw ISO timestamp.
     */
    public static String readableSpan(java.time.OffsetDateTime from, java.time.OffsetDateTime to, String zone) {
        java.time.ZoneId id = java.time.ZoneId.of(zone);
        var start = from.atZoneSameInstant(id);
        var end = to.atZoneSameInstant(id);
        String until = start.toLocalDate().equals(end.toLocalDate()) ? TIME.format(end) : DAY_AND_TIME.format(end);
        return DAY_AND_TIME.format(start) + " to " + until + " (" + zone + ")";
    }
}
