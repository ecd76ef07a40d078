import eu.medi4sec.hub.breakout.Allocator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Allocation time for 300 delegates in 30 groups, and how the groups mix compared with random splits
 * of the same people. Run with bench/breakouts/run.sh.
 */
public class AllocatorBenchmark {

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

    public static void main(String[] args) {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int groups = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 21;

        Random random = new Random(2026);
        List<Allocator.Person> room = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            // a police-heavy room, as these workshops are, with colleagues from 60 organisations
            String sector = random.nextInt(3) == 0 ? "POLICE" : SECTORS[random.nextInt(SECTORS.length)];
            room.add(new Allocator.Person(
                    i + 1, sector, sector + " organisation " + random.nextInt(60 / 9 + 1), "person-" + i));
        }
        // half of them met in groups of ten at an earlier workshop
        Set<Allocator.Pair> met = new HashSet<>();
        for (int start = 0; start < people / 2; start += 10) {
            for (int a = start; a < start + 10 && a < people / 2; a++) {
                for (int b = a + 1; b < start + 10 && b < people / 2; b++) {
                    met.add(Allocator.Pair.of("person-" + a, "person-" + b));
                }
            }
        }

        for (int warm = 0; warm < 5; warm++) {
            Allocator.allocate(room, groups, warm, met);
        }
        long[] allocateMs = new long[runs];
        long[] withScoreMs = new long[runs];
        Map<Long, Integer> last = null;
        for (int run = 0; run < runs; run++) {
            long t0 = System.nanoTime();
            last = Allocator.allocate(room, groups, 1000 + run, met);
            long t1 = System.nanoTime();
            Allocator.score(room, last, met);
            Allocator.randomBaseline(room, groups, 1000 + run, met, 30);
            long t2 = System.nanoTime();
            allocateMs[run] = (t1 - t0) / 1_000_000;
            withScoreMs[run] = (t2 - t0) / 1_000_000;
        }
        Arrays.sort(allocateMs);
        Arrays.sort(withScoreMs);
        Allocator.Score mixed = Allocator.score(room, last, met);
        Allocator.Score chance = Allocator.randomBaseline(room, groups, 7, met, 100);

        System.out.printf(
                "people=%d groups=%d runs=%d java=%s cores=%d%n",
                people,
                groups,
                runs,
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(
                "allocate ms: median %d, p95 %d, max %d%n",
                allocateMs[runs / 2], allocateMs[(int) Math.ceil(runs * 0.95) - 1], allocateMs[runs - 1]);
        System.out.printf(
                "allocate + score + 30 random baselines ms: median %d, max %d%n",
                withScoreMs[runs / 2], withScoreMs[runs - 1]);
        System.out.println("| measure | allocator | random (mean of 100) |");
        System.out.println("|---|---|---|");
        System.out.printf("| sector coverage | %.3f | %.3f |%n", mixed.sectorCoverage(), chance.sectorCoverage());
        System.out.printf(
                "| same-organisation pairs | %d | %d |%n",
                mixed.sameOrganisationPairs(), chance.sameOrganisationPairs());
        System.out.printf("| repeated pairs (met before) | %d | %d |%n", mixed.repeatedPairs(), chance.repeatedPairs());
        System.out.printf(
                "| new cross-sector pairs | %d | %d |%n", mixed.newCrossSectorPairs(), chance.newCrossSectorPairs());
    }
}
