package eu.medi4sec.hub.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * What every HTTP response gets before any resource runs: security headers, caching rules for the SPA,
 * problem+json answers for an address over {@value #MAX_URI_LENGTH} characters (414), headers over
 * {@value #MAX_HEADER_BYTES} bytes (431), bodies over the limit (413), control characters in a query
 * parameter (400) or a path (404), a malformed X-Forwarded-For (400), and a problem+json 404 for API paths
 * that match no resource and for {@code /q/...}, which the public port does not serve (health, metrics and
 * the API docs are on the management interface). Failures raised by the HTTP layer itself are turned into
 * problem+json too. The management interface gets the security headers.
 *
 * <p>The server's own limits (quarkus.http.limits.max-initial-line-length, max-header-size) are set well
 * above ours, so that realistic oversize requests reach this class; only requests beyond those (or not
 * HTTP at all) get the server's bare answer, which no application code can reach (see SECURITY.md).
 */
@ApplicationScoped
class HttpEdge {

    // Swagger UI (on the management interface) ships inline scripts and styles; it gets a looser policy on its
    // own path only.
    static final String SWAGGER_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

    static final int MAX_URI_LENGTH = 8192;
    static final int MAX_HEADER_BYTES = 16384;

    private static final Logger LOG = Logger.getLogger(HttpEdge.class);

    private final long maxBodyBytes;
    private final String appCsp;
    private final ClientAddress clientAddress;
    private final BodyHandler streamedBodies;

    HttpEdge(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize, HttpConfig http) {
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.appCsp = http.contentSecurityPolicy();
        this.clientAddress = new ClientAddress(http.trustedProxies().orElse(List.of()));
        this.streamedBodies = BodyHandler.create(false).setBodyLimit(maxBodyBytes);
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::secure);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
        // The router's own last resort, e.g. for a path that is not valid percent-encoding (400).
        for (int status : new int[] {400, 404, 405, 413, 414, 431, 500}) {
            router.errorHandler(status, this::failed);
        }
        router.route().order(Integer.MIN_VALUE + 1).handler(this::limitSizes);
        router.route("/api/*").order(Integer.MIN_VALUE + 2).handler(this::limitBody);
        router.route("/api/*").order(Integer.MIN_VALUE + 3).handler(this::refuseControlCharacters);
        router.route("/api/*").order(Integer.MIN_VALUE + 4).handler(this::resolveClient);
        router.route("/api/*")
                .order(Integer.MAX_VALUE)
                .handler(ctx -> send(ctx, 404, "There is nothing at this address."));
        // In dev mode the Dev UI's own /q routes come first; everything else under /q is not on this port.
        router.route("/q/*")
                .order(Integer.MAX_VALUE)
                .handler(ctx -> send(ctx, 404, "There is nothing at this address."));
    }

    void install(@Observes ManagementInterface management) {
        management.router().route().order(Integer.MIN_VALUE).handler(this::secure);
    }

    private void secure(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        ctx.response()
                .headers()
                .set("X-Content-Type-Options", "nosniff")
                .set("Referrer-Policy", "strict-origin-when-cross-origin")
                .set("X-Frame-Options", "DENY")
                .set("Cross-Origin-Opener-Policy", "same-origin")
                .set("Permissions-Policy", "camera=(self), microphone=(), geolocation=()")
                .set("Content-Security-Policy", path.startsWith("/q/swagger-ui") ? SWAGGER_CSP : appCsp);
        if (path.startsWith("/api/")) {
            // Never stored, unless the resource says otherwise (the public guide may be cached for a minute).
            ctx.addHeadersEndHandler(v -> {
                if (!ctx.response().headers().contains(HttpHeaders.CACHE_CONTROL)) {
                    ctx.response().headers().set(HttpHeaders.CACHE_CONTROL, "no-store");
                }
            });
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

    private void limitSizes(RoutingContext ctx) {
        if (ctx.request().uri().length() > MAX_URI_LENGTH) {
            send(ctx, 414, "The address is longer than " + MAX_URI_LENGTH + " characters.");
            return;
        }
        long headerBytes = 0;
        for (var header : ctx.request().headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > MAX_HEADER_BYTES) {
            send(ctx, 431, "The request headers are larger than " + MAX_HEADER_BYTES / 1024 + " KiB.");
            return;
        }
        ctx.next();
    }

    private void refuseControlCharacters(RoutingContext ctx) {
        String path = ctx.request().path();
        if (path == null || hasEncodedControl(path) || !ControlCharacters.isClean(path)) {
            send(ctx, 404, "There is nothing at this address: it contains a control character.");
            return;
        }
        for (String header : List.of("Content-Type", "Accept")) {
            String value = ctx.request().getHeader(header);
            if (value != null && !isMediaTypeList(value)) {
                sendInvalid(
                        ctx,
                        400,
                        header,
                        "The " + header + " header is not a valid media type, such as application/json.");
                return;
            }
        }
        MultiMap query;
        try {
            query = ctx.queryParams();
        } catch (RuntimeException e) {
            send(ctx, 400, "The query string is not valid: use percent-encoded UTF-8.");
            return;
        }
        for (var parameter : query) {
            if (!ControlCharacters.isClean(parameter.getKey()) || !ControlCharacters.isClean(parameter.getValue())) {
                String name = ControlCharacters.isClean(parameter.getKey()) ? parameter.getKey() : "query";
                sendInvalid(
                        ctx,
                        400,
                        name,
                        "The query parameter " + name + " contains a control character, which is not allowed.");
                return;
            }
        }
        ctx.next();
    }

    private static boolean isMediaTypeList(String value) {
        try {
            for (String type : value.split(",")) {
                if (!type.isBlank()) {
                    MediaType.valueOf(type.trim());
                }
            }
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean hasEncodedControl(String rawPath) {
        for (int i = rawPath.indexOf('%'); i >= 0 && i + 2 < rawPath.length(); i = rawPath.indexOf('%', i + 1)) {
            int value = Character.digit(rawPath.charAt(i + 1), 16) * 16 + Character.digit(rawPath.charAt(i + 2), 16);
            if (Character.digit(rawPath.charAt(i + 1), 16) >= 0
                    && Character.digit(rawPath.charAt(i + 2), 16) >= 0
                    && (value < 0x20 || value == 0x7f)) {
                return true;
            }
        }
        return false;
    }

    private void resolveClient(RoutingContext ctx) {
        if (!clientAddress.resolve(ctx)) {
            sendInvalid(ctx, 400, ClientAddress.HEADER, "The X-Forwarded-For header is not a list of IP addresses.");
            return;
        }
        ctx.next();
    }

    /** Failures of the HTTP layer (a body over the limit while it streams in, a handler that threw). */
    private void failed(RoutingContext ctx) {
        if (ctx.response().ended() || ctx.response().headWritten()) {
            return;
        }
        int status = ctx.statusCode() >= 400 ? ctx.statusCode() : 500;
        if (status >= 500) {
            LOG.error("Request failed in the HTTP layer", ctx.failure());
        }
        String detail = switch (status) {
            case 400 -> "The request is not valid.";
            case 401 -> "Sign in first: the token is missing, invalid or expired.";
            case 403 -> "Your role does not allow this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            case 413 -> "The request body is larger than the limit of " + maxBodyBytes / 1024 + " KiB.";
            case 414 -> "The address is too long.";
            case 431 -> "The request headers are too large.";
            default ->
                status >= 500
                        ? "Something went wrong on our side. The error has been logged."
                        : "The request cannot be handled.";
        };
        if (status == 413) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        send(ctx, status, detail);
    }

    private void limitBody(RoutingContext ctx) {
        if (ctx.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            // A body of unknown length is read here, up to the limit, so that going over it fails into
            // failed() (413 problem+json); the resource then reads the buffered body.
            streamedBodies.handle(ctx);
            return;
        }
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

    private static void sendInvalid(RoutingContext ctx, int status, String field, String detail) {
        ctx.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Json.encode(new Problem(
                        Problems.typeFor(status),
                        Problems.titleFor(status),
                        status,
                        detail,
                        List.of(new Problem.Violation(field, detail)))));
    }

    private static void send(RoutingContext ctx, int status, String detail) {
        ctx.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Json.encode(Problems.problem(status, detail)));
    }
}
