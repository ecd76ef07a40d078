package eu.medi4sec.hub.community;

import eu.medi4sec.hub.common.ProblemException;
import eu.medi4sec.hub.common.Times;
import eu.medi4sec.hub.common.Violations;
import eu.medi4sec.hub.delegate.DelegateView;
import eu.medi4sec.hub.pattern.PatternInterests;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The opt-in directory: a member's own profile, what other members see of them, blocks, the patterns to
 * be interested in, the organisers' aggregate figures and the community's part of a person's data.
 */
@ApplicationScoped
public class CommunityService {

    private final MemberService members;
    private final MemberCards cards;
    private final Blocks blocks;
    private final PatternInterests patterns;
    private final Clock clock;

    CommunityService(MemberService members, MemberCards cards, Blocks blocks, PatternInterests patterns, Clock clock) {
        this.members = members;
        this.cards = cards;
        this.blocks = blocks;
        this.patterns = patterns;
        this.clock = clock;
    }

    public record PatternChoice(String slug, String name) {}

    /** What organisers see of the community: counts, never a person. */
    public record Figures(
            long members,
            long visibleMembers,
            long introductionsMade,
            long introductionsAccepted,
            Double crossSectorShare) {}

    // ---- the profile -----------------------------------------------------------------------------

    ProfileView profile(long memberId) {
        CommunityMember member = members.member(memberId);
        List<DelegateView> registrations = members.registrations(memberId);
        return ProfileView.of(
                member,
                registrations.isEmpty() ? null : registrations.get(0),
                registrations.stream().map(DelegateView::id).sorted().toList());
    }

    @Transactional
    ProfileView updateProfile(long memberId, ProfileRequest request) {
        List<String> interests = publishedOnly(request.interests());
        members.member(memberId).describe(request, interests, Times.now(clock));
        return profile(memberId);
    }

    /** The slugs, each once, in the order given; 422 naming {@code interests[i]} for one that is not a published pattern. */
    private List<String> publishedOnly(List<String> slugs) {
        if (slugs == null || slugs.isEmpty()) {
            return List.of();
        }
        Set<String> published = patterns.published().keySet();
        Violations unknown = new Violations();
        Set<String> kept = new LinkedHashSet<>();
        for (int i = 0; i < slugs.size(); i++) {
            String slug = slugs.get(i).strip();
            if (published.contains(slug)) {
                kept.add(slug);
            } else {
                unknown.add(
                        "interests[" + i + "]",
                        "There is no published pattern '" + slug + "'. Choose from GET /api/community/patterns.");
            }
        }
        unknown.throwIfAny();
        return List.copyOf(kept);
    }

    List<PatternChoice> patterns() {
        return patterns.published().entrySet().stream()
                .map(e -> new PatternChoice(e.getKey(), e.getValue()))
                .toList();
    }

    // ---- the directory ---------------------------------------------------------------------------

    /** Visible members other than this one and those blocked either way, newest members first. */
    List<MemberCard> directory(long memberId) {
        Set<Long> blocked = blocks.eitherWay(memberId);
        List<CommunityMember> shown =
                CommunityMember.<CommunityMember>list("visible = true", Sort.descending("id")).stream()
                        .filter(m -> m.id != memberId && !blocked.contains(m.id))
                        .toList();
        return List.copyOf(cards.of(shown).values());
    }

    /**
     * A member this member may see: visible and not blocked either way, or someone they have an
     * introduction with. Anyone else is answered as if they did not exist.
     */
    CommunityMember reachable(long memberId, long otherId, boolean viaIntroductions) {
        Optional<CommunityMember> other = CommunityMember.findByIdOptional(otherId);
        boolean known = other.isPresent()
                && otherId != memberId
                && ((other.get().visible && !blocks.between(memberId, otherId))
                        || (viaIntroductions
                                && Introduction.count(
                                                "(fromMemberId = ?1 and toMemberId = ?2) or (fromMemberId = ?2 and toMemberId = ?1)",
                                                memberId,
                                                otherId)
                                        > 0));
        if (!known) {
            throw ProblemException.notFound("There is no member " + otherId + " in the directory.");
        }
        return other.get();
    }

    // ---- blocks ----------------------------------------------------------------------------------

