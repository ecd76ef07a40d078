package eu.medi4sec.hub.common;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** The HTTP edge's own settings ({@link HttpEdge}, {@link ClientAddress}). */
@ConfigMapping(prefix = "workshop-hub.http")
public interface HttpConfig {

    /** The Content-Security-Policy of the SPA and the API. */
    String contentSecurityPolicy();

    /** Reverse proxies (IPs or CIDR blocks) whose X-Forwarded-For is believed. */
    Optional<List<String>> trustedProxies();
}
