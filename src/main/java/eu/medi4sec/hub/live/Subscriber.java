package eu.medi4sec.hub.live;

import eu.medi4sec.hub.access.Viewer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One open event stream. It replays what the client missed, then goes live. The replay runs on the
 * request's own worker thread and waits for the client to take what was sent, so a long replay (a
 * phone back after a server restart) is paced by the client instead of cut off. Events that arrive
 * during the replay wait in a bounded buffer; when it overflows they are dropped and the replay reads
 * them from the log instead. A live client that cannot keep up (too many sends not yet written) is
 * disconnected rather than allowed to hold memory, and resumes later with Last-Event-ID.
 */
final class Subscriber {

    /** Where the events go: an SSE connection, or a test's recorder. */
    public interface Sink {
        /** Sends one event; {@code done} runs when it has been written (or failed). */
        void send(long id, String type, String data, Runnable done);

        void comment(String text);

        void close();

        boolean isClosed();
    }

    /** What the hub counts for operators (LiveHub's meters); {@link #NONE} counts nothing. */
    interface Meters {
        /** An event was handed to the client's connection. */
        void delivered();

        /** The client could not keep up and was closed. */
        void dropped();

        Meters NONE = new Meters() {
            @Override
            public void delivered() {}

            @Override
            public void dropped() {}
        };
    }

    /** How long a replay waits for a client that takes nothing before dropping it. */
    static final long REPLAY_STALL_MS = 30_000;

    record Pending(long seq, String type, EventRenderer.Prepared prepared) {}

    private final long workshopId;
    private final Viewer viewer;
    private final Sink sink;
    private final int maxInFlight;
    private final Deque<Pending> waiting = new ArrayDeque<>();
    private final long replayStallMs;
    private final Meters meters;
    private long lastSentSeq;
    private boolean replaying = true;
    /** Live events were dropped from the full buffer during the replay: the replay must read on. */
    private boolean behind;

    private int inFlight;
    private boolean closed;

    Subscriber(long workshopId, Viewer viewer, Sink sink, long lastSeenSeq, int maxInFlight) {
        this(workshopId, viewer, sink, lastSeenSeq, maxInFlight, REPLAY_STALL_MS, Meters.NONE);
    }

    Subscriber(long workshopId, Viewer viewer, Sink sink, long lastSeenSeq, int maxInFlight, long replayStallMs) {
        this(workshopId, viewer, sink, lastSeenSeq, maxInFlight, replayStallMs, Meters.NONE);
    }

    /** {@code replayStallMs}: how long the replay waits for a client that takes nothing before dropping it. */
    Subscriber(
            long workshopId,
            Viewer viewer,
            Sink sink,
            long lastSeenSeq,
            int maxInFlight,
            long replayStallMs,
            Meters meters) {
        this.meters = meters;
        this.workshopId = workshopId;
        this.viewer = viewer;
        this.sink = sink;
        this.lastSentSeq = lastSeenSeq;
        this.maxInFlight = maxInFlight;
        this.replayStallMs = replayStallMs;
    }

    long workshopId() {
        return workshopId;
    }

    Viewer viewer() {
        return viewer;
    }

    synchronized long lastSentSeq() {
        return lastSentSeq;
    }

    synchronized boolean isClosed() {
        return closed || sink.isClosed();
    }

    /** A live event; held back while the replay runs. */
    synchronized void offer(long seq, String type, EventRenderer.Prepared prepared) {
        if (isClosed() || seq <= lastSentSeq) {
            return;
        }
        if (replaying) {
            if (waiting.size() >= maxInFlight) {
                // Not a slow client: the replay is still running. Everything here is in the log, so drop
                // it and let the replay read it from there (closing made the phone start its replay again).
                waiting.clear();
                behind = true;
                return;
            }
            waiting.addLast(new Pending(seq, type, prepared));
            return;
        }
        deliver(seq, type, prepared);
    }

    /**
     * An event from the replay, in order. Blocks (on the request's worker thread) while the client has
     * the most sends not yet written: a replay of thousands of events is paced by the client, not
     * dropped at the in-flight limit. A client that takes nothing for the stall time is closed.
     */
    synchronized void replay(long seq, String type, EventRenderer.Prepared prepared) {
        if (awaitRoom() && seq > lastSentSeq) {
            deliver(seq, type, prepared);
        }
    }

    /** Waits (on the request's thread only) until the client has room; false when it is closed meanwhile. */
    private boolean awaitRoom() {
        long deadline = System.currentTimeMillis() + replayStallMs;
        while (inFlight >= maxInFlight && !isClosed()) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                meters.dropped();
                close();
                return false;
            }
            try {
                wait(Math.min(left, 1_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                return false;
            }
        }
        return !isClosed();
    }

    /**
     * The replay reached the log's end: send what arrived meanwhile and go live. False when live events
     * overflowed the buffer during the replay: then the replay reads on from the log and asks again.
     */
    synchronized boolean live() {
        if (behind) {
            // what the buffer holds is in the log too, and the next read of the log starts before it
            behind = false;
            waiting.clear();
            return false;
        }
        replaying = false;
        // still on the request's thread: a replay may have left the client's window full, so wait as it did
        while (!waiting.isEmpty() && awaitRoom()) {
            Pending next = waiting.pollFirst();
            if (next.seq() > lastSentSeq) {
                deliver(next.seq(), next.type(), next.prepared());
            }
        }
        return true;
    }

    synchronized void heartbeat() {
        if (!isClosed()) {
            sink.comment("keep-alive");
        }
    }

    synchronized void close() {
        if (!closed) {
            closed = true;
            waiting.clear();
            notifyAll();
            sink.close();
        }
    }

    private void deliver(long seq, String type, EventRenderer.Prepared prepared) {
        lastSentSeq = seq;
        var data = prepared.forViewer(viewer);
        if (data.isEmpty()) {
            return;
        }
        if (inFlight >= maxInFlight) {
            // a slow or vanished client: drop it instead of buffering without bound
            meters.dropped();
            close();
            return;
        }
        inFlight++;
        meters.delivered();
        sink.send(seq, type, data.get(), this::written);
    }

    private synchronized void written() {
        inFlight--;
        notifyAll();
    }
}
