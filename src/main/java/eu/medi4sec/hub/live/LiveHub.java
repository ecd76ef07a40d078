package eu.medi4sec.hub.live;

import eu.medi4sec.hub.access.Viewer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Fans a workshop's events out to its open streams. A notification says only "workshop W has event
 * N"; the hub reads the new rows from the log once, prepares each once, and hands it to every
 * subscriber, who renders it for its own viewer. Reading the log (not trusting the notification)
 * is what makes delivery exact after a missed notification or a reconnect.
 */
@ApplicationScoped
class LiveHub {

    private static final Logger LOG = Logger.getLogger(LiveHub.class);
    static final int PAGE = 500;
    /** After a failed read of the log, the first retry waits this long, doubling up to {@link #MAX_RETRY_MS}. */
    static final long RETRY_MS = 250;

    static final long MAX_RETRY_MS = 5_000;

    private final EventLog log;
    private final List<EventRenderer> renderers;
    private final int maxInFlight;
    private final long batchWindowNanos;
    private final long batchWindowPerStreamNanos;
    private final Map<Long, Channel> channels = new ConcurrentHashMap<>();
    private final MeterRegistry registry;
    private final Subscriber.Meters meters;
    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> new Thread(r, "live-loader"));
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-timers");
        t.setDaemon(true);
        return t;
    });

    /** The subscribers of one workshop and how far the hub has read its log. */
    static final class Channel {
        final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
        volatile long loadedSeq;
        /** Reads of the log that failed in a row; touched only on the loader thread. */
        int failedReads;
        /** A read is queued and has not started: further notifications need no read of their own. */
        final AtomicBoolean readQueued = new AtomicBoolean();
        /** When the last read of the log started (System.nanoTime). */
        volatile long lastReadNanos = System.nanoTime() - TimeUnit.DAYS.toNanos(1);
        /** workshophub.live.subscribers for this workshop while it has subscribers; guarded by the channel. */
        Gauge gauge;

        int openSubscribers() {
            return (int) subscribers.stream().filter(s -> !s.isClosed()).count();
        }
    }

    LiveHub(EventLog log, Instance<EventRenderer> renderers, LiveConfig config, MeterRegistry registry) {
        this.log = log;
        this.registry = registry;
        Counter delivered = Counter.builder("workshophub.events.delivered")
                .description("Events handed to subscribers' streams (one per event and subscriber)")
                .register(registry);
        Counter dropped = Counter.builder("workshophub.live.subscribers.dropped")
                .description("Subscribers closed because they could not keep up")
                .register(registry);
        this.meters = new Subscriber.Meters() {
            @Override
            public void delivered(int events) {
                delivered.increment(events);
            }

            @Override
            public void dropped() {
                dropped.increment();
            }
        };
        this.renderers = renderers.stream().toList();
        this.maxInFlight = config.maxInFlight();
        this.batchWindowNanos = config.batchWindow().toNanos();
        this.batchWindowPerStreamNanos = config.batchWindowPerStream().toNanos();
        long heartbeat = config.heartbeat().toMillis();
        timers.scheduleAtFixedRate(this::beat, heartbeat, heartbeat, TimeUnit.MILLISECONDS);
    }

    /**
     * Opens a stream. {@code lastEventId} null means "from now on"; a number replays every event after
     * it (0 replays the workshop from the start). Blocking: call it off the event loop.
     */
    public Subscriber subscribe(long workshopId, Viewer viewer, Long lastEventId, Subscriber.Sink sink) {
        Channel channel = channels.computeIfAbsent(workshopId, id -> {
            Channel fresh = new Channel();
            fresh.loadedSeq = latest(id);
            return fresh;
        });
        long from = lastEventId != null ? lastEventId : latest(workshopId);
        Subscriber subscriber =
                new Subscriber(workshopId, viewer, sink, from, maxInFlight, Subscriber.REPLAY_STALL_MS, meters);
        synchronized (channel) {
            channel.subscribers.add(subscriber);
            if (channel.gauge == null) {
                channel.gauge = Gauge.builder("workshophub.live.subscribers", channel, Channel::openSubscribers)
                        .description("Open event streams per workshop on this instance")
                        .tag("workshop", Long.toString(workshopId))
                        .strongReference(true)
                        .register(registry);
            }
        }
        try {
            long cursor = from;
            while (!subscriber.isClosed()) {
                List<Loaded> page = readPage(workshopId, cursor);
                subscriber.replayAll(pending(page));
                if (!page.isEmpty()) {
                    cursor = page.get(page.size() - 1).event().seq();
                }
                // at the log's end, go live unless live events overflowed meanwhile: then read those from the log
                if (page.size() < PAGE && subscriber.live()) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            subscriber.close();
            throw e;
        }
        return subscriber;
    }

    public void unsubscribe(Subscriber subscriber) {
        Channel channel = channels.get(subscriber.workshopId());
        if (channel != null) {
            channel.subscribers.remove(subscriber);
            forgetGaugeIfEmpty(channel);
        }
    }

    /**
     * A notification from the database (this instance's or another's). Reads of one workshop's log start
     * at least the batch window apart, which grows with the workshop's streams here ({@link #batchWindow}):
     * a lone event is read at once, and a small workshop's burst almost at once, but in a plenary each of
     * thousands of streams gets the window's events in one write, a few writes a second instead of one per
     * note. Below the window the cost of a read is small; above it, fewer writes is what keeps up.
     */
    public void notified(long workshopId, long seq) {
        Channel channel = channels.get(workshopId);
        // A room of phones notifies hundreds of times a second; one queued read serves them all, where a
        // read per notification queued up behind the writers for a pooled connection and streams fell behind.
        if (channel != null && seq > channel.loadedSeq && channel.readQueued.compareAndSet(false, true)) {
            long window = batchWindow(channel.subscribers.size(), batchWindowPerStreamNanos, batchWindowNanos);
            long wait = channel.lastReadNanos + window - System.nanoTime();
            try {
                if (wait > 0) {
                    timers.schedule(() -> queueRead(workshopId, channel), wait, TimeUnit.NANOSECONDS);
                } else {
                    queueRead(workshopId, channel);
                }
            } catch (RejectedExecutionException stopping) {
                // shutting down
            }
        }
    }

    /** How far apart reads of a workshop's log start (ns), for the streams this instance holds for it. */
    static long batchWindow(int streams, long perStreamNanos, long maxNanos) {
        return Math.min(maxNanos, streams * perStreamNanos);
    }

    private void queueRead(long workshopId, Channel channel) {
        try {
            loader.execute(() -> {
                channel.readQueued.set(false);
                load(workshopId);
            });
        } catch (RejectedExecutionException stopping) {
            // shutting down
        }
    }

    /** After the listener reconnects: read whatever was logged while it was away. */
    public void backfillAll() {
        channels.keySet().forEach(id -> loader.execute(() -> load(id)));
    }

    public int subscriberCount() {
        return channels.values().stream().mapToInt(c -> c.subscribers.size()).sum();
    }

    private void load(long workshopId) {
        Channel channel = channels.get(workshopId);
        if (channel == null) {
            return;
        }
        channel.lastReadNanos = System.nanoTime();
        try {
            // closed streams leave the list at the heartbeat's sweeps (sweep()); until then each page passes them by
            List<Loaded> page;
            do {
                page = readPage(workshopId, channel.loadedSeq);
                if (page.isEmpty()) {
                    break;
                }
                // each subscriber gets the whole page at once: one write per stream, not one per event
                List<Subscriber.Pending> events = pending(page);
                for (Subscriber subscriber : channel.subscribers) {
                    subscriber.offerAll(events);
                }
                channel.loadedSeq = page.get(page.size() - 1).event().seq();
            } while (page.size() == PAGE);
            channel.failedReads = 0;
        } catch (RuntimeException e) {
            // Read again soon: waiting for the workshop's next event would leave every open stream without
            // this one for as long as nothing else happens, maybe for good (the last note of a round).
            long delay = Math.min(MAX_RETRY_MS, RETRY_MS << Math.min(channel.failedReads, 5));
            channel.failedReads++;
            LOG.warnf(
                    "Could not read the event log of workshop %d (%s); reading it again in %d ms",
                    workshopId, e.getMessage(), delay);
            retryLater(workshopId, delay);
        }
    }

    private void retryLater(long workshopId, long delayMs) {
        try {
            timers.schedule(
                    () -> {
                        try {
                            loader.execute(() -> load(workshopId));
                        } catch (RejectedExecutionException stopping) {
                            // shutting down
                        }
                    },
                    delayMs,
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // shutting down
        }
    }

    /** An event of the log with what renders it for any viewer. */
    private record Loaded(EventLog.Event event, EventRenderer.Prepared prepared) {}

    private static List<Subscriber.Pending> pending(List<Loaded> page) {
        return page.stream()
                .map(l -> new Subscriber.Pending(l.event().seq(), l.event().type(), l.prepared()))
                .toList();
    }

    /**
     * A page of the log after {@code after}, each event prepared, in one transaction: one pooled
     * connection per page rather than one per event. When writers hold the pool (a room of phones
     * sending at once) every acquisition waits in line, and streams fell thousands of events behind.
     */
    private List<Loaded> readPage(long workshopId, long after) {
        return QuarkusTransaction.joiningExisting().call(() -> prepareAll(log.after(workshopId, after, PAGE)));
    }

    /** Each renderer prepares its share of the page at once (a few queries, not a few per event). */
    private List<Loaded> prepareAll(List<EventLog.Event> events) {
        Map<EventRenderer, List<EventLog.Event>> byRenderer = new LinkedHashMap<>();
        for (EventLog.Event event : events) {
            renderers.stream()
                    .filter(r -> r.handles(event.type()))
                    .findFirst()
                    .ifPresent(r -> byRenderer
                            .computeIfAbsent(r, k -> new ArrayList<>())
                            .add(event));
        }
        Map<Long, EventRenderer.Prepared> bySeq = new HashMap<>();
        byRenderer.forEach((renderer, mine) -> {
            List<EventRenderer.Prepared> prepared = renderer.prepareAll(mine);
            for (int i = 0; i < mine.size(); i++) {
                bySeq.put(mine.get(i).seq(), prepared.get(i));
            }
        });
        EventRenderer.Prepared nothing = viewer -> Optional.empty();
        return events.stream()
                .map(e -> new Loaded(e, bySeq.getOrDefault(e.seq(), nothing)))
                .toList();
    }

    private long latest(long workshopId) {
        return QuarkusTransaction.joiningExisting().call(() -> log.latest(workshopId));
    }

    private void beat() {
        sweep();
        channels.values().forEach(channel -> channel.subscribers.forEach(Subscriber::heartbeat));
        // Behind a proxy, a client that left often goes unnoticed until something is written to it: the proxy keeps
        // this side open until then. The heartbeat is that write, so the streams it finds gone leave a second
        // later, not a whole interval later (after a room's mass reconnect, two rooms' streams held the heap).
        try {
            timers.schedule(this::sweep, 1, TimeUnit.SECONDS);
        } catch (RejectedExecutionException stopping) {
            // shutting down
        }
    }

    /** Closed streams leave their channel (and a workshop nobody watches any more leaves the metrics). */
    private void sweep() {
        for (Channel channel : channels.values()) {
            channel.subscribers.removeIf(Subscriber::isClosed);
            forgetGaugeIfEmpty(channel);
        }
    }

    /** A workshop nobody watches any more leaves the metrics (workshops come and go; series should too). */
    private void forgetGaugeIfEmpty(Channel channel) {
        synchronized (channel) {
            if (channel.gauge != null && channel.subscribers.isEmpty()) {
                registry.remove(channel.gauge);
                channel.gauge = null;
            }
        }
    }

    void stop(@Observes ShutdownEvent event) {
        timers.shutdownNow();
        loader.shutdownNow();
        channels.values().forEach(c -> c.subscribers.forEach(Subscriber::close));
    }
}
