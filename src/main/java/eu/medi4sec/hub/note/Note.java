package eu.medi4sec.hub.note;

import eu.medi4sec.hub.common.Times;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** An insight submitted during a round. The author is kept for edits, erasure and moderation only. */
@Entity
@Table(name = "note")
public class Note extends PanacheEntity {

    @Column(name = "workshop_id", nullable = false)
    public long workshopId;

    @Column(name = "session_id", nullable = false)
    public long sessionId;

    @Column(name = "author_delegate_id")
    public Long authorDelegateId;

    @Column(name = "author_account_id")
    public Long authorAccountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public NoteKind kind;

    /** Exactly as sent. */
    @Column(nullable = false, columnDefinition = "text")
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public NoteStatus status;

    @Column(nullable = false)
    public boolean pinned;

    @Column(name = "merged_into")
    public Long mergedInto;

    @Column(name = "hidden_reason", length = 500)
    public String hiddenReason;

    /** Kept equal to the note's rows in note_vote. */
    @Column(nullable = false)
    public int votes;

    /** The sender's Idempotency-Key; shown to the author only. */
    @Column(name = "client_key")
    public java.util.UUID clientKey;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Times.now();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Times.now();

    boolean isAuthoredBy(Long delegateId, Long accountId) {
        return delegateId != null && delegateId.equals(authorDelegateId)
                || accountId != null && accountId.equals(authorAccountId);
    }
}
