package eu.medi4sec.hub.note;

import eu.medi4sec.hub.common.ProblemException;
import eu.medi4sec.hub.common.Times;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
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

    /** What may leave the room; anything but NONE keeps the note out of publications. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Sensitivity sensitivity = Sensitivity.NONE;

    @Column(name = "sensitivity_reason", length = 500)
    public String sensitivityReason;

    /** An analyst's wording for outputs, in place of the original (which stays for staff). */
    @Column(name = "publication_text", columnDefinition = "text")
    public String publicationText;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Times.now();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Times.now();

    boolean isAuthoredBy(Long delegateId, Long accountId) {
        return delegateId != null && delegateId.equals(authorDelegateId)
                || accountId != null && accountId.equals(authorAccountId);
    }

    // ---- status ----------------------------------------------------------------------------------

    boolean isVisible() {
        return status == NoteStatus.VISIBLE;
    }

    boolean isPending() {
        return status == NoteStatus.PENDING;
    }

    /** Visible or still waiting for approval: the author may still change it (within the edit window). */
    boolean isOpen() {
        return status == NoteStatus.VISIBLE || status == NoteStatus.PENDING;
    }

    /** Until when its author may change it, counted from when it was sent. */
    Instant editableUntil(Duration editWindow) {
        return createdAt.plus(editWindow);
    }

    // ---- the author's changes --------------------------------------------------------------------

    /** Only the author changes a note, only while it is open and only within the edit window. */
    void requireChangeableBy(Long delegateId, Long accountId, Instant now, Duration editWindow) {
        if (!isAuthoredBy(delegateId, accountId)) {
            throw ProblemException.forbidden("Only the author can change this note.");
        }
        if (!isOpen()) {
            throw ProblemException.conflict("This note is " + status + " and can no longer be changed.");
        }
        if (now.isAfter(editableUntil(editWindow))) {
            throw ProblemException.conflict("Notes can be changed for " + editWindow.toMinutes()
                    + " minutes after they are sent; this one can no longer be changed.");
        }
    }

    void withdraw(Instant now) {
        status = NoteStatus.WITHDRAWN;
        updatedAt = now;
    }

    void requireVotable() {
        if (!isVisible()) {
            throw ProblemException.conflict("Only visible notes take votes; this one is " + status + ".");
        }
    }

    // ---- moderation ------------------------------------------------------------------------------

    void hide(String reason) {
        requireStatus("hidden", NoteStatus.VISIBLE, NoteStatus.PENDING);
        status = NoteStatus.HIDDEN;
        hiddenReason = reason;
    }

    void restore() {
        requireStatus("restored", NoteStatus.HIDDEN);
        status = NoteStatus.VISIBLE;
        hiddenReason = null;
    }

    void approve() {
        requireStatus("approved", NoteStatus.PENDING);
        status = NoteStatus.VISIBLE;
    }

    /** @return whether this changed anything (pinning a pinned note does not) */
    boolean pin(boolean pinned) {
        if (this.pinned == pinned) {
            return false;
        }
        this.pinned = pinned;
        return true;
    }

    // ---- what may leave the room ------------------------------------------------------------------

    /**
     * Labels the note. The same label with no reason, or with the reason it has, changes nothing; a new
     * label without a reason drops the old label's reason.
     *
     * @return whether this changed anything
     */
    boolean label(Sensitivity label, String reason) {
        if (label == sensitivity && (reason == null || reason.equals(sensitivityReason))) {
            return false;
        }
        sensitivity = label;
        sensitivityReason = reason;
        return true;
    }

    /** @return whether this changed anything */
    boolean reword(String publicationText) {
        if (java.util.Objects.equals(this.publicationText, publicationText)) {
            return false;
        }
        this.publicationText = publicationText;
        return true;
    }

    /** Folds this note into a visible note of the same workshop; the votes move separately. */
    void mergeInto(Note target) {
        if (id.equals(target.id)) {
            throw ProblemException.invalid("into", "A note cannot be merged into itself.");
        }
        if (workshopId != target.workshopId) {
            throw ProblemException.invalid("into", "Notes can only be merged within one workshop.");
        }
        requireStatus("merged", NoteStatus.VISIBLE, NoteStatus.HIDDEN, NoteStatus.PENDING);
        if (!target.isVisible()) {
            throw ProblemException.conflict(
                    "Merge into a visible note; note " + target.id + " is " + target.status + ".");
        }
        status = NoteStatus.MERGED;
        mergedInto = target.id;
    }

    private void requireStatus(String verb, NoteStatus... allowed) {
        for (NoteStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw ProblemException.conflict("A " + status + " note cannot be " + verb + ".");
    }
}
