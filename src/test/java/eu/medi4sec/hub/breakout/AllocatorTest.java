package eu.medi4sec.hub.breakout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AllocatorTest {

    static final String[] SECTORS = {
        "POLICE",
        "PUBLIC_SECURITY_PLANNER",
        "POLICYMAKER",
        "ACADEMIA",
        "INDUSTRY",
        "CIVIL_SOCIETY",
        "CITIZEN",
        "MEDIA",
        "OTHER"
    };

    /** A room like a real workshop: police-heavy, with colleagues from the same organisations. */
    static List<Allocator.Person> aRoom(int n, long seed) {
        Random random = new Random(seed);
        List<Allocator.Person> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String sector = random.nextInt(3) == 0 ? "POLICE" : SECTORS[random.nextInt(SECTORS.length)];
            people.add(new Allocator.Person(
                    i + 1, sector, sector + " org " + random.nextInt(Math.max(1, n / 10)), "person-" + i));
        }
        return people;
    }

    @Test
    void theSamePeopleAndSeedGiveTheSameGroupsWhateverTheirOrder() {
        List<Allocator.Person> people = aRoom(60, 1);
        List<Allocator.Person> shuffled = new ArrayList<>(people);
        Collections.shuffle(shuffled, new Random(99));
        assertEquals(Allocator.allocate(people, 6, 42, Set.of()), Allocator.allocate(shuffled, 6, 42, Set.of()));
    }

    @Test
    void groupSizesDifferByAtMostOne() {
        Map<Long, Integer> groups = Allocator.allocate(aRoom(47, 2), 5, 7, Set.of());
        int[] sizes = new int[5];
        groups.values().forEach(g -> sizes[g - 1]++);
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int size : sizes) {
            min = Math.min(min, size);
            max = Math.max(max, size);
        }
        assertTrue(max - min <= 1, java.util.Arrays.toString(sizes));
    }

    @Test
    void itMixesBetterThanChance() {
        List<Allocator.Person> people = aRoom(120, 3);
        Allocator.Score mixed = Allocator.score(people, Allocator.allocate(people, 12, 5, Set.of()), Set.of());
        Allocator.Score random = Allocator.randomBaseline(people, 12, 5, Set.of(), 30);
        assertTrue(mixed.sectorCoverage() > random.sectorCoverage(), mixed + " vs " + random);
        assertTrue(mixed.sameOrganisationPairs() < random.sameOrganisationPairs(), mixed + " vs " + random);
        assertTrue(mixed.newCrossSectorPairs() > random.newCrossSectorPairs(), mixed + " vs " + random);
    }

    @Test
    void colleaguesAreSplitWhenTheyCanBe() {
        List<Allocator.Person> people = List.of(
                new Allocator.Person(1, "POLICE", "Rotterdam Police", "a"),
                new Allocator.Person(2, "POLICE", "rotterdam police ", "b"),
                new Allocator.Person(3, "ACADEMIA", "Warwick", "c"),
                new Allocator.Person(4, "MEDIA", "BBC", "d"));
        Map<Long, Integer> groups = Allocator.allocate(people, 2, 11, Set.of());
        assertTrue(!groups.get(1L).equals(groups.get(2L)), groups.toString());
    }

    @Test
    void peopleWhoMetBeforeAreSplitWhenTheyCanBe() {
        List<Allocator.Person> people = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            people.add(new Allocator.Person(i + 1, "POLICE", "Org " + i, "p" + i));
        }
        Set<Allocator.Pair> met = new HashSet<>();
        for (int i = 0; i < 8; i += 2) {
            met.add(Allocator.Pair.of("p" + i, "p" + (i + 1)));
        }
        Map<Long, Integer> groups = Allocator.allocate(people, 2, 3, met);
        assertEquals(0, Allocator.score(people, groups, met).repeatedPairs(), groups.toString());
    }
}
