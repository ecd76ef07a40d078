package eu.medi4sec.hub.common;

import java.util.Optional;

/** ETags here are an entity's version in quotes; If-Match sends one back. */
public final class ETags {

    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match header names; empty when absent or "*". An ETag we never issued cannot match: 412. */
    public static Optional<Long> versionIn(String ifMatch, String what) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    Long.parseLong(ifMatch.trim().replaceFirst("^W/", "").replace("\"", "")));
        } catch (NumberFormatException e) {
            throw ProblemException.preconditionFailed(
                    "If-Match does not name a version of this " + what + ". Reload it and try again.");
        }
    }

    /**
     * Refuses a stale edit: If-Match naming another version is 412, a {@code version} field naming
     * another is 409. Either may be absent.
     */
    public static void requireFresh(long current, Optional<Long> ifMatchVersion, Long bodyVersion, String what) {
        String detail = "This " + what + " was changed by someone else (it is now at version " + current
                + "). Reload it and apply your change again.";
        if (ifMatchVersion.isPresent() && ifMatchVersion.get() != current) {
            throw ProblemException.preconditionFailed(detail);
        }
        if (bodyVersion != null && bodyVersion != current) {
            throw ProblemException.conflict(detail);
        }
    }
}
