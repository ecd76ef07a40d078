package eu.medi4sec.hub.community;

import eu.medi4sec.hub.common.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One member asks to be introduced to another; both contacts are shared only when the other accepts. */
@Entity
@Table(name = "introduction")
class Introduction extends PanacheEntity {

    @Column(name = "from_member_id", nullable = false)
    public long fromMemberId;

    @Column(name = "to_member_id", nullable = false)
    public long toMemberId;

    @Column(nullable = false, length = 1000)
    public String message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public IntroductionStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    static Introduction ask(long from, long to, String message, Instant at) {
        Introduction introduction = new Introduction();
        introduction.fromMemberId = from;
        introduction.toMemberId = to;
        introduction.message = message.strip();
        introduction.status = IntroductionStatus.PENDING;
        introduction.createdAt = at;
        return introduction;
    }

    /**
     * The recipient's answer. Saying the same again changes nothing; changing an answer is a conflict.
     *
     * @return whether this answer changed anything
     */
    boolean answer(IntroductionStatus answer, Instant at) {
        if (status == answer) {
            return false;
        }
        if (status != IntroductionStatus.PENDING) {
            throw ProblemException.conflict(
                    "You already " + (status == IntroductionStatus.ACCEPTED ? "accepted" : "declined")
                            + " this introduction; it cannot be "
                            + (answer == IntroductionStatus.ACCEPTED ? "accepted" : "declined")
                            + " now.");
        }
        status = answer;
        decidedAt = at;
        return true;
    }

    boolean involves(long memberId) {
        return fromMemberId == memberId || toMemberId == memberId;
    }

    long otherThan(long memberId) {
        return fromMemberId == memberId ? toMemberId : fromMemberId;
    }
}
