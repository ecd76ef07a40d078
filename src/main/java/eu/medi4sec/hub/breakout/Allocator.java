package eu.medi4sec.hub.breakout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Splits people into breakout groups that mix networks: each group spans as many sectors as it can,
 * colleagues from one organisation are split, and pairs who already met at an earlier workshop are
 * split. Deterministic: the same people (in any order) and seed give the same groups.
 *
 * <p>It deals people sector by sector round the groups (a snake draft), then improves the result with
 * seeded random swaps that lower the cost; group sizes differ by at most one.
 */
public final class Allocator {

    /** One person to place; {@code personKey} identifies them across workshops. */
    public record Person(long id, String sector, String organisation, String personKey) {}

    /** Two people who shared a group before, by person key (in either order). */
    public record Pair(String a, String b) {
        public static Pair of(String x, String y) {
            return x.compareTo(y) <= 0 ? new Pair(x, y) : new Pair(y, x);
        }
    }

    public record Score(
            double sectorCoverage, long sameOrganisationPairs, long repeatedPairs, long newCrossSectorPairs) {}

    static final int SECTOR_WEIGHT = 10;
    static final int ORGANISATION_WEIGHT = 8;
    static final int REPEAT_WEIGHT = 5;
    static final int SWAPS_PER_PERSON = 400;

    private Allocator() {}

    /** Answers, for each person (in the given order), the group number from 1 to {@code groups}. */
    public static Map<Long, Integer> allocate(List<Person> people, int groups, long seed, Set<Pair> met) {
        Problem problem = new Problem(people, met);
        int n = problem.size();
        Random random = new Random(seed);
        int[] group = problem.deal(groups, random);
        if (n > 1 && groups > 1) {
            problem.improve(group, groups, random, (long) SWAPS_PER_PERSON * n);
        }
        Map<Long, Integer> result = new HashMap<>();
        for (int i = 0; i < n; i++) {
            result.put(problem.people.get(i).id(), group[i] + 1);
        }
        return result;
    }

    /** A uniformly random split into the same group sizes, for comparison. */
    public static Map<Long, Integer> randomly(List<Person> people, int groups, Random random) {
        List<Person> shuffled = new ArrayList<>(sorted(people));
        java.util.Collections.shuffle(shuffled, random);
        Map<Long, Integer> result = new HashMap<>();
        for (int i = 0; i < shuffled.size(); i++) {
            result.put(shuffled.get(i).id(), i % groups + 1);
        }
        return result;
    }

