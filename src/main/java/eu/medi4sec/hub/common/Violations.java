package eu.medi4sec.hub.common;

import java.util.ArrayList;
import java.util.List;

/** Collects field errors that Bean Validation cannot see (cross-field rules), then throws them together. */
public final class Violations {

    private final List<Problem.Violation> found = new ArrayList<>();

    public Violations add(String field, String message) {
        found.add(new Problem.Violation(field, message));
        return this;
    }

    public Violations check(boolean ok, String field, String message) {
        return ok ? this : add(field, message);
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw ProblemException.invalid(List.copyOf(found));
        }
    }
}
