package eu.medi4sec.hub.common;

import java.util.Optional;
import java.util.Set;

/**
 * The one rule for control characters in text a client sends. No text may hold NUL or another C0 control
 * character, DEL, or half of a surrogate pair: PostgreSQL refuses NUL, and the others only ever arrive by
 * mistake or to confuse a log or a screen. Tab and line breaks are allowed only in the fields that hold
 * several lines (a note, a statement, a description); everything else (names, titles, slugs, codes,
 * emails) is one line.
 */
final class ControlCharacters {

    /** The JSON fields that may span several lines. */
    static final Set<String> MULTI_LINE_FIELDS = Set.of(
            "text",
            "statement",
            "description",
            "prompt",
            "context",
            "problem",
            "forces",
            "solution",
            "consequences",
            "examples",
            "roles",
            "rationale",
            "reason",
            "accessNeeds",
            "uses",
            "risks",
            "legalAndEthicalNotes");

    private ControlCharacters() {}

    static boolean isMultiLine(String field) {
        return field != null && MULTI_LINE_FIELDS.contains(field);
    }

    /** Why the text is refused, or empty when it is fine. */
    public static Optional<String> problemIn(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                if (!multiLine) {
                    return Optional.of("This field is one line: it may not contain tabs or line breaks.");
                }
            } else if (c < 0x20 || c == 0x7f) {
                return Optional.of("This text contains a control character (U+" + String.format("%04X", (int) c)
                        + "), which is not allowed.");
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return Optional.of(
                            "This text contains half of a Unicode surrogate pair, which is not a character.");
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return Optional.of("This text contains half of a Unicode surrogate pair, which is not a character.");
            }
        }
        return Optional.empty();
    }

    /** For query parameters and path segments, which are all one line. */
    public static boolean isClean(String text) {
        return problemIn(text, false).isEmpty();
    }
}
