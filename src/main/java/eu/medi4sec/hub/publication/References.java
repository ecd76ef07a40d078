package eu.medi4sec.hub.publication;

import eu.medi4sec.hub.output.Quotes.Quote;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Numbers the evidence of one document: [1]…[n] in the order of first citation, one number per note
 * however often it is cited. Only notes that may be quoted (publishable, already redacted) get a number;
 * anything else is left out silently.
 */
final class References {

    private final Map<Long, Quote> quotes;
    private final Map<String, String> themeNames;
    private final Map<Long, Integer> numbers = new HashMap<>();
    private final List<Document.Reference> list = new ArrayList<>();

    References(Map<Long, Quote> quotes, Map<String, String> themeNames) {
        this.quotes = quotes;
        this.themeNames = themeNames;
    }

    /** The numbers of these notes' references, in the notes' order. */
    List<Integer> cite(Collection<Long> noteIds) {
        return cite(noteIds, q -> true);
    }

    /** The numbers of those of these notes whose quote passes the filter (the scope). */
    List<Integer> cite(Collection<Long> noteIds, Predicate<Quote> included) {
        List<Integer> cited = new ArrayList<>();
        for (Long id : noteIds) {
            Quote quote = quotes.get(id);
            if (quote == null || !included.test(quote)) {
                continue;
            }
            Integer number = numbers.computeIfAbsent(id, k -> add(quote));
            if (!cited.contains(number)) {
                cited.add(number);
            }
        }
        return cited;
    }

    Quote quote(long noteId) {
        return quotes.get(noteId);
    }

    String themeName(String slug) {
        return themeNames.getOrDefault(slug, slug);
    }

    List<Document.Reference> list() {
        return List.copyOf(list);
    }

    private int add(Quote quote) {
        int number = list.size() + 1;
        list.add(new Document.Reference(
                number,
                quote.text(),
                quote.workshopTitle(),
                quote.date(),
                themeName(quote.theme()),
                Labels.sector(quote.sector())));
        return number;
    }
}
