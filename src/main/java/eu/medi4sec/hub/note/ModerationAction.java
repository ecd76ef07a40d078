package eu.medi4sec.hub.note;

import eu.medi4sec.hub.common.Times;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** The audit log of moderation: who did what to which note, when and why. */
@Entity
@Table(name = "moderation_action")
public class ModerationAction extends PanacheEntity {

    @Column(name = "workshop_id", nullable = false)
    public long workshopId;

    @Column(name = "note_id", nullable = false)
    public long noteId;

    @Column(name = "actor_account_id", nullable = false)
    public long actorAccountId;

    @Column(nullable = false, length = 30)
    public String action;

    @Column(length = 500)
    public String reason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Times.now();
}
