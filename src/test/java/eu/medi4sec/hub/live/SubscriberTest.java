package eu.medi4sec.hub.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.medi4sec.hub.access.Viewer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SubscriberTest {

    /** A client that reads nothing: sends are never completed. */
    static final class StuckSink implements Subscriber.Sink {
        final List<Long> sent = new ArrayList<>();
        final List<List<Long>> writes = new ArrayList<>();
        final List<Runnable> unfinished = new ArrayList<>();
        boolean closed;

        @Override
        public void send(List<Subscriber.Outgoing> events, Runnable done) {
            List<Long> ids = events.stream().map(Subscriber.Outgoing::id).toList();
            sent.addAll(ids);
            writes.add(ids);
            unfinished.add(done);
        }

        @Override
        public void comment(String text) {}

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
        assertEquals(
                List.of(1L), sink.sent, "one write on its way, seven events waiting: the ninth dropped the client");
    }

    @Test
    void eventsThatComeWhileAWriteIsOnItsWayGoTogetherInTheNextWrite() {
        StuckSink sink = new StuckSink();
        Subscriber subscriber = new Subscriber(1, Viewer.staff(1), sink, 0, 8);
        subscriber.live();
        subscriber.offer(1, "note.created", DATA);
        subscriber.offer(2, "note.created", DATA);
        subscriber.offerAll(List.of(
                new Subscriber.Pending(3, "note.created", DATA), new Subscriber.Pending(4, "vote.changed", DATA)));
        assertEquals(List.of(List.of(1L)), sink.writes, "nothing more until the first write is out");

        sink.unfinished.get(0).run();
        assertEquals(List.of(List.of(1L), List.of(2L, 3L, 4L)), sink.writes);
        sink.unfinished.get(1).run();
        subscriber.offer(5, "note.created", DATA);
        assertEquals(List.of(5L), sink.writes.get(2), "a client that keeps up gets each event at once");
        assertFalse(sink.closed);
    }

    @Test
    void eventsArrivingDuringTheReplayFollowItWithoutGapsOrDoubles() {
        ReadingSink sink = new ReadingSink();
        Subscriber subscriber = new Subscriber(1, Viewer.staff(1), sink, 3, 100);
        subscriber.offer(5, "note.created", DATA); // live, while the replay runs
        subscriber.offer(6, "note.created", DATA);
        subscriber.replay(4, "note.created", DATA);
        subscriber.replay(5, "note.created", DATA);
        subscriber.live();
        subscriber.offer(6, "note.created", DATA); // a late duplicate
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

    /** A client that reads everything at once. */
    static final class ReadingSink implements Subscriber.Sink {
        final List<Long> sent = new ArrayList<>();
        boolean closed;

        @Override
        public void send(List<Subscriber.Outgoing> events, Runnable done) {
            events.forEach(e -> sent.add(e.id()));
            done.run();
        }

        @Override
        public void comment(String text) {}

        @Override
        public void close() {
            closed = true;
        }

        @Override
        public boolean isClosed() {
            return closed;
        }
    }

    /** A client that reads, a little later than the server writes: sends complete on another thread. */
    static final class SlowSink implements Subscriber.Sink {
        final List<Long> sent = new CopyOnWriteArrayList<>();
        final ExecutorService reader = Executors.newSingleThreadExecutor();
        volatile boolean closed;

        @Override
        public void send(List<Subscriber.Outgoing> events, Runnable done) {
            events.forEach(e -> sent.add(e.id()));
            reader.execute(() -> {
                try {
                    Thread.sleep(0, 200_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                done.run();
            });
        }

        @Override
        public void comment(String text) {}

        @Override
        public void close() {
            closed = true;
        }

        @Override
        public boolean isClosed() {
            return closed;
        }

        /** The last events go when the write before them is out, on the reader's thread: wait for them. */
        void awaitSent(int events) {
            long deadline = System.currentTimeMillis() + 10_000;
            while (sent.size() < events && !closed && System.currentTimeMillis() < deadline) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            reader.shutdown();
        }
    }

    @Test
    void aLongReplayWaitsForTheClientInsteadOfDroppingIt() {
        SlowSink sink = new SlowSink();
        Subscriber subscriber = new Subscriber(1, Viewer.staff(1), sink, 0, 8);
        for (long seq = 1; seq <= 2_000; seq++) {
            subscriber.replay(seq, "note.created", DATA);
        }
        assertTrue(subscriber.live());
        sink.awaitSent(2_000);
        assertFalse(sink.closed, "a client that reads is never dropped during a replay");
        assertEquals(LongStream.rangeClosed(1, 2_000).boxed().toList(), sink.sent);
    }

    @Test
    void aReplayToAClientThatTakesNothingGivesUpAfterTheStallTime() {
        StuckSink sink = new StuckSink();
        Subscriber subscriber = new Subscriber(1, Viewer.staff(1), sink, 0, 8, 50);
        for (long seq = 1; seq <= 100; seq++) {
            subscriber.replay(seq, "note.created", DATA);
        }
        assertTrue(sink.closed);
        assertEquals(List.of(1L), sink.sent, "the first write never finished; the next seven waited until the stall");
    }

    @Test
    void liveEventsThatOverflowTheBufferDuringTheReplayAreReadFromTheLog() {
        ReadingSink reading = new ReadingSink();
        Subscriber subscriber = new Subscriber(1, Viewer.staff(1), reading, 0, 4);
        subscriber.replay(1, "note.created", DATA);
        for (long seq = 2; seq <= 10; seq++) {
            subscriber.offer(seq, "note.created", DATA); // a burst while the replay runs: more than the buffer holds
        }
        assertFalse(subscriber.live(), "the replay must read on from the log");
        for (long seq = 2; seq <= 10; seq++) {
            subscriber.replay(seq, "note.created", DATA); // what the log holds after the first page
        }
        subscriber.offer(11, "note.created", DATA);
        assertTrue(subscriber.live());
        subscriber.offer(12, "note.created", DATA);
        assertEquals(LongStream.rangeClosed(1, 12).boxed().toList(), reading.sent);
        assertFalse(reading.closed);
    }

    @Test
    void goingLiveAfterALongReplayWaitsForTheClientBeforeSendingWhatArrivedMeanwhile() {
        SlowSink sink = new SlowSink();
        Subscriber subscriber = new Subscriber(1, Viewer.staff(1), sink, 0, 8);
        for (long seq = 1; seq <= 100; seq++) {
            subscriber.replay(seq, "note.created", DATA);
        }
        for (long seq = 101; seq <= 108; seq++) {
            subscriber.offer(seq, "note.created", DATA); // arrived during the replay, while the client's window is full
        }
        assertTrue(subscriber.live());
        sink.awaitSent(108);
        assertFalse(sink.closed);
        assertEquals(LongStream.rangeClosed(1, 108).boxed().toList(), sink.sent);
    }
}
