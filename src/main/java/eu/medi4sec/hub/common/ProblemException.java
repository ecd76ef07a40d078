package eu.medi4sec.hub.common;

import java.util.List;
import java.util.Map;

/**
 * A failure the client can act on. Services throw it; {@link Problems} turns it into problem+json.
 * The detail is a sentence written for a person.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.Violation> violations;
    private final Map<String, String> headers;

    public ProblemException(
            int status, String title, String detail, List<Problem.Violation> violations, Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.violations = violations;
        this.headers = headers;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "Bad request", detail, null, Map.of());
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not found", detail, null, Map.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail, null, Map.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail, null, Map.of());
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, "Precondition failed", detail, null, Map.of());
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "Unauthorized", detail, null, Map.of());
    }

    public static ProblemException tooManyRequests(String detail, long retryAfterSeconds) {
        return new ProblemException(
                429, "Too many requests", detail, null, Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    /** A single invalid field. */
    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.Violation(field, message)));
    }

    /**
     * At most {@link #MAX_VIOLATIONS} of them are listed, and the detail counts the rest: a request with
     * 100,000 bad list elements gets an answer of a few KB, not megabytes.
     */
    public static ProblemException invalid(List<Problem.Violation> violations) {
        List<Problem.Violation> shown =
                violations.size() > MAX_VIOLATIONS ? violations.subList(0, MAX_VIOLATIONS) : violations;
        int more = violations.size() - shown.size();
        String fields = String.join(
                ", ", shown.stream().map(Problem.Violation::field).distinct().toList());
        String detail = violations.size() == 1
                ? violations.get(0).message()
                : "Some fields are not valid: " + fields
                        + (more > 0 ? ", and " + more + " more problems not listed." : ".");
        return new ProblemException(422, "Validation failed", detail, List.copyOf(shown), Map.of());
    }

    /** The most field errors one answer lists. */
    public static final int MAX_VIOLATIONS = 10;

    public int status() {
        return status;
    }

    public Problem toProblem() {
        return new Problem(Problems.typeFor(status), title, status, getMessage(), violations);
    }

    public Map<String, String> headers() {
        return headers;
    }
}
