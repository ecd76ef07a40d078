package eu.medi4sec.hub.live;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One open event stream. It replays what the client missed, then goes live. Events that arrive
 * during the replay wait in a bounded buffer; a client that cannot keep up (too many sends not yet
 * written) is disconnected rather than allowed to hold memory, and resumes later with Last-Event-ID.
 */
public final class Subscriber {

    /** Where the events go: an SSE connection, or a test's recorder. */
    public interface Sink {
        /** Sends one event; {@code done} runs when it has been written (or failed). */
        void send(long id, String type, String data, Runnable done);

        void comment(String text);

        void close();

        boolean isClosed();
    }

    record Pending(long seq, String type, EventRenderer.Prepared prepared) {}

    private final long workshopId;
    private final Viewer viewer;
    private final Sink sink;
    private final int maxInFlight;
    private final Deque<Pending> waiting = new ArrayDeque<>();
    private long lastSentSeq;
    private boolean replaying = true;
    private int inFlight;
    private boolean closed;

    Subscriber(long workshopId, Viewer viewer, Sink sink, long lastSeenSeq, int maxInFlight) {
        this.workshopId = workshopId;
        this.viewer = viewer;
        this.sink = sink;
        this.lastSentSeq = lastSeenSeq;
        this.maxInFlight = maxInFlight;
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
                close();
                return;
            }
            waiting.addLast(new Pending(seq, type, prepared));
            return;
        }
        deliver(seq, type, prepared);
    }

    /** An event from the replay, in order. */
    synchronized void replay(long seq, String type, EventRenderer.Prepared prepared) {
        if (!isClosed() && seq > lastSentSeq) {
            deliver(seq, type, prepared);
        }
    }

    /** The replay reached the log's end: send what arrived meanwhile and go live. */
    synchronized void live() {
        replaying = false;
        while (!waiting.isEmpty() && !isClosed()) {
            Pending next = waiting.pollFirst();
            if (next.seq() > lastSentSeq) {
                deliver(next.seq(), next.type(), next.prepared());
            }
        }
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
            close();
            return;
        }
        inFlight++;
        sink.send(seq, type, data.get(), this::written);
    }

    private synchronized void written() {
        inFlight--;
    }
}
