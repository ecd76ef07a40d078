package eu.medi4sec.hub.note;

import eu.medi4sec.hub.common.ProblemException;
import eu.medi4sec.hub.common.RowToggle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The SQL of notes that Panache does not say cleanly: votes and their counter. */
@ApplicationScoped
class NoteQueries {

    /** note_vote rows, counted in note.votes. */
    private static final RowToggle VOTES = new RowToggle("note_vote", "note_id", "note", "votes");

    private final EntityManager em;

    NoteQueries(EntityManager em) {
        this.em = em;
    }

    /** Casts or takes back one delegate's vote; whether anything changed. */
    boolean vote(long noteId, long delegateId, boolean on) {
        return VOTES.set(em, noteId, delegateId, on);
    }

    /**
     * The note's vote count as stored now (the entity may not have seen the last change). The note may
     * be gone by now, deleted with its workshop after this request found it: then 404, as for any note
     * that does not exist.
     */
    int votes(long noteId) {
        List<?> votes = em.createNativeQuery("select votes from note where id = :n")
                .setParameter("n", noteId)
                .getResultList();
        if (votes.isEmpty()) {
            throw ProblemException.notFound("There is no note " + noteId + ".");
        }
        return ((Number) votes.get(0)).intValue();
    }

    /** Of these notes, those the delegate voted for. */
    Set<Long> votedBy(long delegateId, Collection<Long> noteIds) {
        if (noteIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery(
                        "select v.noteId from NoteVote v where v.delegateId = :d and v.noteId in :ids", Long.class)
                .setParameter("d", delegateId)
                .setParameter("ids", noteIds)
                .getResultList());
    }

    /**
     * Moves the source's votes to the target (a delegate who voted for both counts once) and recounts
     * both. Pending changes to the two notes are written first and both are read back after.
     */
    void moveVotes(Note source, Note target) {
        em.flush();
        em.createNativeQuery("""
                insert into note_vote (note_id, delegate_id, created_at)
                select :target, delegate_id, created_at from note_vote where note_id = :source
                on conflict do nothing""")
                .setParameter("target", target.id)
                .setParameter("source", source.id)
                .executeUpdate();
        em.createNativeQuery("delete from note_vote where note_id = :source")
                .setParameter("source", source.id)
                .executeUpdate();
        em.createNativeQuery(
                        "update note set votes = (select count(*) from note_vote v where v.note_id = note.id) where id in (:ids)")
                .setParameter("ids", List.of(source.id, target.id))
                .executeUpdate();
        em.refresh(source);
        em.refresh(target);
    }

    /** A workshop's visible notes, oldest first. */
    List<Long> visibleIds(long workshopId) {
        return em.createQuery(
                        "select n.id from Note n where n.workshopId = :w and n.status = :visible order by n.createdAt, n.id",
                        Long.class)
                .setParameter("w", workshopId)
                .setParameter("visible", NoteStatus.VISIBLE)
                .getResultList();
    }
}
