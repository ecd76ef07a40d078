package eu.medi4sec.hub.community;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the community works. */
@ConfigMapping(prefix = "workshop-hub.community")
interface CommunityConfig {

    /** How long a member token (from a personal link) works. */
    @WithDefault("P30D")
    Duration memberTokenLifetime();

    /** How many requests for an introduction one member may have waiting for an answer at once. */
    @WithDefault("10")
    int maxPendingIntroductions();
}
