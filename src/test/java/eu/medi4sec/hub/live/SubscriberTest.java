package eu.medi4sec.hub.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubscriberTest {

    /** A client that reads nothing: sends are never completed. */
    static final class StuckSink implements Subscriber.Sink {
        final List<Long> sent = new ArrayList<>();
        final List<Runnable> unfinished = new ArrayList<>();
        boolean closed;

        @Override
        public void send(long id, String type, String data, Runnable done) {
            sent.add(id);
            unfinished.add(done);
        }

        @Override
        public void comment(String text) {
        }

        @Override
        public void close() {
            closed = true;
        }

        @Override
        public boolean isClosed() {
            return closed;
        }
    }

    static final EventRenderer.Prepared DATA = viewer -> Optional.of("{}");

    @Test
    void aClientThatStopsReadingIsDroppedInsteadOfBufferedWithoutBound() {
        StuckSink sink = new StuckSink();
        Subscriber subscriber = new Subscriber(1, Viewer.staff(1), sink, 0, 8);
        subscriber.live();
        for (long seq = 1; seq <= 100; seq++) {
            subscriber.offer(seq, "note.created", DATA);
        }
        assertTrue(sink.closed);
        assertEquals(8, sink.sent.size(), "no more than the in-flight limit was ever queued");
    }

    @Test
    void eventsArrivingDuringTheReplayFollowItWithoutGapsOrDoubles() {
        StuckSink sink = new StuckSink();
        Subscriber subscriber = new Subscriber(1, Viewer.staff(1), sink, 3, 100);
        subscriber.offer(5, "note.created", DATA);   // live, while the replay runs
        subscriber.offer(6, "note.created", DATA);
        subscriber.replay(4, "note.created", DATA);
        subscriber.replay(5, "note.created", DATA);
        subscriber.live();
        subscriber.offer(6, "note.created", DATA);   // a late duplicate
        subscriber.offer(7, "note.created", DATA);
        assertEquals(List.of(4L, 5L, 6L, 7L), sink.sent);
        assertFalse(sink.closed);
    }

    @Test
    void aViewerWhoMayNotSeeAnEventSkipsItButMovesOn() {
        StuckSink sink = new StuckSink();
        Subscriber subscriber = new Subscriber(1, Viewer.delegate(9, 1), sink, 0, 100);
        subscriber.live();
        subscriber.offer(1, "note.created", viewer -> Optional.empty());
        subscriber.offer(2, "note.created", DATA);
        assertEquals(List.of(2L), sink.sent);
        assertEquals(2, subscriber.lastSentSeq());
    }
}
