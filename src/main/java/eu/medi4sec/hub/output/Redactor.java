package eu.medi4sec.hub.output;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes what identifies people out of a quote before it leaves the app: email addresses, URLs, phone
 * numbers and social-media handles become {@code [email]}, {@code [link]}, {@code [phone]} and
 * {@code [handle]}; the registered names of a workshop's delegates and staff become {@code [name]}.
 *
 * <p>Names are matched whole and by each of their parts of three letters or more, case-insensitively and
 * only as whole words ("Kowalski" alone is caught; "Anna" inside "Annapurna" is not). That errs on the
 * side of privacy: a part that is also an ordinary word ("Mark") is taken out too.
 */
public final class Redactor {

    public static final String EMAIL = "[email]";
    public static final String LINK = "[link]";
    public static final String PHONE = "[phone]";
    public static final String HANDLE = "[handle]";
    public static final String NAME = "[name]";

    private static final Pattern EMAILS = Pattern.compile(
            "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern LINKS = Pattern.compile(
            "(?i)\\b(?:(?:https?|ftp)://|www\\.)[^\\s<>\"']+"
                    + "|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|org|net|eu|gov|info|io|onion|ly|me|co|uk|de|fr|nl|be|pl|gr|bg|es|it|pt|ie)/[^\\s<>\"']*");
    /** Candidates for phone numbers; {@link #isPhone} decides (so that years and dates stay). */
    private static final Pattern PHONES = Pattern.compile(
            "(?<![\\w+])(?:\\+\\d{1,3}[ .\\-]?)?(?:\\(\\d{1,4}\\)[ .\\-]?)?\\d(?:[ .\\-/]?\\d){5,}(?!\\w)");

    private static final Pattern HANDLES =
            Pattern.compile("(?<![\\p{L}\\p{N}_@\\]])@[A-Za-z0-9_][A-Za-z0-9_.]{0,28}[A-Za-z0-9_]");

    private final List<Pattern> names;

    private Redactor(List<Pattern> names) {
        this.names = names;
    }

    /** A redactor that also takes out these people's names (delegates' and staff's). */
    public static Redactor forNames(Collection<String> people) {
        Set<String> words = new LinkedHashSet<>();
        for (String person : people) {
            if (person == null || person.isBlank()) {
                continue;
            }
            words.add(person.strip());
            for (String part : person.strip().split("[\\s,]+")) {
                if (part.codePointCount(0, part.length()) >= 3) {
                    words.add(part);
                }
            }
        }
        List<Pattern> patterns = words.stream()
                .filter(Objects::nonNull)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.compile(
                        "(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
        return new Redactor(patterns);
    }

    /** A redactor for contact details only. */
    public static Redactor contactsOnly() {
        return new Redactor(List.of());
    }

    /** With a leading + or 0, seven digits or more; otherwise nine or more ("2016-2018" stays). */
    private static boolean isPhone(String candidate) {
        long digits = candidate.chars().filter(Character::isDigit).count();
        String start = candidate.replaceFirst("^[(]", "");
        return (start.startsWith("+") || start.startsWith("0")) ? digits >= 7 : digits >= 9;
    }

    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = EMAILS.matcher(text).replaceAll(EMAIL);
        out = LINKS.matcher(out).replaceAll(LINK);
        out = HANDLES.matcher(out).replaceAll(HANDLE);
        out = PHONES.matcher(out).replaceAll(m -> isPhone(m.group()) ? PHONE : Matcher.quoteReplacement(m.group()));
        for (Pattern name : names) {
            out = name.matcher(out).replaceAll(NAME);
        }
        return out;
    }
}
