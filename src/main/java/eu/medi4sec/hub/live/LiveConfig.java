package eu.medi4sec.hub.live;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The live stream's limits ({@link LiveHub}). */
@ConfigMapping(prefix = "workshop-hub.live")
public interface LiveConfig {

    /** At most this many sends to one subscriber wait to be written out. */
    @WithDefault("256")
    int maxInFlight();

    /** How often every stream gets a heartbeat comment. */
    @WithDefault("PT15S")
    Duration heartbeat();
}
