package eu.medi4sec.hub.delegate;

import io.vertx.core.http.HttpServerRequest;

final class Addresses {

    private Addresses() {
    }

    /** The client's address (behind a trusted proxy, the forwarded one when forwarding is enabled). */
    static String of(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
