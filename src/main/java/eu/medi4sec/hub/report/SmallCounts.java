package eu.medi4sec.hub.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Counts of people as the report prints them. A count under {@value #THRESHOLD} could point at a person
 * ("the one journalist"), so it is printed as "fewer than 3", never as the number. Where exactly one
 * count of a column is that small and the column's total is printed, the small one could be worked out
 * by subtraction; the next smallest count of the column is then withheld as well.
 */
final class SmallCounts {

    static final int THRESHOLD = 3;
    static final String FEWER = "fewer than " + THRESHOLD;
    static final String WITHHELD = "withheld";

    private SmallCounts() {}

    /** One count on its own (a total): the number, or "fewer than 3". */
    static String shown(long count) {
        return count < THRESHOLD ? FEWER : String.format(Locale.ENGLISH, "%,d", count);
    }

    /** The cells of one column whose total is printed, in the order given. */
    static List<String> column(List<Long> counts) {
        List<String> cells =
                new ArrayList<>(counts.stream().map(SmallCounts::shown).toList());
        long total = counts.stream().mapToLong(Long::longValue).sum();
        long small = counts.stream().filter(c -> c < THRESHOLD).count();
        if (small == 1 && total >= THRESHOLD && counts.size() > 1) {
            int next = -1;
            for (int i = 0; i < counts.size(); i++) {
                if (counts.get(i) >= THRESHOLD && (next < 0 || counts.get(i) < counts.get(next))) {
                    next = i;
                }
            }
            cells.set(next, WITHHELD);
        }
        return cells;
    }

    /** Whether {@link #column} withheld a count that was not small itself. */
    static boolean withheldAny(List<String> cells) {
        return cells.contains(WITHHELD);
    }
}
