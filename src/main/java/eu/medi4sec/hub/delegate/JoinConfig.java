package eu.medi4sec.hub.delegate;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How joining a workshop works. */
@ConfigMapping(prefix = "workshop-hub.join")
public interface JoinConfig {

    /** How long a delegate's token keeps working after the workshop ends. */
    @WithDefault("PT2H")
    Duration tokenGraceAfterEnd();
}
