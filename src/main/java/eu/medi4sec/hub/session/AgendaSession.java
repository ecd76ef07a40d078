package eu.medi4sec.hub.session;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An agenda item of a workshop; during the event it is also a live-capture round. */
@Entity
@Table(name = "agenda_session")
public class AgendaSession extends PanacheEntity {

    @Column(name = "workshop_id", nullable = false)
    public long workshopId;

    @Column(nullable = false, length = 160)
    public String title;

    /** The question delegates answer in this session. */
    @Column(nullable = false, length = 1000)
    public String prompt = "";

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Column(name = "facilitator_id")
    public Long facilitatorId;

    @Column(nullable = false)
    public int position;

    /** Whether this session's live-capture round takes notes now. */
    @Column(name = "round_open", nullable = false)
    public boolean roundOpen;

    @Column(name = "round_opened_at")
    public Instant roundOpenedAt;

    @Column(name = "round_closed_at")
    public Instant roundClosedAt;

    @Version
    public long version;
}
