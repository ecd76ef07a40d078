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
     * Reads of one workshop's log start at least this far apart; the events of a burst then go to each
     * stream in one write. Zero reads on every notification.
     */
    @WithDefault("PT0.1S")
    Duration batchWindow();

    /** How often every stream gets a heartbeat comment. */
    @WithDefault("PT15S")
    Duration heartbeat();
}
