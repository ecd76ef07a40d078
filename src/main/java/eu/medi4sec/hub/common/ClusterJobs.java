package eu.medi4sec.hub.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a scheduled job's work on one instance at a time, however many instances share the database:
 * the work runs in a transaction of its own that first takes a PostgreSQL advisory lock named for the
 * job ({@code pg_try_advisory_xact_lock}); an instance that finds the lock taken skips the run, since
 * another instance is doing the same work at that moment. The lock ends with the transaction, also
 * when an instance dies mid-run, so nothing is ever left locked.
 *
 * <p>Every job's work must also be safe to run again later (deleting what has expired, erasing what
 * is due), because instances' schedules are not aligned: the lock stops two runs at once, not two
 * runs a minute apart.
 */
@ApplicationScoped
public class ClusterJobs {

    private final EntityManager em;

    ClusterJobs(EntityManager em) {
        this.em = em;
    }

    /**
     * The work's result, or empty when another instance holds the job's lock. {@code job} is one to
     * eight ASCII characters ("RETAIN"), whose bytes are the lock's 64-bit key.
     */
    public <T> Optional<T> once(String job, Supplier<T> work) {
        long key = lockKey(job);
        return QuarkusTransaction.requiringNew().call(() -> {
            boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                    .setParameter("key", key)
                    .getSingleResult();
            return locked ? Optional.ofNullable(work.get()) : Optional.empty();
        });
    }

    /** The job's name as a number: its ASCII bytes, big-endian, so that "RETAIN" is 0x5245_5441_494e. */
    public static long lockKey(String job) {
        byte[] bytes = job.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length == 0
                || bytes.length > 8
                || !StandardCharsets.US_ASCII.newEncoder().canEncode(job)) {
            throw new IllegalArgumentException("A job's name is one to eight ASCII characters: " + job);
        }
        long key = 0;
        for (byte b : bytes) {
            key = (key << 8) | (b & 0xff);
        }
        return key;
    }
}
