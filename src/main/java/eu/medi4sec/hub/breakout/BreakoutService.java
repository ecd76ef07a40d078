package eu.medi4sec.hub.breakout;

import eu.medi4sec.hub.common.ProblemException;
import eu.medi4sec.hub.delegate.DelegateService;
import eu.medi4sec.hub.delegate.DelegateView;
import eu.medi4sec.hub.workshop.WorkshopService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Breakout groups that mix networks, kept as a history of who met whom. */
@ApplicationScoped
public class BreakoutService {

    static final int RANDOM_SAMPLES = 30;
    private static final SecureRandom SEEDS = new SecureRandom();

    private final DelegateService delegates;
    private final WorkshopService workshops;

    BreakoutService(DelegateService delegates, WorkshopService workshops) {
        this.delegates = delegates;
        this.workshops = workshops;
    }

    /** Splits the workshop's participants (checked-in delegates, or all registered before anyone checks in). */
    @Transactional
    public AllocationView allocate(long workshopId, BreakoutRequests.Allocate request) {
        List<DelegateView> participants = delegates.participants(workshopId);
        if ((request.groups() == null) == (request.size() == null)) {
            throw ProblemException.invalid(
                    "groups", "Give either the number of groups or the size of each group, not both.");
        }
        if (participants.size() < 2) {
            throw ProblemException.conflict("Breakout groups need at least two registered delegates; this workshop has "
                    + participants.size() + ".");
        }
        int groups = request.groups() != null
                ? request.groups()
                : (int) Math.ceil(participants.size() / (double) request.size());
        if (groups > participants.size()) {
            throw ProblemException.invalid(
                    "groups",
                    "There are only " + participants.size() + " delegates to split into " + groups + " groups.");
        }
        long seed = request.seed() != null ? request.seed() : SEEDS.nextLong() >>> 16;
        List<Allocator.Person> people =
                participants.stream().map(BreakoutService::person).toList();
        Map<Long, Integer> groupOf = Allocator.allocate(people, groups, seed, metBefore(workshopId, people));

        BreakoutAllocation.update("current = false where workshopId = ?1 and current = true", workshopId);
        BreakoutAllocation allocation = new BreakoutAllocation();
        allocation.workshopId = workshopId;
        allocation.seed = seed;
        allocation.groupCount = groups;
        allocation.persist();
        for (Allocator.Person p : people) {
            BreakoutMember member = new BreakoutMember();
            member.allocationId = allocation.id;
            member.delegateId = p.id();
            member.personKey = p.personKey();
            member.groupNumber = groupOf.get(p.id());
            member.persist();
        }
        return view(allocation, participants);
    }

    /** The current groups, or empty before the first allocation; an unknown workshop is 404. */
    public java.util.Optional<AllocationView> current(long workshopId) {
        workshops.get(workshopId);
        return BreakoutAllocation.<BreakoutAllocation>find("workshopId = ?1 and current = true", workshopId)
                .firstResultOptional()
                .map(allocation -> view(
                        allocation,
                        delegates.list(workshopId, java.util.Optional.empty(), java.util.Optional.empty())));
    }

