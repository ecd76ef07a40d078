package eu.medi4sec.hub.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place that turns failures into {@code application/problem+json}. Nothing here ever sends a
 * class name or a stack trace to a client.
 */
public class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class);

    static String typeFor(int status) {
        return "about:blank";
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    public static Problem problem(int status, String detail) {
        return new Problem(typeFor(status), titleFor(status), status, detail, null);
    }

    static String titleFor(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (status == 422) {
            return "Unprocessable content";
        }
        if (status == 429) {
            return "Too many requests";
        }
        return known != null ? known.getReasonPhrase() : "Error";
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        Response.ResponseBuilder builder =
                Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(e.toProblem());
        e.headers().forEach(builder::header);
        return builder.build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return problem(ProblemException.invalid(violations));
    }

    // Declared for each specific type: the framework's own Jackson mappers would otherwise win.
    @ServerExceptionMapper(priority = 1)
    public Response unreadable(InvalidFormatException e) {
        return unreadable((JsonProcessingException) e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadable(MismatchedInputException e) {
        return unreadable((JsonProcessingException) e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadable(JsonMappingException e) {
        return unreadable((JsonProcessingException) e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadable(StreamReadException e) {
        return unreadable((JsonProcessingException) e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadable(JsonProcessingException e) {
        if (e instanceof TextDeserializer.UnacceptableText text) {
            String field = pathOf(text);
            return problem(ProblemException.invalid(field.isEmpty() ? "body" : field, text.reason()));
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException) {
                return badJson("The request body is not valid JSON.", null, null);
            }
        }
        if (e instanceof InvalidFormatException f
                && f.getTargetType() != null
                && f.getTargetType().isEnum()) {
            String field = pathOf(f);
            String allowed = Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(Object::toString)
                    .collect(Collectors.joining(", "));
            return badJson(
                    "'" + f.getValue() + "' is not a valid " + field + ". Use one of: " + allowed + ".",
                    field,
                    "Use one of: " + allowed + ".");
        }
        if (e instanceof ValueInstantiationException || !(e instanceof JsonMappingException)) {
            if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
                String field = pathOf(m);
                return badJson("The value of " + field + " is not valid.", field, "This value is not valid.");
            }
            return badJson("The request body is not valid JSON.", null, null);
        }
        JsonMappingException m = (JsonMappingException) e;
        String field = pathOf(m);
        if (field.isEmpty()) {
            return badJson("The request body does not have the expected shape (a JSON object).", null, null);
        }
        String expected = m instanceof MismatchedInputException mi && mi.getTargetType() != null
                ? describe(mi.getTargetType())
                : "a different kind of value";
        return badJson(
                "The field " + field + " has the wrong type: expected " + expected + ".",
                field,
                "Expected " + expected + ".");
    }

    private static String describe(Class<?> type) {
        String name = type.getSimpleName();
        if (type == String.class) return "text";
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) return "a number";
        if (type == Boolean.class || type == boolean.class) return "true or false";
        if (name.contains("OffsetDateTime") || name.contains("Instant"))
            return "a date-time with an offset, such as 2027-03-10T09:00:00+01:00";
        if (name.contains("LocalDate")) return "a date such as 2027-03-10";
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) return "a list";
        return "a valid value";
    }

    private static Response badJson(String detail, String field, String message) {
        List<Problem.Violation> violations = field == null ? null : List.of(new Problem.Violation(field, message));
        return response(new Problem(typeFor(400), "Bad request", 400, detail, violations));
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    static boolean clientWentAway(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.nio.channels.ClosedChannelException
                    || cause instanceof io.vertx.core.http.HttpClosedException) {
                return true;
            }
        }
        return false;
    }

    /**
     * No connection to be had: Agroal's acquisition timeout (a plain SQLException, known only by its
     * words), or PostgreSQL refusing or dropping connections (SQLSTATE class 08, 53 or 57P0x); or a
     * transaction rolled back by the transaction manager because it outlived its timeout, which on an
     * overloaded database (a restart meeting a room's retries) a commit then finds "not active".
     */
    static boolean databaseUnavailable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof jakarta.transaction.RollbackException rollback
                    && rollback.getMessage() != null
                    && rollback.getMessage().contains("not active")) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                String message = sql.getMessage() == null ? "" : sql.getMessage();
                if (message.contains("acquisition timeout")
                        || state.startsWith("08")
                        || state.startsWith("53")
                        || state.startsWith("57P0")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** The field as the client wrote it: title, noteIds[3], relations[0].to; a parameter by its own name. */
    static String fieldOf(ConstraintViolation<?> violation) {
        // The path is method.parameter.field... for a body; clients know only the JSON fields.
        StringBuilder field = null;
        boolean inBody = false;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case PARAMETER -> {
                    field = new StringBuilder(node.getName());
                    inBody = false;
                }
                case PROPERTY -> {
                    if (!inBody || field == null) {
                        field = new StringBuilder();
                        inBody = true;
                    }
                    appendIndex(field, node);
                    field.append(field.isEmpty() ? "" : ".").append(node.getName());
                }
                case CONTAINER_ELEMENT -> {
                    if (field != null) {
                        appendIndex(field, node);
                    }
                }
                default -> {}
            }
        }
        return field == null || field.isEmpty() ? "body" : field.toString();
    }

    private static void appendIndex(StringBuilder field, Path.Node node) {
        Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
        if (node.isInIterable() && position != null && !field.isEmpty()) {
            field.append('[').append(position).append(']');
        }
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e) {
        return response(problem(401, "Sign in first: the token is missing, invalid or expired."));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return response(problem(401, "Sign in first: the token is missing, invalid or expired."));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return response(problem(403, "Your role does not allow this."));
    }

    @ServerExceptionMapper
    public Response stale(OptimisticLockException e) {
        return response(problem(409, "Someone else changed this at the same time. Reload and try again."));
    }

    @ServerExceptionMapper
    public Response stale(StaleStateException e) {
        return response(problem(409, "Someone else changed this at the same time. Reload and try again."));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json);
        }
        int status = e.getResponse().getStatus();
        String detail = switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            case 406 -> "This address cannot answer in the requested format.";
            case 413 -> "The request body is too large.";
            case 415 -> "This address does not accept that content type.";
            case 400 -> "The request is not valid.";
            default -> status >= 500 ? "Something went wrong on our side." : "The request cannot be handled.";
        };
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        return response(problem(status, detail));
    }

    /** Seconds a client is asked to wait when the database cannot take its request now. */
    static final int RETRY_AFTER_SECONDS = 2;

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        // An unexpected cause can carry a persistence or Jackson failure from deeper down.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return stale(new OptimisticLockException());
            }
            if (cause instanceof ProblemException p) {
                return problem(p);
            }
        }
        if (clientWentAway(e)) {
            // A phone that left the Wi-Fi mid-request: nobody reads this answer, and it is no fault of ours.
            LOG.debugf("The client closed the connection before the request was handled: %s", e);
            return response(problem(400, "The connection was closed before the request was read."));
        }
        if (databaseUnavailable(e)) {
            // Every pooled connection busy (a room of phones at once) or the database restarting: passing, so
            // say when to retry instead of a 500. Writes roll back, and a retry with the same
            // Idempotency-Key is safe.
            LOG.warnf("Answered 503: the database cannot take the request now (%s)", rootMessage(e));
            return Response.status(503)
                    .type(Problem.MEDIA_TYPE)
                    .header("Retry-After", RETRY_AFTER_SECONDS)
                    .entity(problem(503, "The service is busy. Try again in a moment."))
                    .build();
        }
        LOG.error("Unexpected failure", e);
        return response(problem(500, "Something went wrong on our side. The error has been logged."));
    }
}
