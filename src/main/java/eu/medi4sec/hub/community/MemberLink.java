package eu.medi4sec.hub.community;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A registration its person confirmed as theirs, with its personal link. A registration has at most one member. */
@Entity
@Table(name = "community_member_delegate")
class MemberLink extends PanacheEntityBase {

    @Id
    @Column(name = "delegate_id")
    public long delegateId;

    @Column(name = "member_id", nullable = false)
    public long memberId;

    @Column(name = "linked_at", nullable = false)
    public Instant linkedAt;

    static MemberLink of(long memberId, long delegateId, Instant at) {
        MemberLink link = new MemberLink();
        link.memberId = memberId;
        link.delegateId = delegateId;
        link.linkedAt = at;
        return link;
    }
}
