package eu.medi4sec.hub.delegate;

import eu.medi4sec.hub.common.ClusterJobs;
import eu.medi4sec.hub.common.Times;
import eu.medi4sec.hub.privacy.ErasureReason;
import eu.medi4sec.hub.workshop.WorkshopService;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Erases the personal data of every delegate of a workshop that ended longer ago than its retention
 * period. Safe with several instances: each batch runs in a transaction under the job's advisory lock
 * (ClusterJobs), so one instance works while the others skip, and an erasure that already happened is a
 * no-op. Runs every hour ({@code workshop-hub.retention.every}; "off" turns it off).
 */
@ApplicationScoped
class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);
    /** The job's lock (ClusterJobs). */
    static final String JOB = "RETAIN";

    static final int BATCH = 200;

    private final WorkshopService workshops;
    private final DelegateErasure erasure;
    private final ClusterJobs jobs;
    private final Clock clock;

    RetentionJob(WorkshopService workshops, DelegateErasure erasure, ClusterJobs jobs, Clock clock) {
        this.workshops = workshops;
        this.erasure = erasure;
        this.jobs = jobs;
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
            Optional<Integer> batch = jobs.once(JOB, this::batch);
            if (batch.isEmpty()) {
                return total; // another instance is at it
            }
            int erased = batch.get();
            total += erased;
            if (erased < BATCH) {
                return total;
            }
        }
    }

    /** One batch, in a transaction of its own under the job's lock. */
    private int batch() {
        Instant now = Times.now(clock);
        List<Long> due = erasure.notErased(workshops.pastRetention(now), BATCH);
        due.forEach(id -> erasure.erase(id, ErasureReason.RETENTION));
        return due.size();
    }
}
