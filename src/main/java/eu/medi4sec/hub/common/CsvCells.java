package eu.medi4sec.hub.common;

import java.util.regex.Pattern;

/**
 * The one rule for a cell of a CSV file the app writes: a value a spreadsheet would run as a formula
 * (one that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a
 * leading apostrophe, so that it is shown as text (OWASP's advice against CSV injection). The SPA applies
 * the same rule in {@code frontend/src/lib/csv.js}.
 */
public final class CsvCells {

    private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\\t\\r]");

    private CsvCells() {}

    /** The value as a cell: empty for null, a formula made inert. */
    public static String neutralise(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        return FORMULA_START.matcher(text).find() ? "'" + text : text;
    }
}
