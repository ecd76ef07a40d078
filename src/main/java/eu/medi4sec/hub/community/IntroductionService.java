package eu.medi4sec.hub.community;

import eu.medi4sec.hub.common.ProblemException;
import eu.medi4sec.hub.common.Times;
import eu.medi4sec.hub.delegate.DelegateView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Introductions with double opt-in: a visible member asks, the other accepts or declines, and only an
 * accepted introduction shows each side the other's contact. Nobody but the two ever sees a request.
 */
@ApplicationScoped
class IntroductionService {

    private final MemberService members;
    private final MemberCards cards;
    private final Blocks blocks;
    private final CommunityLetters letters;
    private final CommunityConfig config;
    private final Clock clock;

    IntroductionService(
            MemberService members,
            MemberCards cards,
            Blocks blocks,
            CommunityLetters letters,
            CommunityConfig config,
            Clock clock) {
        this.members = members;
        this.cards = cards;
        this.blocks = blocks;
        this.letters = letters;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    IntroductionView ask(long memberId, CommunityRequests.NewIntroduction request) {
        long to = request.to();
        if (to == memberId) {
            throw ProblemException.invalid("to", "You cannot ask to be introduced to yourself.");
        }
        // Both members' rows are locked, lower id first: one member's requests are decided one at a time
        // (the limit on open requests holds), and so are two members asking each other at once.
        Map<Long, Optional<CommunityMember>> locked = new HashMap<>();
        for (long id : new long[] {Math.min(memberId, to), Math.max(memberId, to)}) {
            locked.put(id, CommunityMember.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE));
        }
        CommunityMember me = locked.get(memberId)
                .orElseThrow(() -> ProblemException.notFound("There is no community member " + memberId + "."));
        CommunityMember other = locked.get(to)
                .filter(m -> m.visible && !blocks.between(memberId, to))
                .orElseThrow(() -> ProblemException.notFound("There is no member " + to + " in the directory."));
        if (!me.visible) {
            throw ProblemException.conflict(
                    "Make your profile visible in the directory before asking for an introduction: the other person should see who is asking.");
        }
        if (me.contact == null) {
            throw ProblemException.conflict(
                    "Say in your profile how you can be reached before asking for an introduction: it is what the other person gets if they accept.");
        }
        Optional<Introduction> earlier = between(memberId, to);
        if (earlier.isPresent()) {
            throw ProblemException.conflict(alreadyAsked(earlier.get(), memberId));
        }
        long open = Introduction.count("fromMemberId = ?1 and status = ?2", memberId, IntroductionStatus.PENDING);
        if (open >= config.maxPendingIntroductions()) {
            throw ProblemException.conflict(
                    "You have " + open
                            + " requests waiting for an answer, the most you can have at once. Ask again once some of them have been answered.");
        }
        Introduction introduction =
                Introduction.ask(memberId, to, request.message() == null ? "" : request.message(), Times.now(clock));
        introduction.persist();
        Map<Long, DelegateView> latest = members.latestRegistrations(List.of(memberId, to));
        if (latest.containsKey(to)) {
            letters.asked(latest.get(to), MemberCard.of(me, latest.get(memberId)), introduction.message);
        }
        return IntroductionView.of(introduction, memberId, other, MemberCard.of(other, latest.get(to)));
    }

    private static String alreadyAsked(Introduction earlier, long memberId) {
        return switch (earlier.status) {
            case PENDING ->
                earlier.fromMemberId == memberId
                        ? "You have already asked to be introduced to this member; they have not answered yet."
                        : "This member has already asked to be introduced to you: answer their request in your introductions.";
            case ACCEPTED -> "You have already been introduced to this member.";
            case DECLINED -> "An introduction between you and this member was declined, so it cannot be asked again.";
        };
    }

    private static Optional<Introduction> between(long a, long b) {
        return Introduction.<Introduction>find(
                        "(fromMemberId = ?1 and toMemberId = ?2) or (fromMemberId = ?2 and toMemberId = ?1)", a, b)
                .firstResultOptional();
    }

    /** This member's introductions, both ways, newest first. */
    List<IntroductionView> list(long memberId) {
        List<Introduction> mine = Introduction.list(
                "fromMemberId = ?1 or toMemberId = ?1",
                Sort.descending("createdAt").and("id", Sort.Direction.Descending),
                memberId);
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<Long, CommunityMember> others = new HashMap<>();
        CommunityMember.<CommunityMember>list(
                        "id in ?1",
                        mine.stream().map(i -> i.otherThan(memberId)).distinct().toList())
                .forEach(m -> others.put(m.id, m));
        Map<Long, MemberCard> shown = cards.of(others.values());
        return mine.stream()
                .map(i -> {
                    CommunityMember other = others.get(i.otherThan(memberId));
                    return IntroductionView.of(i, memberId, other, shown.get(other.id));
                })
                .toList();
    }

    @Transactional
    IntroductionView accept(long memberId, long introductionId) {
        return answer(memberId, introductionId, IntroductionStatus.ACCEPTED);
    }

    @Transactional
    IntroductionView decline(long memberId, long introductionId) {
        return answer(memberId, introductionId, IntroductionStatus.DECLINED);
    }

    /** Only the recipient answers; to anyone else the request does not exist. */
    private IntroductionView answer(long memberId, long introductionId, IntroductionStatus answer) {
        Introduction introduction = Introduction.<Introduction>findByIdOptional(
                        introductionId, LockModeType.PESSIMISTIC_WRITE)
                .filter(i -> i.toMemberId == memberId)
                .orElseThrow(
                        () -> ProblemException.notFound("You have no introduction request " + introductionId + "."));
        CommunityMember me = members.member(memberId);
        if (answer == IntroductionStatus.ACCEPTED
                && introduction.status == IntroductionStatus.PENDING
                && me.contact == null) {
            throw ProblemException.conflict(
                    "Say in your profile how you can be reached before accepting: it is what the other person gets.");
        }
        boolean changed = introduction.answer(answer, Times.now(clock));
        CommunityMember requester = members.member(introduction.fromMemberId);
        Map<Long, DelegateView> latest = members.latestRegistrations(List.of(memberId, requester.id));
        if (changed && answer == IntroductionStatus.ACCEPTED && latest.containsKey(requester.id)) {
            letters.accepted(latest.get(requester.id), MemberCard.of(me, latest.get(memberId)));
        }
        return IntroductionView.of(
                introduction, memberId, requester, MemberCard.of(requester, latest.get(requester.id)));
    }
}
