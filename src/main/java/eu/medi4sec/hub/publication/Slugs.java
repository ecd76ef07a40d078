package eu.medi4sec.hub.publication;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/** Slugs from titles: lowercase ASCII, diacritics folded ("Zażółć" → "zazolc"), unique with -2, -3 … */
final class Slugs {

    static final int MAX_LENGTH = 80;
    static final String FALLBACK = "publication";

    /** Letters that do not decompose into a base letter and a mark. */
    private static final Map<String, String> LETTERS = Map.ofEntries(
            Map.entry("ł", "l"),
            Map.entry("ß", "ss"),
            Map.entry("æ", "ae"),
            Map.entry("œ", "oe"),
            Map.entry("ø", "o"),
            Map.entry("đ", "d"),
            Map.entry("ð", "d"),
            Map.entry("þ", "th"),
            Map.entry("ı", "i"),
            Map.entry("ħ", "h"));

    private Slugs() {}

    static String of(String title) {
        String text = title.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> letter : LETTERS.entrySet()) {
            text = text.replace(letter.getKey(), letter.getValue());
        }
        text = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        text = text.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (text.length() > MAX_LENGTH) {
            String cut = text.substring(0, MAX_LENGTH);
            int lastDash = cut.lastIndexOf('-');
            text = (lastDash > MAX_LENGTH / 2 ? cut.substring(0, lastDash) : cut).replaceAll("-+$", "");
        }
        return text.isEmpty() ? FALLBACK : text;
    }

    /** The slug for this title that is not taken yet. */
    static String unique(String title, Predicate<String> taken) {
        String base = of(title);
        String slug = base;
        for (int n = 2; taken.test(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
