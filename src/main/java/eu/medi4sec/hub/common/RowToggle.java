package eu.medi4sec.hub.common;

import jakarta.persistence.EntityManager;

/**
 * "Once per delegate" rows with a counter kept beside them: a vote for a note, an endorsement of a
 * lesson. Setting is idempotent (insert … on conflict, delete), and the counter moves only when a row
 * really came or went, so repeating a request never counts twice.
 *
 * <p>The table and column names are constants of the feature that owns them, never input.
 */
public record RowToggle(String rowTable, String ownerColumn, String counterTable, String counterColumn) {

    /**
     * Adds or removes the delegate's row for the owner and adjusts the owner's counter.
     *
     * @return whether anything changed
     */
    public boolean set(EntityManager em, long ownerId, long delegateId, boolean on) {
        int changed = em.createNativeQuery(
                        on
                                ? "insert into " + rowTable + " (" + ownerColumn
                                        + ", delegate_id) values (:owner, :delegate) on conflict do nothing"
                                : "delete from " + rowTable + " where " + ownerColumn
                                        + " = :owner and delegate_id = :delegate")
                .setParameter("owner", ownerId)
                .setParameter("delegate", delegateId)
                .executeUpdate();
        if (changed == 1) {
            em.createNativeQuery("update " + counterTable + " set " + counterColumn + " = " + counterColumn
                            + " + :delta where id = :owner")
                    .setParameter("delta", on ? 1 : -1)
                    .setParameter("owner", ownerId)
                    .executeUpdate();
        }
        return changed == 1;
    }
}
