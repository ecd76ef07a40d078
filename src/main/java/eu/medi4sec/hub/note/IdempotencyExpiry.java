package eu.medi4sec.hub.note;

import eu.medi4sec.hub.common.ClusterJobs;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Optional;

/**
 * Forgets idempotency keys older than {@code workshop-hub.notes.idempotency-retention}, every hour, on
 * one instance at a time (ClusterJobs): a retry after that long is a new note.
 */
@ApplicationScoped
class IdempotencyExpiry {

    /** The job's lock (ClusterJobs). */
    static final String JOB = "IDEMKEYS";

    private final EntityManager em;
    private final ClusterJobs jobs;
    private final Duration retention;

    IdempotencyExpiry(EntityManager em, ClusterJobs jobs, NoteConfig config) {
        this.em = em;
        this.jobs = jobs;
        this.retention = config.idempotencyRetention();
    }

    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** How many keys were forgotten; empty when another instance is at it. */
    Optional<Integer> run() {
        return jobs.once(
                JOB,
                () -> em.createNativeQuery(
                                "delete from idempotency_key where created_at < now() - make_interval(secs => :seconds)")
                        .setParameter("seconds", (double) retention.toSeconds())
                        .executeUpdate());
    }
}
