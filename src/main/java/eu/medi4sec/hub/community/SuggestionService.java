package eu.medi4sec.hub.community;

import eu.medi4sec.hub.breakout.BreakoutService;
import eu.medi4sec.hub.delegate.DelegateService;
import eu.medi4sec.hub.delegate.DelegateView;
import eu.medi4sec.hub.pattern.PatternInterests;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * People to meet outside one's network: the visible members this member has no introduction with and no
 * block between, ranked by the new ties they would make ({@link Matchmaker}), each with the reason in
 * words. A suggested member's hidden details are not used: a hidden sector counts as unknown.
 */
@ApplicationScoped
class SuggestionService {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 50;

    private final MemberService members;
    private final MemberCards cards;
    private final Blocks blocks;
    private final DelegateService delegates;
    private final BreakoutService breakouts;
    private final PatternInterests patterns;

    SuggestionService(
            MemberService members,
            MemberCards cards,
            Blocks blocks,
            DelegateService delegates,
            BreakoutService breakouts,
            PatternInterests patterns) {
        this.members = members;
        this.cards = cards;
        this.blocks = blocks;
        this.delegates = delegates;
        this.breakouts = breakouts;
        this.patterns = patterns;
    }

    public record SuggestionView(MemberCard member, String reason) {}

    List<SuggestionView> suggestions(long memberId, int limit) {
        CommunityMember me = members.member(memberId);
        Set<Long> excluded = new HashSet<>(blocks.eitherWay(memberId));
        excluded.add(memberId);
        Introduction.<Introduction>list("fromMemberId = ?1 or toMemberId = ?1", memberId)
                .forEach(i -> excluded.add(i.otherThan(memberId)));
        List<CommunityMember> candidates = CommunityMember.<CommunityMember>list("visible = true").stream()
                .filter(m -> !excluded.contains(m.id))
                .toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<CommunityMember> everyone = new ArrayList<>(candidates);
        everyone.add(me);
        Map<Long, Matchmaker.Person> people = people(everyone, me.id);

        List<Matchmaker.Suggestion> ranked = Matchmaker.rank(
                people.get(me.id),
                candidates.stream().map(m -> people.get(m.id)).toList(),
                limit);
        Map<Long, CommunityMember> byId = candidates.stream().collect(Collectors.toMap(m -> m.id, m -> m));
        Map<Long, MemberCard> shown =
                cards.of(ranked.stream().map(s -> byId.get(s.person().id())).toList());
        Map<String, String> names = patterns.published();
        return ranked.stream()
                .map(s -> new SuggestionView(
                        shown.get(s.person().id()),
                        Matchmaker.reason(people.get(me.id).sector(), s, names)))
                .toList();
    }

    /**
     * The members as the ranking sees them, from all their registrations: workshops, breakout groups,
     * interests (profile and tagged notes) and the sector of the latest registration — for others only if
     * they show it; for the member asking, their own.
     */
    private Map<Long, Matchmaker.Person> people(Collection<CommunityMember> everyone, long asking) {
        Map<Long, List<Long>> links =
                members.links(everyone.stream().map(m -> m.id).toList());
        List<Long> allDelegates = links.values().stream().flatMap(List::stream).toList();
        Map<Long, DelegateView> registrations = delegates.byIds(allDelegates);
        Map<Long, BreakoutService.Seat> seats = breakouts.seats(allDelegates);
        Map<Long, Set<String>> noteInterests = patterns.ofNotesBy(allDelegates);

        Map<Long, Matchmaker.Person> people = new HashMap<>();
        for (CommunityMember member : everyone) {
            List<DelegateView> own = links.getOrDefault(member.id, List.of()).stream()
                    .map(registrations::get)
                    .filter(java.util.Objects::nonNull)
                    .sorted(MemberService.NEWEST_FIRST)
                    .toList();
            Set<Long> workshops = own.stream().map(DelegateView::workshopId).collect(Collectors.toSet());
            Set<String> sat = own.stream()
                    .map(d -> seats.get(d.id()))
                    .filter(java.util.Objects::nonNull)
                    .map(seat -> seat.allocationId() + ":" + seat.group())
                    .collect(Collectors.toSet());
            Set<String> interests = new HashSet<>(member.interests());
            own.forEach(d -> interests.addAll(noteInterests.getOrDefault(d.id(), Set.of())));
            boolean sectorKnown = !own.isEmpty() && (member.id == asking || member.showSector);
            people.put(
                    member.id,
                    new Matchmaker.Person(
                            member.id, sectorKnown ? own.get(0).sector() : null, workshops, sat, interests));
        }
        return people;
    }
}
