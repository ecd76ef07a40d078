package eu.medi4sec.hub.community;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * An introduction as one of its two members sees it: the other member as the directory shows them, and
 * the other's contact only once the introduction is accepted.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IntroductionView(
        long id,
        IntroductionStatus status,
        Direction direction,
        MemberCard member,
        String message,
        String contact,
        Instant createdAt,
        Instant decidedAt) {

    public enum Direction {
        INCOMING,
        OUTGOING
    }

    static IntroductionView of(Introduction introduction, long viewer, CommunityMember other, MemberCard card) {
        return new IntroductionView(
                introduction.id,
                introduction.status,
                introduction.fromMemberId == viewer ? Direction.OUTGOING : Direction.INCOMING,
                card,
                introduction.message,
                introduction.status == IntroductionStatus.ACCEPTED ? other.contact : null,
                introduction.createdAt,
                introduction.decidedAt);
    }
}
