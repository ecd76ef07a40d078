package eu.medi4sec.hub.common;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Slows down guessing, counted per thing being guessed (an account, a join code with an email, a
 * client address…) in the {@code throttle_counter} table, so every instance of the app reads and adds
 * to the same counts. Once a counter reaches its allowance, the next attempt waits
 * {@code first-delay}; each further failure doubles the wait, up to {@code max-delay} (429 with
 * {@code Retry-After}). Failures are recorded in a transaction of their own, so they count even when
 * the attempt's own transaction rolls back.
 */
@ApplicationScoped
public class Throttle {

    private static final int MAX_KEY_LENGTH = 400;

    /** A counter and the failures it may have before attempts wait. */
    public record Limit(String key, int max) {
        public Limit {
            key = key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
        }
    }

    /** The cleanup's lock, held by one instance at a time (ClusterJobs). */
    static final String CLEANUP_JOB = "THROTTLE";

    private final EntityManager entityManager;
    private final ThrottleConfig config;
    private final Clock clock;
    private final ClusterJobs jobs;

    Throttle(EntityManager entityManager, ThrottleConfig config, Clock clock, ClusterJobs jobs) {
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
        this.jobs = jobs;
    }

    public ThrottleConfig config() {
        return config;
    }

    /** The ceiling for failures of every kind from one client address. */
    public Limit address(String address) {
        return new Limit("address:" + address, config.perAddress());
    }

    /** Throws 429 with Retry-After when any limit is used up; {@code tooMany} starts the sentence. */
    public void checkAllowed(String tooMany, Limit... limits) {
        long wait = secondsToWait(limits);
        if (wait > 0) {
            throw ProblemException.tooManyRequests(tooMany + ". Try again in " + readable(wait) + ".", wait);
        }
    }

    /** Seconds until every one of the limits allows another attempt; 0 when they all do now. */
    public long secondsToWait(Limit... limits) {
        if (limits.length == 0) {
            return 0;
        }
        Instant now = Times.now(clock);
        Map<String, Limit> byKey =
                Arrays.stream(limits).collect(Collectors.toMap(Limit::key, Function.identity(), (a, b) -> a));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                select key, failures, cast(extract(epoch from last_failure_at) * 1000 as bigint)
                from throttle_counter where key in (:keys) and last_failure_at > :horizon""")
                .setParameter("keys", byKey.keySet())
                .setParameter("horizon", now.minus(config.window()))
                .getResultList();
        long wait = 0;
        for (Object[] row : rows) {
            Limit limit = byKey.get((String) row[0]);
            int failures = ((Number) row[1]).intValue();
            if (limit == null || failures < limit.max()) {
                continue;
            }
            Instant releasedAt =
                    Instant.ofEpochMilli(((Number) row[2]).longValue()).plus(delay(failures - limit.max()));
            if (releasedAt.isAfter(now)) {
                wait = Math.max(wait, (Duration.between(now, releasedAt).toMillis() + 999) / 1000);
            }
        }
        return wait;
    }

    /** The wait after {@code beyond} failures past the allowance: first-delay, doubled each time, capped. */
    Duration delay(int beyond) {
        Duration delay = config.firstDelay();
        for (int i = 0; i < beyond && delay.compareTo(config.maxDelay()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(config.maxDelay()) > 0 ? config.maxDelay() : delay;
    }

    /** Adds one to each counter (a counter quiet for longer than the window starts again at one). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Limit... limits) {
        Instant now = Times.now(clock);
        for (String key :
                Arrays.stream(limits).map(Limit::key).distinct().sorted().toList()) {
            entityManager
                    .createNativeQuery("""
                    insert into throttle_counter (key, failures, last_failure_at) values (:key, 1, :now)
                    on conflict (key) do update set
                        failures = case when throttle_counter.last_failure_at <= :horizon then 1
                                        else throttle_counter.failures + 1 end,
                        last_failure_at = excluded.last_failure_at""")
                    .setParameter("key", key)
                    .setParameter("now", now)
                    .setParameter("horizon", now.minus(config.window()))
                    .executeUpdate();
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void forget(Limit limit) {
        entityManager
                .createNativeQuery("delete from throttle_counter where key = :key")
                .setParameter("key", limit.key())
                .executeUpdate();
    }

    /** Forgets every counter about one thing (keys ending in ":" and it), e.g. an erased email address. */
    @Transactional
    public void forgetAbout(String subject) {
        String suffix = ":" + subject;
        entityManager
                .createNativeQuery("delete from throttle_counter where right(key, length(:suffix)) = :suffix")
                .setParameter("suffix", suffix)
                .executeUpdate();
    }

    /**
     * Runs an attempt after checking the limits, and counts it against them when it fails with 401
     * or 404 (a wrong password, key, code or email).
     */
    public <T> T guarded(String tooMany, Supplier<T> attempt, Limit... limits) {
        checkAllowed(tooMany, limits);
        try {
            return attempt.get();
        } catch (ProblemException e) {
            if (e.status() == 401 || e.status() == 404) {
                record(limits);
            }
            throw e;
        }
    }

    /** Deletes the counters forgotten by now; on one instance at a time (another one skips). */
    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeExpired() {
        jobs.once(
                CLEANUP_JOB,
                () -> entityManager
                        .createNativeQuery("delete from throttle_counter where last_failure_at <= :horizon")
                        .setParameter("horizon", Times.now(clock).minus(config.window()))
                        .executeUpdate());
    }

    private static String readable(long seconds) {
        if (seconds < 120) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        return ((seconds + 59) / 60) + " minutes";
    }
}
