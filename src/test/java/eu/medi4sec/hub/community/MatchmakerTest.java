package eu.medi4sec.hub.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.medi4sec.hub.delegate.Sector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The ranking on its own: new ties first, and the top of the list spread over sectors. */
class MatchmakerTest {

    private static Matchmaker.Person police(long id, Set<Long> workshops, Set<String> seats, Set<String> interests) {
        return new Matchmaker.Person(id, Sector.POLICE, workshops, seats, interests);
    }

    private static Matchmaker.Person person(long id, Sector sector, long workshop, String seat, String... interests) {
        return new Matchmaker.Person(
                id, sector, Set.of(workshop), seat == null ? Set.of() : Set.of(seat), Set.of(interests));
    }

    @Test
    void anotherSectorNeverMetAndSharedInterestsRankFirst() {
        Matchmaker.Person me = police(1, Set.of(10L), Set.of("5:1"), Set.of("rumours", "trolls"));
        List<Matchmaker.Person> others = List.of(
                person(2, Sector.POLICE, 10, "5:1", "rumours"), // my own sector, my own group
                person(3, Sector.ACADEMIA, 10, "5:2"), // met at my workshop, nothing shared
                person(4, Sector.CIVIL_SOCIETY, 11, null, "rumours", "trolls"), // a new tie
                person(5, Sector.MEDIA, 12, null)); // new, nothing shared

        List<Matchmaker.Suggestion> ranked = Matchmaker.rank(me, others, 10);

        assertEquals(List.of(4L, 5L, 3L, 2L), ids(ranked));
        assertEquals(
                "Police → civil society; both interested in Rumour control and Trolls; you have not met at a workshop yet",
                Matchmaker.reason(
                        Sector.POLICE, ranked.get(0), Map.of("rumours", "Rumour control", "trolls", "Trolls")));
        assertEquals(Matchmaker.Met.SAME_GROUP, ranked.get(3).met());
        assertEquals(
                "Both interested in rumours; you shared a breakout group",
                Matchmaker.reason(Sector.POLICE, ranked.get(3), Map.of()));
        assertEquals(
                "Police → research; you were at the same workshop, in other breakout groups",
                Matchmaker.reason(Sector.POLICE, ranked.get(2), Map.of()));
    }

    @Test
    void aHiddenSectorIsNeitherRewardedNorNamed() {
        Matchmaker.Person me = police(1, Set.of(10L), Set.of(), Set.of());
        Matchmaker.Person hidden = new Matchmaker.Person(2, null, Set.of(11L), Set.of(), Set.of());
        Matchmaker.Suggestion suggestion =
                Matchmaker.rank(me, List.of(hidden), 10).get(0);
        assertEquals("You have not met at a workshop yet", Matchmaker.reason(Sector.POLICE, suggestion, Map.of()));
    }

    @Test
    void theTopTenSpanMoreSectorsThanTheScoresAlone() {
        Matchmaker.Person me = police(0, Set.of(), Set.of(), Set.of("x"));
        List<Matchmaker.Person> others = new ArrayList<>();
        // twenty researchers who share my interest, and one person of each other sector who does not
        for (int i = 1; i <= 20; i++) {
            others.add(person(i, Sector.ACADEMIA, 1, null, "x"));
        }
        long id = 100;
        for (Sector sector : Sector.values()) {
            if (sector != Sector.POLICE && sector != Sector.ACADEMIA) {
                others.add(person(id++, sector, 1, null));
            }
        }
        List<Matchmaker.Suggestion> top = Matchmaker.rank(me, others, 10);
        Set<Sector> sectors = new HashSet<>();
        top.forEach(s -> sectors.add(s.person().sector()));
        assertEquals(10, top.size());
        assertTrue(sectors.size() >= 7, "sectors in the top ten: " + sectors);
        assertEquals(Sector.ACADEMIA, top.get(0).person().sector(), "the strongest tie still comes first");
    }

    private static List<Long> ids(List<Matchmaker.Suggestion> ranked) {
        return ranked.stream().map(s -> s.person().id()).toList();
    }
}
