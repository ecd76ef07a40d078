package eu.medi4sec.hub.delegate;

import eu.medi4sec.hub.common.Times;
import eu.medi4sec.hub.privacy.ErasureReason;
import eu.medi4sec.hub.workshop.WorkshopService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Erases the personal data of every delegate of a workshop that ended longer ago than its retention
 * period. Safe with several instances: each batch runs under a PostgreSQL advisory lock taken for its
 * transaction, so one instance works while the others skip, and an erasure that already happened is a
 * no-op. Runs every hour ({@code workshop-hub.retention.every}; "off" turns it off).
 */
@ApplicationScoped
class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);
    /** The advisory lock's key: "RETAIN". */
    static final long LOCK = 0x5245_5441_494eL;

    static final int BATCH = 200;

    private final WorkshopService workshops;
    private final DelegateErasure erasure;
    private final EntityManager em;
    private final Clock clock;

    RetentionJob(WorkshopService workshops, DelegateErasure erasure, EntityManager em, Clock clock) {
        this.workshops = workshops;
        this.erasure = erasure;
        this.em = em;
        this.clock = clock;
    }

    @Scheduled(
            identity = "retention",
            every = "${workshop-hub.retention.every:1h}",
            delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int erased = run();
        if (erased > 0) {
            LOG.infof("Retention: erased the personal data of %d delegates", erased);
        }
    }

    /** Erases what is due now, a batch per transaction; how many delegates were erased. */
    int run() {
        int total = 0;
        while (true) {
            int erased = QuarkusTransaction.requiringNew().call(this::batch);
            if (erased < 0) {
                return total; // another instance is at it
            }
            total += erased;
            if (erased < BATCH) {
                return total;
            }
        }
    }

    /** One batch, under the lock; -1 when another instance holds it. */
    private int batch() {
        boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", LOCK)
                .getSingleResult();
        if (!locked) {
            return -1;
        }
        Instant now = Times.now(clock);
        List<Long> due = erasure.notErased(workshops.pastRetention(now), BATCH);
        due.forEach(id -> erasure.erase(id, ErasureReason.RETENTION));
        return due.size();
    }
}
