package eu.medi4sec.hub.delegate;

import eu.medi4sec.hub.common.ClientAddress;
import io.vertx.ext.web.RoutingContext;

final class Addresses {

    private Addresses() {
    }

    /** The client's address (behind a trusted proxy, the forwarded one): see {@link ClientAddress}. */
    static String of(RoutingContext request) {
        return ClientAddress.of(request);
    }
}
