package eu.medi4sec.hub.breakout;

import eu.medi4sec.hub.delegate.Sector;
import java.time.Instant;
import java.util.List;

/** An allocation with its groups and how well it mixes, next to a random split of the same people. */
public record AllocationView(
        long id, long workshopId, long seed, Instant createdAt, List<Group> groups, ScoreView score) {

    public record Member(long id, String name, Sector sector, String organisation) {}

    public record Group(int number, List<Member> delegates) {}

    public record ScoreView(
            double sectorCoverage,
            long sameOrganisationPairs,
            long repeatedPairs,
            long newCrossSectorPairs,
            Allocator.Score random) {}
}
