package eu.medi4sec.hub.pattern;

import java.util.List;

/**
 * A published pattern as the public guide shows it: the text meant to be read and discussed, its themes,
 * its relations to other published patterns, and its evidence as counts. Nothing about who edited it,
 * its versions, or the notes behind the counts.
 */
record PublicPatternView(
        String slug,
        String name,
        String summary,
        String context,
        String problem,
        String forces,
        String solution,
        String consequences,
        String examples,
        String roles,
        List<String> themes,
        List<Relation> relations,
        Evidence evidence) {

    /** A relation to another published pattern, as seen from this one ("this PRECEDES that": OUTGOING). */
    record Relation(RelationType type, String direction, String slug, String name) {}

    /**
     * How many publishable notes support or contradict the pattern, in all and by the theme of their
     * workshop and the sector of their author (UNDISCLOSED where the workshop's attribution rule hides it).
     */
    record Evidence(long supports, long contradicts, List<Count> byTheme, List<Count> bySector) {}

    record Count(String key, long supports, long contradicts) {}

    /** A pattern in the guide's list: enough to choose one, with its evidence in all. */
    record Summary(String slug, String name, String summary, List<String> themes, long supports, long contradicts) {}
}