    /**
     * Blocks a member (one this member can see, or has an introduction with): from now on neither sees the
     * other in the directory or the suggestions, and neither can ask the other. A request still open
     * between them is declined.
     */
    @Transactional
    List<MemberCard> block(long memberId, long otherId) {
        if (otherId == memberId) {
            throw ProblemException.invalid("member", "You cannot block yourself.");
        }
        if (!blocks.by(memberId).contains(otherId)) {
            reachable(memberId, otherId, true);
        }
        Instant now = Times.now(clock);
        blocks.add(memberId, otherId, now);
        Introduction.<Introduction>list(
                        "status = ?3 and ((fromMemberId = ?1 and toMemberId = ?2) or (fromMemberId = ?2 and toMemberId = ?1))",
                        memberId,
                        otherId,
                        IntroductionStatus.PENDING)
                .forEach(i -> i.answer(IntroductionStatus.DECLINED, now));
        return blocked(memberId);
    }

    @Transactional
    void unblock(long memberId, long otherId) {
        blocks.remove(memberId, otherId);
    }

    /**
     * The members this member blocked, each with what they show (they chose to show it to members; a
     * block does not change that).
     */
    List<MemberCard> blocked(long memberId) {
        List<Long> ids = blocks.by(memberId);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, CommunityMember> byId = new java.util.HashMap<>();
        CommunityMember.<CommunityMember>list("id in ?1", ids).forEach(m -> byId.put(m.id, m));
        List<CommunityMember> ordered =
                ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        return List.copyOf(cards.of(ordered).values());
    }

    // ---- for organisers --------------------------------------------------------------------------

    Figures figures() {
        long accepted = Introduction.count("status", IntroductionStatus.ACCEPTED);
        Double crossSector = null;
        if (accepted > 0) {
            List<Introduction> pairs = Introduction.list("status", IntroductionStatus.ACCEPTED);
            Set<Long> involved = new java.util.HashSet<>();
            pairs.forEach(i -> {
                involved.add(i.fromMemberId);
                involved.add(i.toMemberId);
            });
            Map<Long, DelegateView> latest = members.latestRegistrations(involved);
            long across = pairs.stream()
                    .filter(i -> latest.containsKey(i.fromMemberId)
                            && latest.containsKey(i.toMemberId)
                            && latest.get(i.fromMemberId).sector()
                                    != latest.get(i.toMemberId).sector())
                    .count();
            crossSector = Math.round(1000.0 * across / pairs.size()) / 1000.0;
        }
        return new Figures(
                CommunityMember.count(),
                CommunityMember.count("visible", true),
                Introduction.count(),
                accepted,
                crossSector);
    }

    // ---- a person's data -------------------------------------------------------------------------

    /** An introduction in a person's data: never the other person's words or contact. */
    public record IntroductionRecord(
            long id,
            IntroductionView.Direction direction,
            IntroductionStatus status,
            long otherMemberId,
            String message,
            Instant createdAt,
            Instant decidedAt) {}

    /** What the community holds about the person behind one registration. */
    public record PersonalData(
            long memberId,
            Instant memberSince,
            List<Long> registrations,
            boolean visible,
            ProfileRequest.Fields fields,
            String bio,
            List<String> interests,
            String contact,
            List<IntroductionRecord> introductions,
            List<Long> blockedMembers) {}

    /**
     * The community's part of "download my data" for one registration: the membership it belongs to, its
     * profile, its introductions (the member's own messages; of an incoming request only that it came)
     * and whom the member blocked. Empty when the registration never opened the community.
     */
    public Optional<PersonalData> personalData(long delegateId) {
        return members.memberOf(delegateId).map(memberId -> {
            CommunityMember member = members.member(memberId);
            List<IntroductionRecord> introductions = Introduction.<Introduction>list(
                            "fromMemberId = ?1 or toMemberId = ?1",
                            Sort.by("createdAt").and("id"),
                            memberId)
                    .stream()
                    .map(i -> new IntroductionRecord(
                            i.id,
                            i.fromMemberId == memberId
                                    ? IntroductionView.Direction.OUTGOING
                                    : IntroductionView.Direction.INCOMING,
                            i.status,
                            i.otherThan(memberId),
                            i.fromMemberId == memberId ? i.message : null,
                            i.createdAt,
                            i.decidedAt))
                    .toList();
            return new PersonalData(
                    memberId,
                    member.createdAt,
                    members.delegateIds(memberId),
                    member.visible,
                    new ProfileRequest.Fields(
                            member.showName, member.showOrganisation, member.showSector, member.showCountry),
                    member.bio,
                    member.interests(),
                    member.contact,
                    introductions,
                    blocks.by(memberId));
        });
    }
}
