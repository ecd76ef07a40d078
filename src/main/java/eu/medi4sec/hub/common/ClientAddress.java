package eu.medi4sec.hub.common;

import io.vertx.core.http.HttpServerRequest;

/** The address a request came from, as the throttles count it. */
public final class ClientAddress {

    private ClientAddress() {
    }

    /**
     * The peer's address; behind a proxy listed in {@code quarkus.http.proxy.trusted-proxies} (with
     * forwarding enabled), the address that proxy forwarded. Headers from anyone else are ignored.
     */
    public static String of(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