    /** An organiser moves one delegate by hand; the score is worked out again. */
    @Transactional
    public AllocationView move(long workshopId, long allocationId, long delegateId, int group) {
        BreakoutAllocation allocation = BreakoutAllocation.<BreakoutAllocation>find(
                        "id = ?1 and workshopId = ?2", allocationId, workshopId)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(
                        "Workshop " + workshopId + " has no allocation " + allocationId + "."));
        if (group > allocation.groupCount) {
            throw ProblemException.invalid("group", "This allocation has groups 1 to " + allocation.groupCount + ".");
        }
        BreakoutMember member = BreakoutMember.<BreakoutMember>find(
                        "allocationId = ?1 and delegateId = ?2", allocationId, delegateId)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(
                        "Delegate " + delegateId + " is not in allocation " + allocationId + "."));
        member.groupNumber = group;
        return view(allocation, delegates.list(workshopId, java.util.Optional.empty(), java.util.Optional.empty()));
    }

    private AllocationView view(BreakoutAllocation allocation, List<DelegateView> known) {
        Map<Long, DelegateView> byId = known.stream().collect(Collectors.toMap(DelegateView::id, Function.identity()));
        List<BreakoutMember> members =
                BreakoutMember.list("allocationId", Sort.by("groupNumber").and("delegateId"), allocation.id);
        List<Allocator.Person> people = members.stream()
                .filter(m -> byId.containsKey(m.delegateId))
                .map(m -> person(byId.get(m.delegateId)))
                .toList();
        Map<Long, Integer> groupOf = members.stream().collect(Collectors.toMap(m -> m.delegateId, m -> m.groupNumber));
        Set<Allocator.Pair> met = metBefore(allocation.workshopId, people);
        Allocator.Score score = Allocator.score(people, groupOf, met);
        Allocator.Score random =
                Allocator.randomBaseline(people, allocation.groupCount, allocation.seed, met, RANDOM_SAMPLES);

        Map<Integer, List<AllocationView.Member>> grouped = new HashMap<>();
        for (int g = 1; g <= allocation.groupCount; g++) {
            grouped.put(g, new java.util.ArrayList<>());
        }
        for (BreakoutMember m : members) {
            DelegateView d = byId.get(m.delegateId);
            if (d != null) {
                grouped.get(m.groupNumber)
                        .add(new AllocationView.Member(d.id(), d.name(), d.sector(), d.organisation()));
            }
        }
        List<AllocationView.Group> groups = grouped.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new AllocationView.Group(
                        e.getKey(),
                        e.getValue().stream()
                                .sorted(Comparator.comparing(AllocationView.Member::name))
                                .toList()))
                .toList();
        return new AllocationView(
                allocation.id,
                allocation.workshopId,
                allocation.seed,
                allocation.createdAt,
                groups,
                new AllocationView.ScoreView(
                        score.sectorCoverage(),
                        score.sameOrganisationPairs(),
                        score.repeatedPairs(),
                        score.newCrossSectorPairs(),
                        random));
    }

    /** A delegate's place in their workshop's current breakout groups: two delegates with equal seats met there. */
    public record Seat(long allocationId, int group) {}

    /** The current group of each of these delegates (those in no current allocation are left out). */
    public Map<Long, Seat> seats(java.util.Collection<Long> delegateIds) {
        if (delegateIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = BreakoutMember.getEntityManager()
                .createQuery("""
                select m.delegateId, m.allocationId, m.groupNumber from BreakoutMember m, BreakoutAllocation a
                where a.id = m.allocationId and a.current = true and m.delegateId in :delegates""")
                .setParameter("delegates", delegateIds)
                .getResultList();
        Map<Long, Seat> seats = new HashMap<>();
        for (Object[] row : rows) {
            seats.put(
                    ((Number) row[0]).longValue(),
                    new Seat(((Number) row[1]).longValue(), ((Number) row[2]).intValue()));
        }
        return seats;
    }

    /** Pairs of these people who shared a group in the current allocation of another workshop. */
    private Set<Allocator.Pair> metBefore(long workshopId, List<Allocator.Person> people) {
        Set<String> keys = people.stream().map(Allocator.Person::personKey).collect(Collectors.toSet());
        if (keys.size() < 2) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = BreakoutMember.getEntityManager()
                .createQuery("""
                select m1.personKey, m2.personKey from BreakoutMember m1, BreakoutMember m2, BreakoutAllocation a
                where m1.allocationId = m2.allocationId and m1.groupNumber = m2.groupNumber
                  and m1.personKey < m2.personKey and a.id = m1.allocationId and a.current = true
                  and a.workshopId <> :workshop and m1.personKey in :keys and m2.personKey in :keys""")
                .setParameter("workshop", workshopId)
                .setParameter("keys", keys)
                .getResultList();
        Set<Allocator.Pair> met = new HashSet<>();
        for (Object[] row : rows) {
            met.add(Allocator.Pair.of((String) row[0], (String) row[1]));
        }
        return met;
    }

    private static Allocator.Person person(DelegateView d) {
        return new Allocator.Person(d.id(), d.sector().name(), d.organisation(), personKey(d.email()));
    }

    static String personKey(String email) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(email.trim()
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
