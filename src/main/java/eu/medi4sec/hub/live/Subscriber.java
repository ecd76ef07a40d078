package eu.medi4sec.hub.live;

import eu.medi4sec.hub.access.Viewer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * One open event stream. It replays what the client missed, then goes live. The replay runs on the
 * request's own worker thread and waits for the client to take what was sent, so a long replay (a
 * phone back after a server restart) is paced by the client instead of cut off. Events that arrive
 * during the replay wait in a bounded buffer; when it overflows they are dropped and the replay reads
 * them from the log instead.
 *
 * <p>A stream has at most one write on its way to the client. Events that come while it is on its way
 * wait here and go together in the next write, so a client that falls behind gets fewer, larger writes
 * instead of a queue of small ones inside the connection. A live client with too many events waiting
 * (the in-flight limit) is disconnected rather than allowed to hold memory, and resumes later with
 * Last-Event-ID.
 */
final class Subscriber {

    /** One event as a client gets it. */
    record Outgoing(long id, String type, String data) {}

    /** Where the events go: an SSE connection, or a test's recorder. */
    public interface Sink {
        /** Sends events in one write; {@code done} runs when it has been written (or failed). */
        void send(List<Outgoing> events, Runnable done);

        void comment(String text);

        void close();

        boolean isClosed();
    }

    /** What the hub counts for operators (LiveHub's meters); {@link #NONE} counts nothing. */
    interface Meters {
        /** Events were handed to the client's connection. */
        void delivered(int events);

        /** The client could not keep up and was closed. */
        void dropped();

        Meters NONE = new Meters() {
            @Override
            public void delivered(int events) {}

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

    /** Events for this client not yet handed to the connection: they go in the next write. */
    private final List<Outgoing> unsent = new ArrayList<>();
    /** Events in the write on its way (0 when none is). */
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
    void offer(long seq, String type, EventRenderer.Prepared prepared) {
        offerAll(List.of(new Pending(seq, type, prepared)));
    }

    /** Live events in order (a page the hub read from the log), sent in one write where the client is ready. */
    synchronized void offerAll(List<Pending> events) {
        // the sink is asked once per page (it takes the connection's locks); queue() may close this one meanwhile
        if (isClosed()) {
            return;
        }
        for (Pending event : events) {
            if (closed) {
                return;
            }
            if (event.seq() <= lastSentSeq) {
                continue;
            }
            if (replaying) {
                if (waiting.size() >= maxInFlight) {
                    // Not a slow client: the replay is still running. Everything here is in the log, so drop
                    // it and let the replay read it from there (closing made the phone start its replay again).
                    waiting.clear();
                    behind = true;
                    return;
                }
                waiting.addLast(event);
            } else {
                queue(event);
            }
        }
        flush();
    }

    /**
     * An event from the replay, in order. Blocks (on the request's worker thread) while the client has
     * the most events not yet written: a replay of thousands of events is paced by the client, not
     * dropped at the in-flight limit. A client that takes nothing for the stall time is closed.
     */
    void replay(long seq, String type, EventRenderer.Prepared prepared) {
        replayAll(List.of(new Pending(seq, type, prepared)));
    }

    /** Events from the replay, in order; see {@link #replay}. */
    synchronized void replayAll(List<Pending> events) {
        for (Pending event : events) {
            if (!awaitRoom()) {
                return;
            }
            if (event.seq() > lastSentSeq) {
                queue(event);
            }
        }
        flush();
    }

    /** Waits (on the request's thread only) until the client has room; false when it is closed meanwhile. */
    private boolean awaitRoom() {
        long deadline = System.currentTimeMillis() + replayStallMs;
        while (backlog() >= maxInFlight && !isClosed()) {
            flush();
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
                queue(next);
            }
        }
        flush();
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
            unsent.clear();
            notifyAll();
            sink.close();
        }
    }

    private int backlog() {
        return unsent.size() + inFlight;
    }

    /** Takes the event for this viewer into the next write (or skips it when this viewer does not get it). */
    private void queue(Pending event) {
        lastSentSeq = event.seq();
        var data = event.prepared().forViewer(viewer);
        if (data.isEmpty()) {
            return;
        }
        if (backlog() >= maxInFlight) {
            // a slow or vanished client: drop it instead of buffering without bound
            meters.dropped();
            close();
            return;
        }
        unsent.add(new Outgoing(event.seq(), event.type(), data.get()));
    }

    /** Starts the next write, unless one is on its way: then what waits goes when it has been written. */
    private void flush() {
        if (inFlight > 0 || unsent.isEmpty() || isClosed()) {
            return;
        }
        List<Outgoing> batch = List.copyOf(unsent);
        unsent.clear();
        inFlight = batch.size();
        meters.delivered(batch.size());
        sink.send(batch, this::written);
    }

    private synchronized void written() {
        inFlight = 0;
        flush();
        notifyAll();
    }
}