    public static Score score(List<Person> people, Map<Long, Integer> groupOf, Set<Pair> met) {
        Map<Integer, List<Person>> groups = new HashMap<>();
        for (Person p : people) {
            groups.computeIfAbsent(groupOf.get(p.id()), g -> new ArrayList<>()).add(p);
        }
        long distinctSectors = people.stream().map(Person::sector).distinct().count();
        double coverage = 0;
        long sameOrganisation = 0;
        long repeated = 0;
        long newCrossSector = 0;
        for (List<Person> members : groups.values()) {
            long sectors = members.stream().map(Person::sector).distinct().count();
            coverage += (double) sectors / Math.max(1, Math.min(members.size(), distinctSectors));
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    Person a = members.get(i);
                    Person b = members.get(j);
                    boolean metBefore = met.contains(Pair.of(a.personKey(), b.personKey()));
                    if (sameOrganisation(a, b)) {
                        sameOrganisation++;
                    }
                    if (metBefore) {
                        repeated++;
                    } else if (!a.sector().equals(b.sector())) {
                        newCrossSector++;
                    }
                }
            }
        }
        return new Score(
                groups.isEmpty() ? 0 : round(coverage / groups.size()), sameOrganisation, repeated, newCrossSector);
    }

    /** The mean score of {@code samples} random splits, seeded so that it is reproducible. */
    public static Score randomBaseline(List<Person> people, int groups, long seed, Set<Pair> met, int samples) {
        Random random = new Random(seed ^ 0x5DEECE66DL);
        double coverage = 0;
        double sameOrganisation = 0;
        double repeated = 0;
        double newCrossSector = 0;
        for (int s = 0; s < samples; s++) {
            Score score = score(people, randomly(people, groups, random), met);
            coverage += score.sectorCoverage();
            sameOrganisation += score.sameOrganisationPairs();
            repeated += score.repeatedPairs();
            newCrossSector += score.newCrossSectorPairs();
        }
        return new Score(
                round(coverage / samples),
                Math.round(sameOrganisation / samples),
                Math.round(repeated / samples),
                Math.round(newCrossSector / samples));
    }

    private static boolean sameOrganisation(Person a, Person b) {
        return normal(a.organisation()).equals(normal(b.organisation()));
    }

    private static String normal(String organisation) {
        return organisation == null ? "" : organisation.trim().toLowerCase(java.util.Locale.ROOT);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static List<Person> sorted(List<Person> people) {
        return people.stream().sorted(Comparator.comparingLong(Person::id)).toList();
    }

    /** The people as small integers, so that a swap costs a few array reads. */
    private static final class Problem {
        final List<Person> people;
        final int[] sector;
        final int[] organisation;
        /** Pairs (i * n + j, i < j) who met before. */
        final Set<Long> met = new java.util.HashSet<>();

        Problem(List<Person> input, Set<Pair> metPairs) {
            people = sorted(input);
            int n = people.size();
            sector = new int[n];
            organisation = new int[n];
            Map<String, Integer> sectors = new HashMap<>();
            Map<String, Integer> organisations = new HashMap<>();
            for (int i = 0; i < n; i++) {
                sector[i] = sectors.computeIfAbsent(people.get(i).sector(), s -> sectors.size());
                organisation[i] =
                        organisations.computeIfAbsent(normal(people.get(i).organisation()), o -> organisations.size());
            }
            if (!metPairs.isEmpty()) {
                Map<String, Integer> index = new HashMap<>();
                for (int i = 0; i < n; i++) {
                    index.put(people.get(i).personKey(), i);
                }
                for (Pair pair : metPairs) {
                    Integer a = index.get(pair.a());
                    Integer b = index.get(pair.b());
                    if (a != null && b != null) {
                        met.add(key(a, b));
                    }
                }
            }
        }

        int size() {
            return people.size();
        }

        private long key(int i, int j) {
            return i < j ? (long) i * size() + j : (long) j * size() + i;
        }

        /** Sector by sector (shuffled within each), dealt round the groups like cards. */
        int[] deal(int groups, Random random) {
            int n = size();
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            java.util.Collections.shuffle(Arrays.asList(order), random);
            int[] sectorSize = new int[n];
            for (int i = 0; i < n; i++) {
                sectorSize[sector[i]]++;
            }
            // largest sectors first, so that the small ones fill the gaps evenly
            Arrays.sort(
                    order,
                    Comparator.<Integer>comparingInt(i -> -sectorSize[sector[i]])
                            .thenComparingInt(i -> sector[i]));
            int[] group = new int[n];
            for (int k = 0; k < n; k++) {
                group[order[k]] = k % groups;
            }
            return group;
        }

        /** Seeded random swaps between groups, kept when they lower the cost. */
        void improve(int[] group, int groups, Random random, long attempts) {
            int n = size();
            List<List<Integer>> members = new ArrayList<>();
            for (int g = 0; g < groups; g++) {
                members.add(new ArrayList<>());
            }
            for (int i = 0; i < n; i++) {
                members.get(group[i]).add(i);
            }
            for (long attempt = 0; attempt < attempts; attempt++) {
                int a = random.nextInt(n);
                int b = random.nextInt(n);
                int ga = group[a];
                int gb = group[b];
                if (ga == gb) {
                    continue;
                }
                List<Integer> left = members.get(ga);
                List<Integer> right = members.get(gb);
                int before = cost(left) + cost(right);
                swap(left, a, b);
                swap(right, b, a);
                int after = cost(left) + cost(right);
                if (after < before) {
                    group[a] = gb;
                    group[b] = ga;
                } else {
                    swap(left, b, a);
                    swap(right, a, b);
                }
            }
        }

        private static void swap(List<Integer> members, int out, int in) {
            members.set(members.indexOf(out), in);
        }

        int cost(List<Integer> members) {
            int sectorMask = 0;
            int sameOrganisation = 0;
            int repeated = 0;
            for (int x = 0; x < members.size(); x++) {
                int i = members.get(x);
                sectorMask |= 1 << Math.min(sector[i], 30);
                for (int y = x + 1; y < members.size(); y++) {
                    int j = members.get(y);
                    if (organisation[i] == organisation[j]) {
                        sameOrganisation++;
                    }
                    if (!met.isEmpty() && met.contains(key(i, j))) {
                        repeated++;
                    }
                }
            }
            return -SECTOR_WEIGHT * Integer.bitCount(sectorMask)
                    + ORGANISATION_WEIGHT * sameOrganisation
                    + REPEAT_WEIGHT * repeated;
        }
    }
}
