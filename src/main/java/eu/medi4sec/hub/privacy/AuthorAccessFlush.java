package eu.medi4sec.hub.privacy;

import io.quarkus.arc.Arc;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Writes the request's author sightings before the response leaves, so that the audit is complete when it arrives. */
class AuthorAccessFlush {

    @ServerResponseFilter
    public void flush(ContainerResponseContext response) {
        var batch = Arc.container().instance(AuthorAccessBatch.class);
        if (batch.isAvailable() && Arc.container().requestContext().isActive()) {
            batch.get().flush();
        }
    }
}
