package eu.medi4sec.hub.community;

import eu.medi4sec.hub.delegate.Sector;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Ranks the people a member could meet by the new ties they would make: someone from another sector,
 * whom they never sat with in a breakout group or even met at a workshop, who cares about the same
 * patterns. Picked one at a time, each pick weighing a sector already in the list a little less, so
 * that the top of the list spans as many sectors as it can. Pure: the service gathers the people and
 * the benchmark ({@code bench/community}) calls it directly.
 */
public final class Matchmaker {

    /** Whether two people met before. */
    public enum Met {
        /** Never at the same workshop. */
        NEVER,
        /** At the same workshop, never in the same breakout group. */
        SAME_WORKSHOP,
        /** In the same breakout group. */
        SAME_GROUP
    }

    /**
     * A person as the ranking sees them.
     *
     * @param sector null when the person does not show it: what is hidden is not used to suggest them
     * @param seats the breakout groups they sat in, each as one key (allocation and group number)
     * @param interests pattern slugs: from the profile and from the patterns their notes were tagged to
     */
    public record Person(long id, Sector sector, Set<Long> workshops, Set<String> seats, Set<String> interests) {}

    /** One suggestion and what makes it a new tie. */
    public record Suggestion(Person person, boolean otherSector, Met met, List<String> sharedInterests, double score) {}

    static final double OTHER_SECTOR = 4;
    static final double NEVER_MET = 2;
    static final double MET_BUT_NOT_IN_A_GROUP = 1;
    static final double PER_SHARED_INTEREST = 1;
    static final int SHARED_INTERESTS_COUNTED = 3;
    /** Taken off for each person of the same sector already picked. */
    static final double SECTOR_ALREADY_PICKED = 1.5;

    private Matchmaker() {}

    /** The best {@code limit} people for {@code me}, best first. */
    public static List<Suggestion> rank(Person me, Collection<Person> candidates, int limit) {
        List<Suggestion> scored = new ArrayList<>();
        for (Person other : candidates) {
            if (other.id() != me.id()) {
                scored.add(score(me, other));
            }
        }
        // A fixed order per member for equal scores, different between members, so that ties do not always
        // favour the oldest members.
        scored.sort((a, b) -> Long.compare(
                mix(me.id(), a.person().id()), mix(me.id(), b.person().id())));
        List<Suggestion> picked = new ArrayList<>();
        Map<Sector, Integer> sectorsPicked = new EnumMap<>(Sector.class);
        int unknownSectorPicked = 0;
        boolean[] taken = new boolean[scored.size()];
        while (picked.size() < limit && picked.size() < scored.size()) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < scored.size(); i++) {
                if (taken[i]) {
                    continue;
                }
                Suggestion s = scored.get(i);
                Sector sector = s.person().sector();
                int already = sector == null ? unknownSectorPicked : sectorsPicked.getOrDefault(sector, 0);
                double value = s.score() - SECTOR_ALREADY_PICKED * already;
                if (value > bestValue) {
                    bestValue = value;
                    best = i;
                }
            }
            taken[best] = true;
            Suggestion chosen = scored.get(best);
            picked.add(chosen);
            if (chosen.person().sector() == null) {
                unknownSectorPicked++;
            } else {
                sectorsPicked.merge(chosen.person().sector(), 1, Integer::sum);
            }
        }
        return picked;
    }

    static Suggestion score(Person me, Person other) {
        boolean otherSector = me.sector() != null && other.sector() != null && me.sector() != other.sector();
        Met met = !Collections.disjoint(me.seats(), other.seats())
                ? Met.SAME_GROUP
                : !Collections.disjoint(me.workshops(), other.workshops()) ? Met.SAME_WORKSHOP : Met.NEVER;
        List<String> shared = new ArrayList<>(new TreeSet<>(me.interests()));
        shared.retainAll(other.interests());
        double score = (otherSector ? OTHER_SECTOR : 0)
                + switch (met) {
                    case NEVER -> NEVER_MET;
                    case SAME_WORKSHOP -> MET_BUT_NOT_IN_A_GROUP;
                    case SAME_GROUP -> 0;
                }
                + PER_SHARED_INTEREST * Math.min(shared.size(), SHARED_INTERESTS_COUNTED);
        return new Suggestion(other, otherSector, met, List.copyOf(shared), score);
    }

    /**
     * Why someone is suggested, in words: "Police → civil society; both interested in Official account as
     * the trusted single source; you have not met at a workshop yet".
     */
    static String reason(Sector mine, Suggestion suggestion, Map<String, String> patternNames) {
        List<String> parts = new ArrayList<>();
        if (suggestion.otherSector()) {
            parts.add(
                    sectorWords(mine) + " → " + sectorWords(suggestion.person().sector()));
        }
        if (!suggestion.sharedInterests().isEmpty()) {
            List<String> names = suggestion.sharedInterests().stream()
                    .map(slug -> patternNames.getOrDefault(slug, slug))
                    .toList();
            parts.add("both interested in " + list(names));
        }
        parts.add(
                switch (suggestion.met()) {
                    case NEVER -> "you have not met at a workshop yet";
                    case SAME_WORKSHOP -> "you were at the same workshop, in other breakout groups";
                    case SAME_GROUP -> "you shared a breakout group";
                });
        String reason = String.join("; ", parts);
        return reason.substring(0, 1).toUpperCase(Locale.ROOT) + reason.substring(1);
    }

    private static final Map<Sector, String> SECTOR_WORDS = sectorWords();

    private static Map<Sector, String> sectorWords() {
        Map<Sector, String> words = new EnumMap<>(Sector.class);
        words.put(Sector.POLICE, "police");
        words.put(Sector.PUBLIC_SECURITY_PLANNER, "security planning");
        words.put(Sector.POLICYMAKER, "policy making");
        words.put(Sector.ACADEMIA, "research");
        words.put(Sector.INDUSTRY, "industry");
        words.put(Sector.CIVIL_SOCIETY, "civil society");
        words.put(Sector.CITIZEN, "citizens");
        words.put(Sector.MEDIA, "media");
        words.put(Sector.OTHER, "another field");
        return words;
    }

    /** A sector in the words of a sentence ("civil society"). */
    public static String sectorWords(Sector sector) {
        return SECTOR_WORDS.getOrDefault(sector, sector.name().toLowerCase(Locale.ROOT));
    }

    private static String list(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        if (names.size() == 2) {
            return names.get(0) + " and " + names.get(1);
        }
        return names.get(0) + ", " + names.get(1) + " and " + (names.size() - 2) + " more";
    }

    /** A well-spread number for a pair (SplitMix64's finaliser). */
    private static long mix(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
