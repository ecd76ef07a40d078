package eu.medi4sec.hub.community;

import eu.medi4sec.hub.account.Tokens;
import eu.medi4sec.hub.common.ProblemException;
import eu.medi4sec.hub.common.Times;
import eu.medi4sec.hub.delegate.DelegateErased;
import eu.medi4sec.hub.delegate.DelegateService;
import eu.medi4sec.hub.delegate.DelegateStatus;
import eu.medi4sec.hub.delegate.DelegateView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who is a member: a person becomes one by opening the community with a personal link, and each further
 * registration (same email) joins their membership only when they confirm it with that registration's
 * own link. Also what happens to a member when one of their registrations is erased.
 */
@ApplicationScoped
class MemberService {

    /** Newest registration first: the one whose details a profile shows. */
    static final Comparator<DelegateView> NEWEST_FIRST = Comparator.comparing(DelegateView::createdAt)
            .thenComparing(DelegateView::id)
            .reversed();

    private final DelegateService delegates;
    private final Tokens tokens;
    private final CommunityConfig config;
    private final EntityManager entityManager;
    private final Clock clock;

    MemberService(
            DelegateService delegates,
            Tokens tokens,
            CommunityConfig config,
            EntityManager entityManager,
            Clock clock) {
        this.delegates = delegates;
        this.tokens = tokens;
        this.config = config;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** A member token, and which registrations the member holds. */
    public record MemberSession(String token, Instant expiresAt, long memberId, List<Long> delegateIds) {}

    /** The registrations one member holds. */
    public record Membership(long memberId, List<Long> delegateIds) {}

    /** Opens the community with a registration's personal link: its member (made now, the first time) and a token. */
    @Transactional
    public MemberSession open(DelegateView delegate) {
        requireStanding(delegate);
        long memberId = memberOf(delegate.id()).orElseGet(() -> newMember(delegate.id()));
        Instant expiresAt = Times.now(clock).plus(config.memberTokenLifetime()).truncatedTo(ChronoUnit.SECONDS);
        Tokens.Issued issued = tokens.forMember(memberId, expiresAt);
        return new MemberSession(issued.token(), issued.expiresAt(), memberId, delegateIds(memberId));
    }

    /** The member a delegate (with a delegate token, so REGISTERED) acts as; made now, the first time. */
    @Transactional
    public long forDelegate(long delegateId) {
        return memberOf(delegateId).orElseGet(() -> newMember(delegateId));
    }

    /**
     * Adds a registration, proven by its personal link, to a member. Only a registration with the same
     * email joins; one that is already a membership of its own joins too (its profile is kept if this
     * member has none yet), unless it has introductions, which belong to the membership they were made in.
     */
    @Transactional
    public Membership link(long memberId, DelegateView delegate) {
        requireStanding(delegate);
        List<DelegateView> registrations = registrations(memberId);
        if (registrations.stream().noneMatch(d -> d.email().equals(delegate.email()))) {
            throw ProblemException.invalid(
                    "key",
                    "This personal link is for a registration with another email address. Only registrations made with the same email address become one member.");
        }
        Optional<Long> current = memberOf(delegate.id());
        if (current.isEmpty()) {
            MemberLink.of(memberId, delegate.id(), Times.now(clock)).persist();
        } else if (current.get() != memberId) {
            merge(current.get(), memberId);
        }
        return new Membership(memberId, delegateIds(memberId));
    }

    private void merge(long from, long into) {
        if (Introduction.count("fromMemberId = ?1 or toMemberId = ?1", from) > 0) {
            throw ProblemException.conflict(
                    "This registration already opened the community on its own and has introductions there, so it cannot join this membership.");
        }
        CommunityMember source = member(from);
        CommunityMember target = member(into);
        if (!target.hasProfile() && source.hasProfile()) {
            target.adoptProfileOf(source);
        }
        MemberLink.update("memberId = ?1 where memberId = ?2", into, from);
        // Blocks stay in force for the person, whichever membership they were made in.
        entityManager
                .createNativeQuery("""
                insert into community_block (member_id, blocked_member_id, created_at)
                select :into, blocked_member_id, created_at from community_block
                where member_id = :from and blocked_member_id <> :into
                on conflict do nothing""")
                .setParameter("into", into)
                .setParameter("from", from)
                .executeUpdate();
        entityManager
                .createNativeQuery("""
                insert into community_block (member_id, blocked_member_id, created_at)
                select member_id, :into, created_at from community_block
                where blocked_member_id = :from and member_id <> :into
                on conflict do nothing""")
                .setParameter("into", into)
                .setParameter("from", from)
                .executeUpdate();
        source.delete();
    }

    /**
     * Whether a member token still works: the member exists and holds a registration that still has its
     * place (one that was cancelled or erased does not keep the door open).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean inGoodStanding(long memberId) {
        List<Long> ids = delegateIds(memberId);
        return !ids.isEmpty()
                && delegates.byIds(ids).values().stream().anyMatch(d -> d.status() == DelegateStatus.REGISTERED);
    }

    /** A member's registrations, newest first. */
    public List<DelegateView> registrations(long memberId) {
        return delegates.byIds(delegateIds(memberId)).values().stream()
                .sorted(NEWEST_FIRST)
                .toList();
    }

    /** The latest registration of each of these members: what their cards show. */
    public Map<Long, DelegateView> latestRegistrations(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Long>> byMember = links(memberIds);
        Map<Long, DelegateView> registrations =
                delegates.byIds(byMember.values().stream().flatMap(List::stream).toList());
        Map<Long, DelegateView> latest = new HashMap<>();
        byMember.forEach((member, ids) -> ids.stream()
                .map(registrations::get)
                .filter(java.util.Objects::nonNull)
                .min(NEWEST_FIRST)
                .ifPresent(d -> latest.put(member, d)));
        return latest;
    }

    /** Each member's registration ids. */
    public Map<Long, List<Long>> links(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        return MemberLink.<MemberLink>list("memberId in ?1", memberIds).stream()
                .collect(Collectors.groupingBy(
                        l -> l.memberId, Collectors.mapping(l -> l.delegateId, Collectors.toList())));
    }

    public List<Long> delegateIds(long memberId) {
        return MemberLink.<MemberLink>list("memberId = ?1 order by delegateId", memberId).stream()
                .map(l -> l.delegateId)
                .toList();
    }

    public Optional<Long> memberOf(long delegateId) {
        return MemberLink.<MemberLink>findByIdOptional(delegateId).map(l -> l.memberId);
    }

    CommunityMember member(long memberId) {
        return CommunityMember.<CommunityMember>findByIdOptional(memberId)
                .orElseThrow(() -> ProblemException.notFound("There is no community member " + memberId + "."));
    }

    /**
     * Erasure: the registration leaves its membership, and the member's profile and introductions go; a
     * member with no registration left goes altogether (with their blocks). Runs inside the erasing
     * transaction.
     */
    @Transactional
    void erased(@Observes DelegateErased erased) {
        Optional<MemberLink> link = MemberLink.findByIdOptional(erased.delegateId());
        if (link.isEmpty()) {
            return;
        }
        long memberId = link.get().memberId;
        link.get().delete();
        Introduction.delete("fromMemberId = ?1 or toMemberId = ?1", memberId);
        CommunityMember member = member(memberId);
        member.forgetProfile();
        if (MemberLink.count("memberId", memberId) == 0) {
            member.delete();
        }
    }

    /** Only a registration that has its place opens the community. */
    private static void requireStanding(DelegateView delegate) {
        switch (delegate.status()) {
            case REGISTERED -> {}
            case WAITLISTED ->
                throw ProblemException.conflict(
                        "You are on the waitlist for this workshop: the community opens to you once you have a place.");
            case INVITED ->
                throw ProblemException.conflict(
                        "Confirm your invitation through your personal link first; then the community opens to you.");
            case CANCELLED ->
                throw ProblemException.conflict(
                        "Your registration for this workshop was cancelled, so its link does not open the community.");
            case DECLINED ->
                throw ProblemException.conflict(
                        "You declined the invitation to this workshop, so its link does not open the community.");
        }
    }

    /** A new member with this registration; if another request made one for it at the same moment, that one. */
    private long newMember(long delegateId) {
        Instant now = Times.now(clock);
        CommunityMember member = CommunityMember.joinedAt(now);
        member.persist();
        member.flush();
        int linked = entityManager
                .createNativeQuery("""
                insert into community_member_delegate (member_id, delegate_id, linked_at)
                values (:member, :delegate, :now) on conflict (delegate_id) do nothing""")
                .setParameter("member", member.id)
                .setParameter("delegate", delegateId)
                .setParameter("now", now)
                .executeUpdate();
        if (linked == 1) {
            return member.id;
        }
        member.delete();
        return ((Number) entityManager
                        .createNativeQuery(
                                "select member_id from community_member_delegate where delegate_id = :delegate")
                        .setParameter("delegate", delegateId)
                        .getSingleResult())
                .longValue();
    }
}
