package eu.medi4sec.hub.common;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Request times as a histogram with a few fixed buckets, so that operators can read p95/p99 per route
 * across instances ({@code histogram_quantile} over {@code http_server_requests_seconds_bucket}, as the
 * Grafana dashboard in deploy/grafana does). Ten buckets per route keep the series count small; the
 * bounds bracket the targets in BENCHMARKS.md (50 ms for a note, 500 ms for delivery, 2 s for a report).
 */
@Singleton
class RequestLatencyBuckets {

    private static final double[] BOUNDS_MS = {5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 10_000};

    @Produces
    @Singleton
    MeterFilter requestLatencyBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals("http.server.requests")) {
                    return config;
                }
                double[] nanos = new double[BOUNDS_MS.length];
                for (int i = 0; i < nanos.length; i++) {
                    nanos[i] = TimeUnit.MILLISECONDS.toNanos((long) BOUNDS_MS[i]);
                }
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(nanos)
                        .expiry(Duration.ofMinutes(2))
                        .build()
                        .merge(config);
            }
        };
    }
}
