package eu.medi4sec.hub.note;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One delegate's vote for one note. Written with plain SQL (insert … on conflict), read for "votedByMe". */
@Entity
@Table(name = "note_vote")
@IdClass(NoteVote.Key.class)
public class NoteVote extends PanacheEntityBase {

    @Id
    @Column(name = "note_id")
    public Long noteId;

    @Id
    @Column(name = "delegate_id")
    public Long delegateId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static class Key implements Serializable {
        public Long noteId;
        public Long delegateId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(noteId, k.noteId) && Objects.equals(delegateId, k.delegateId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(noteId, delegateId);
        }
    }
}
