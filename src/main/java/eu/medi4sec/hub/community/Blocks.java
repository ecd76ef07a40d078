package eu.medi4sec.hub.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The {@code community_block} table: who blocked whom. A block works both ways. */
@ApplicationScoped
class Blocks {

    private final EntityManager entityManager;

    Blocks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The members this member blocked and the ones who blocked them: neither side sees the other. */
    Set<Long> eitherWay(long memberId) {
        @SuppressWarnings("unchecked")
        List<Number> rows = entityManager
                .createNativeQuery("""
                select blocked_member_id from community_block where member_id = :member
                union
                select member_id from community_block where blocked_member_id = :member""")
                .setParameter("member", memberId)
                .getResultList();
        Set<Long> ids = new HashSet<>();
        rows.forEach(n -> ids.add(n.longValue()));
        return ids;
    }

    boolean between(long a, long b) {
        return ((Number) entityManager
                                .createNativeQuery("""
                select count(*) from community_block
                where (member_id = :a and blocked_member_id = :b) or (member_id = :b and blocked_member_id = :a)""")
                                .setParameter("a", a)
                                .setParameter("b", b)
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    /** The members this member blocked, most recent first. */
    List<Long> by(long memberId) {
        @SuppressWarnings("unchecked")
        List<Number> rows = entityManager
                .createNativeQuery("""
                select blocked_member_id from community_block where member_id = :member
                order by created_at desc, blocked_member_id""")
                .setParameter("member", memberId)
                .getResultList();
        return rows.stream().map(Number::longValue).toList();
    }

    void add(long memberId, long blocked, Instant at) {
        entityManager
                .createNativeQuery("""
                insert into community_block (member_id, blocked_member_id, created_at)
                values (:member, :blocked, :at) on conflict do nothing""")
                .setParameter("member", memberId)
                .setParameter("blocked", blocked)
                .setParameter("at", at)
                .executeUpdate();
    }

    void remove(long memberId, long blocked) {
        entityManager
                .createNativeQuery(
                        "delete from community_block where member_id = :member and blocked_member_id = :blocked")
                .setParameter("member", memberId)
                .setParameter("blocked", blocked)
                .executeUpdate();
    }
}
