package eu.medi4sec.hub.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every HTTP response gets before any resource runs: security headers, caching rules for the SPA,
 * a problem+json answer for bodies over the limit, and a problem+json 404 for API paths that match no
 * resource and for {@code /q/...}, which the public port does not serve (health, metrics and the API docs
 * are on the management interface). The management interface gets the security headers too.
 */
@ApplicationScoped
public class HttpEdge {

    // Swagger UI (on the management interface) ships inline scripts and styles; it gets a looser policy on its
    // own path only.
    static final String SWAGGER_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

    private final long maxBodyBytes;
    private final String appCsp;

    HttpEdge(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            @ConfigProperty(name = "workshop-hub.http.content-security-policy") String appCsp) {
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.appCsp = appCsp;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::secure);
        router.route("/api/*").order(Integer.MIN_VALUE + 1).handler(this::limitBody);
        router.route("/api/*").order(Integer.MAX_VALUE).handler(ctx -> send(ctx, 404, "There is nothing at this address."));
        // In dev mode the Dev UI's own /q routes come first; everything else under /q is not on this port.
        router.route("/q/*").order(Integer.MAX_VALUE).handler(ctx -> send(ctx, 404, "There is nothing at this address."));
    }

    void install(@Observes ManagementInterface management) {
        management.router().route().order(Integer.MIN_VALUE).handler(this::secure);
    }

    private void secure(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        ctx.response().headers()
                .set("X-Content-Type-Options", "nosniff")
                .set("Referrer-Policy", "strict-origin-when-cross-origin")
                .set("X-Frame-Options", "DENY")
                .set("Cross-Origin-Opener-Policy", "same-origin")
                .set("Permissions-Policy", "camera=(self), microphone=(), geolocation=()")
                .set("Content-Security-Policy", path.startsWith("/q/swagger-ui") ? SWAGGER_CSP : appCsp);
        if (path.startsWith("/api/")) {
            ctx.response().headers().set(HttpHeaders.CACHE_CONTROL, "no-store");
        } else if (!path.startsWith("/q/")) {
            // Set last, over the SPA handler's own one-day "immutable": the page (and every SPA route) is
            // revalidated so an upgrade reaches browsers at once; Vite's hashed assets never change.
            String caching = path.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache";
            ctx.addHeadersEndHandler(v -> {
                if (ctx.response().getStatusCode() < 400) {
                    ctx.response().headers().set(HttpHeaders.CACHE_CONTROL, caching);
                }
            });
        }
        ctx.next();
    }

    private void limitBody(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > maxBodyBytes) {
                    ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
                    send(ctx, 413, "The request body is larger than the limit of " + maxBodyBytes / 1024 + " KiB.");
                    return;
                }
            } catch (NumberFormatException e) {
                send(ctx, 400, "The Content-Length header is not a number.");
                return;
            }
        }
        ctx.next();
    }

    private static void send(RoutingContext ctx, int status, String detail) {
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Json.encode(Problems.problem(status, detail)));
    }
}
