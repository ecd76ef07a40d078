import eu.medi4sec.hub.community.Matchmaker;
import eu.medi4sec.hub.delegate.Sector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The suggestions' top ten against ten members picked at random, for every member of a generated
 * community, and the time one ranking takes. Run with bench/community/run.sh.
 *
 * <p>The community is generated with a fixed seed, shaped like the workshops': a third police, the rest
 * spread over the other eight sectors; each member came to one to three of the workshops and sat in a
 * breakout group of eight at each; each names up to four of 25 patterns and has up to two more from
 * tagged notes, with interests clustered by sector (people of one sector care about similar patterns);
 * 15 % hide their sector, which the ranking then cannot use (the measures use the true sector).
 */
public class SuggestionBenchmark {

    static final int TOP = 10;
    static final int PATTERNS = 25;

    record Member(Matchmaker.Person person, Sector trueSector) {}

    public static void main(String[] args) {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int workshops = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;

        Random random = new Random(2026);
        Sector[] sectors = Sector.values();
        List<Member> community = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            Sector sector = random.nextInt(3) == 0 ? Sector.POLICE : sectors[random.nextInt(sectors.length)];
            Set<Long> came = new HashSet<>();
            int count = 1 + random.nextInt(3);
            while (came.size() < count) {
                came.add((long) random.nextInt(workshops));
            }
            Set<String> interests = new HashSet<>();
            int named = random.nextInt(5) + random.nextInt(3);
            for (int k = 0; k < named; k++) {
                // half of a person's interests come from their sector's usual patterns
                int pattern = random.nextBoolean()
                        ? (sector.ordinal() * 3 + random.nextInt(4)) % PATTERNS
                        : random.nextInt(PATTERNS);
                interests.add("pattern-" + pattern);
            }
            boolean hidden = random.nextInt(100) < 15;
            community.add(new Member(
                    new Matchmaker.Person(i, hidden ? null : sector, came, new HashSet<>(), interests), sector));
        }
        // breakout groups of eight at each workshop, in a random order
        for (int w = 0; w < workshops; w++) {
            List<Integer> room = new ArrayList<>();
            for (Member m : community) {
                if (m.person().workshops().contains((long) w)) {
                    room.add((int) m.person().id());
                }
            }
            java.util.Collections.shuffle(room, random);
            for (int k = 0; k < room.size(); k++) {
                community.get(room.get(k)).person().seats().add(w + ":" + (k / 8));
            }
        }
        List<Matchmaker.Person> people = community.stream().map(Member::person).toList();

        // warm-up
        for (int i = 0; i < 50; i++) {
            Matchmaker.rank(people.get(i), people, TOP);
        }
        Measures ranked = new Measures();
        Measures chance = new Measures();
        long[] nanos = new long[members * rounds];
        int n = 0;
        for (int round = 0; round < rounds; round++) {
            for (Member me : community) {
                long t0 = System.nanoTime();
                List<Matchmaker.Suggestion> top = Matchmaker.rank(me.person(), people, TOP);
                nanos[n++] = System.nanoTime() - t0;
                if (round == 0) {
                    ranked.add(
                            me,
                            top.stream()
                                    .map(s -> community.get((int) s.person().id()))
                                    .toList());
                    for (int draw = 0; draw < 10; draw++) {
                        chance.add(me, randomPick(community, me, random));
                    }
                }
            }
        }
        Arrays.sort(nanos);
        System.out.printf(
                "members=%d workshops=%d java=%s cores=%d%n",
                members,
                workshops,
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(
                "rank one member's top %d: median %.2f ms, p95 %.2f ms, max %.2f ms (%d rankings)%n",
                TOP, nanos[n / 2] / 1e6, nanos[(int) Math.ceil(n * 0.95) - 1] / 1e6, nanos[n - 1] / 1e6, n);
        System.out.println(
                "| measure (mean over every member's top ten) | suggestions | random pick (10 draws each) |");
        System.out.println("|---|---|---|");
        System.out.printf(
                "| sector coverage (distinct sectors ÷ the most ten people can span) | %.3f | %.3f |%n",
                ranked.coverage(), chance.coverage());
        System.out.printf("| distinct sectors | %.2f | %.2f |%n", ranked.sectors(), chance.sectors());
        System.out.printf("| from another sector | %.1f %% | %.1f %% |%n", ranked.share(0), chance.share(0));
        System.out.printf("| never at the same workshop | %.1f %% | %.1f %% |%n", ranked.share(1), chance.share(1));
        System.out.printf(
                "| never in the same breakout group | %.1f %% | %.1f %% |%n", ranked.share(2), chance.share(2));
        System.out.printf("| sharing an interest | %.1f %% | %.1f %% |%n", ranked.share(3), chance.share(3));
    }

    static List<Member> randomPick(List<Member> community, Member me, Random random) {
        Set<Integer> picked = new HashSet<>();
        while (picked.size() < TOP) {
            int i = random.nextInt(community.size());
            if (i != me.person().id()) {
                picked.add(i);
            }
        }
        return picked.stream().map(community::get).toList();
    }

    /** Sums over lists of ten: coverage, distinct sectors, and the share of people with each kind of new tie. */
    static final class Measures {
        double coverage;
        double sectors;
        final long[] ties = new long[4];
        long lists;
        long people;

        void add(Member me, List<Member> top) {
            Set<Sector> seen = new HashSet<>();
            for (Member other : top) {
                seen.add(other.trueSector());
                Matchmaker.Person a = me.person();
                Matchmaker.Person b = other.person();
                if (other.trueSector() != me.trueSector()) {
                    ties[0]++;
                }
                if (java.util.Collections.disjoint(a.workshops(), b.workshops())) {
                    ties[1]++;
                }
                if (java.util.Collections.disjoint(a.seats(), b.seats())) {
                    ties[2]++;
                }
                if (!java.util.Collections.disjoint(a.interests(), b.interests())) {
                    ties[3]++;
                }
            }
            coverage += seen.size() / (double) Math.min(top.size(), Sector.values().length);
            sectors += seen.size();
            lists++;
            people += top.size();
        }

        double coverage() {
            return coverage / lists;
        }

        double sectors() {
            return sectors / lists;
        }

        double share(int tie) {
            return 100.0 * ties[tie] / people;
        }
    }
}
