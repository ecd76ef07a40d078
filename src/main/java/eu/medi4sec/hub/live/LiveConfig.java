package eu.medi4sec.hub.live;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The live stream's limits ({@link LiveHub}). */
@ConfigMapping(prefix = "workshop-hub.live")
public interface LiveConfig {

    /** At most this many events for one subscriber wait to be written out. */
    @WithDefault("256")
    int maxInFlight();

    /**
     * Reads of one workshop's log start at least this far apart for each of its streams on this instance, up
     * to {@link #batchWindow()}: the events of a burst then go to each stream in one write. Handing a page
     * to every stream costs in proportion to their number, so a workshop of 30 phones is read 3 ms apart
     * and a plenary's 2,500 streams 250 ms apart (at the defaults). Zero reads on every notification.
     */
    @WithDefault("PT0.0001S")
    Duration batchWindowPerStream();

    /** The longest a burst's first event waits for the next read of the log. */
    @WithDefault("PT0.25S")
    Duration batchWindow();

    /** How often every stream gets a heartbeat comment. */
    @WithDefault("PT15S")
    Duration heartbeat();
}
