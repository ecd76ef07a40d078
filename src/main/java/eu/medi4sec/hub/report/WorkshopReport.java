package eu.medi4sec.hub.report;

import java.util.List;

/**
 * A workshop's report as its three formats print it, worked out once by {@link WorkshopReportService}:
 * every count already shown by the small-count rule, every quote already redacted and attributed, every
 * empty section an empty list. The templates only lay it out.
 *
 * @param when the workshop's dates and times, in its own time zone
 * @param timeZone the zone every time in the report is given in, with its UTC offset
 * @param place the venue, "online", or both
 * @param withheld "3 notes withheld (sensitivity)", or null when none is
 * @param mixing the current breakout groups against random splits, or null before the first allocation
 */
record WorkshopReport(
        String title,
        String fileStem,
        String theme,
        String when,
        String timeZone,
        String place,
        String attribution,
        String authorRule,
        String status,
        String generatedAt,
        Attendance attendance,
        List<SessionPart> sessions,
        String withheld,
        List<LessonPart> lessons,
        List<Reference> references,
        List<Touched> patterns,
        List<Touched> technologies,
        Mixing mixing) {

    /**
     * Who came, by sector and by country. Each count is text: under three it reads "fewer than 3".
     *
     * @param anyone whether anyone registered at all
     */
    record Attendance(
            boolean anyone,
            String registered,
            String checkedIn,
            List<CountRow> bySector,
            List<CountRow> byCountry,
            boolean anyWithheld) {}

    record CountRow(String label, String registered, String checkedIn) {}

    /** One agenda item with its prompt and its visible notes, by kind. */
    record SessionPart(String title, String when, String prompt, List<KindGroup> kinds, String withheld) {}

    record KindGroup(String kind, List<NoteLine> notes) {}

    /** A note as the report quotes it: redacted, with its votes and the author as the attribution rule allows. */
    record NoteLine(String text, String votes, String author) {}

    /** A lesson with its supporting notes as numbered references ("[1], [4]"). */
    record LessonPart(String title, String statement, String type, String status, String references) {}

    /** A numbered supporting note: the quote and where it comes from, or why it is withheld. */
    record Reference(int number, String text, String source, boolean withheld) {}

    /** A pattern (or technology) the workshop's notes and lessons were tagged to, with the stances. */
    record Touched(String name, String slug, long supports, long contradicts) {}

    /** How well the current breakout groups mix, next to the mean of random splits of the same people. */
    record Mixing(String groups, String people, List<MixRow> rows) {}

    record MixRow(String measure, String groups, String random) {}
}
