package eu.medi4sec.hub.breakout;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A delegate's place in an allocation. {@code personKey} (a hash of the email) remembers who met whom across workshops. */
@Entity
@Table(name = "breakout_member")
public class BreakoutMember extends PanacheEntity {

    @Column(name = "allocation_id", nullable = false)
    public long allocationId;

    @Column(name = "delegate_id", nullable = false)
    public long delegateId;

    @Column(name = "person_key", nullable = false, length = 64)
    public String personKey;

    @Column(name = "group_number", nullable = false)
    public int groupNumber;
}
