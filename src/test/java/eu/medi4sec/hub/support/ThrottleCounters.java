package eu.medi4sec.hub.support;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/** Writes throttle counters straight into the shared table, as another instance of the app would. */
public final class ThrottleCounters {

    private ThrottleCounters() {}

    public static void set(String key, int failures, Instant lastFailureAt) {
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager()
                        .createNativeQuery("""
                insert into throttle_counter (key, failures, last_failure_at) values (:key, :failures, :at)
                on conflict (key) do update set failures = excluded.failures, last_failure_at = excluded.last_failure_at""")
                        .setParameter("key", key)
                        .setParameter("failures", failures)
                        .setParameter("at", lastFailureAt)
                        .executeUpdate());
    }

    public static boolean exists(String key) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager()
                                        .createNativeQuery("select count(*) from throttle_counter where key = :key")
                                        .setParameter("key", key)
                                        .getSingleResult())
                                .intValue()
                        > 0);
    }

    private static EntityManager entityManager() {
        return Arc.container().instance(EntityManager.class).get();
    }
}
