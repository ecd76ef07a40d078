package eu.medi4sec.hub.workshop;

import java.time.Duration;
import java.time.Instant;

/** How long a workshop's delegates' personal data is kept after it ends. */
public final class Retention {

    public static final int DEFAULT_DAYS = 730;
    public static final int MIN_DAYS = 30;
    public static final int MAX_DAYS = 3650;

    private Retention() {}

    /** When the data of a workshop that ends at this time is erased. */
    public static Instant eraseAt(Instant endsAt, int retentionDays) {
        return endsAt.plus(Duration.ofDays(retentionDays));
    }
}
