package eu.medi4sec.hub.output;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /**
     * The names to take out, by their first word (case-folded): a text is read word by word and only
     * the names that start with that word are compared, longest first. Reading each text once, rather
     * than once per name, keeps a report of thousands of notes from a workshop of hundreds of people
     * fast.
     */
    private final Map<String, List<String>> namesByFirstWord;

    /** Names that do not start with a letter or digit ("(Bob)"): few, matched by pattern. */
    private final List<Pattern> otherNames;

    private Redactor(Map<String, List<String>> namesByFirstWord, List<Pattern> otherNames) {
        this.namesByFirstWord = namesByFirstWord;
        this.otherNames = otherNames;
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
        Map<String, List<String>> byFirstWord = new HashMap<>();
        List<Pattern> others = new ArrayList<>();
        words.stream()
                .filter(Objects::nonNull)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(name -> {
                    int end = wordEnd(name, 0);
                    if (end == 0) {
                        others.add(Pattern.compile(
                                "(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
                                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                    } else {
                        byFirstWord
                                .computeIfAbsent(fold(name, 0, end), k -> new ArrayList<>())
                                .add(name);
                    }
                });
        return new Redactor(byFirstWord, others);
    }

    /** A redactor for contact details only. */
    public static Redactor contactsOnly() {
        return new Redactor(Map.of(), List.of());
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
        // Most notes hold no contact details: each pattern runs only where what it needs is there (an @,
        // a slash or "www.", six digits), which is what makes thousands of notes cheap to redact.
        String out = text;
        if (out.indexOf('@') >= 0) {
            out = EMAILS.matcher(out).replaceAll(EMAIL);
        }
        if (out.indexOf('/') >= 0 || out.toLowerCase(Locale.ROOT).contains("www.")) {
            out = LINKS.matcher(out).replaceAll(LINK);
        }
        if (out.indexOf('@') >= 0) {
            out = HANDLES.matcher(out).replaceAll(HANDLE);
        }
        if (out.chars().filter(c -> c >= '0' && c <= '9').count() >= 6) {
            out = PHONES.matcher(out).replaceAll(m -> isPhone(m.group()) ? PHONE : Matcher.quoteReplacement(m.group()));
        }
        out = names(out);
        for (Pattern name : otherNames) {
            out = name.matcher(out).replaceAll(NAME);
        }
        return out;
    }

    /**
     * Replaces every name that stands as whole words (no letter or digit right before or after it),
     * case-insensitively, the longest that fits at each place.
     */
    private String names(String text) {
        if (namesByFirstWord.isEmpty()) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < text.length()) {
            int end = wordEnd(text, i);
            if (end == i) {
                i += Character.charCount(text.codePointAt(i));
                continue;
            }
            List<String> candidates = namesByFirstWord.get(fold(text, i, end));
            String found = null;
            if (candidates != null) {
                for (String name : candidates) {
                    int after = i + name.length();
                    if (text.regionMatches(true, i, name, 0, name.length())
                            && (after == text.length() || !isWordCharacter(text.codePointAt(after)))) {
                        found = name;
                        break;
                    }
                }
            }
            if (found == null) {
                i = end;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, i).append(NAME);
            i += found.length();
            copied = i;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** Where the run of letters and digits that starts at {@code from} ends ({@code from} if none does). */
    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            if (!isWordCharacter(codePoint)) {
                break;
            }
            i += Character.charCount(codePoint);
        }
        return i;
    }

    /** {@code \\p{L}} or {@code \\p{N}}, as the name patterns' boundaries read them. */
    private static boolean isWordCharacter(int codePoint) {
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** The word as a key: each character folded the way a case-insensitive comparison folds it. */
    private static String fold(String text, int from, int to) {
        StringBuilder key = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            key.append(Character.toLowerCase(Character.toUpperCase(text.charAt(i))));
        }
        return key.toString();
    }
}
