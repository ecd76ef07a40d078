package eu.medi4sec.hub.note;

import eu.medi4sec.hub.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Idempotency keys for writes a client may retry (after Stripe's and the IETF draft's semantics).
 * The key is claimed by an insert in the same transaction as the write, so:
 * a retry after commit finds the stored response and gets it back; a concurrent request with the same
 * key waits on the claim and then gets the stored response; a failed write releases the key with its
 * rollback. Keys are scoped to the caller and kept at least {@code workshop-hub.notes.idempotency-retention}
 * (IdempotencyExpiry).
 */
@ApplicationScoped
class Idempotency {

    public record Stored(int status, String body) {}

    private final EntityManager em;

    Idempotency(EntityManager em) {
        this.em = em;
    }

    public static UUID parseKey(String header) {
        if (header == null || header.isBlank()) {
            throw ProblemException.badRequest("Send an Idempotency-Key header with a UUID you make for this note, "
                    + "and send the same key again if you retry.");
        }
        try {
            return UUID.fromString(header.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("The Idempotency-Key header must be a UUID.");
        }
    }

    public static String fingerprint(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                byte[] bytes = (part == null ? "\u0000" : part).getBytes(StandardCharsets.UTF_8);
                digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) ':');
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Claims the key for this request, or answers the response stored under it. A key reused with a
     * different request is 422.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Stored> claim(String caller, UUID key, String fingerprint) {
        int claimed = em.createNativeQuery("""
                insert into idempotency_key (caller, key, request_hash, status, body)
                values (:caller, :key, :hash, 0, '') on conflict do nothing""")
                .setParameter("caller", caller)
                .setParameter("key", key)
                .setParameter("hash", fingerprint)
                .executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select request_hash, status, body from idempotency_key where caller = :caller and key = :key")
                .setParameter("caller", caller)
                .setParameter("key", key)
                .getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.conflict(
                    "A request with this Idempotency-Key is still being handled. Retry in a moment.");
        }
        Object[] row = rows.get(0);
        if (!fingerprint.equals(row[0])) {
            throw new ProblemException(
                    422,
                    "Unprocessable content",
                    "This Idempotency-Key was already used for a "
                            + "different request. Make a new key for a new note.",
                    null,
                    java.util.Map.of());
        }
        return Optional.of(new Stored(((Number) row[1]).intValue(), (String) row[2]));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(String caller, UUID key, int status, String body) {
        em.createNativeQuery(
                        "update idempotency_key set status = :status, body = :body where caller = :caller and key = :key")
                .setParameter("status", status)
                .setParameter("body", body)
                .setParameter("caller", caller)
                .setParameter("key", key)
                .executeUpdate();
    }
}
