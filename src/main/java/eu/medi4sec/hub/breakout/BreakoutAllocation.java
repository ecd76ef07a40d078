package eu.medi4sec.hub.breakout;

import eu.medi4sec.hub.common.Times;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One split of a workshop's delegates into groups. The newest is current; older ones are kept. */
@Entity
@Table(name = "breakout_allocation")
public class BreakoutAllocation extends PanacheEntity {

    @Column(name = "workshop_id", nullable = false)
    public long workshopId;

    @Column(nullable = false)
    public long seed;

    @Column(name = "group_count", nullable = false)
    public int groupCount;

    @Column(name = "is_current", nullable = false)
    public boolean current = true;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Times.now();
}
