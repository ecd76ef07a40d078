package eu.medi4sec.hub.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Parses query parameters with errors a person can act on (400 naming the parameter) instead of the
 * framework's bare 404 for a value it cannot convert.
 */
public final class QueryParams {

    private QueryParams() {}

    public static int integer(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                throw bad(name, name + " must be between " + min + " and " + max + ".");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw bad(name, name + " must be a whole number.");
        }
    }

    /** An optional id: a positive whole number. */
    public static Optional<Long> id(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            long parsed = Long.parseLong(value.trim());
            if (parsed < 1) {
                throw bad(name, name + " must be a positive whole number.");
            }
            return Optional.of(parsed);
        } catch (NumberFormatException e) {
            throw bad(name, name + " must be a whole number.");
        }
    }

    /** A text, trimmed; empty when absent or blank, 400 when longer than {@code maxLength}. */
    public static Optional<String> text(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (value.length() > maxLength) {
            throw bad(name, name + " has at most " + maxLength + " characters.");
        }
        return Optional.of(value.trim());
    }

    public static <E extends Enum<E>> Optional<E> enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            List<String> allowed =
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            throw bad(
                    name,
                    "'" + value + "' is not a valid " + name + ". Use one of: " + String.join(", ", allowed) + ".");
        }
    }

    /** A date (taken as midnight UTC) or a date-time with an offset. */
    public static Optional<Instant> instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    value.length() <= 10
                            ? LocalDate.parse(value)
                                    .atStartOfDay(ZoneOffset.UTC)
                                    .toInstant()
                            : OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            throw bad(name, name + " must be a date such as 2027-03-10 or a date-time with an offset.");
        }
    }

    /** A 400 naming the query parameter. */
    public static ProblemException bad(String field, String message) {
        return new ProblemException(
                400, "Bad request", message, List.of(new Problem.Violation(field, message)), java.util.Map.of());
    }
}
