package eu.medi4sec.hub.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** An event's SSE frame is encoded once per distinct data and shared by every stream that gets it. */
class EventFramesTest {

    @Test
    void aFrameIsTheSseEventWithEveryLineOfDataPrefixed() {
        var frames = new EventStreamResource.Frames();

        assertEquals(
                "id:7\nevent:note.created\ndata:{\"a\":1}\n\n",
                frames.frame(7, "note.created", "{\"a\":1}").toString());
        assertEquals(
                "id:8\nevent:x\ndata:one\ndata:two\n\n",
                frames.frame(8, "x", "one\ntwo").toString());
    }

    @Test
    void streamsGettingTheSameDataShareOneFrameAndOtherViewersGetTheirOwn() {
        var frames = new EventStreamResource.Frames();
        String forStaff = "{\"author\":\"Ana\"}";
        String forDelegates = "{\"author\":null}";

        var first = frames.frame(1, "note.created", forStaff);
        assertSame(first, frames.frame(1, "note.created", new String(forStaff)));
        assertNotSame(first, frames.frame(1, "note.created", forDelegates));
    }

    @Test
    void anOldEventReplayedLongAfterIsEncodedForItsStreamAlone() {
        var frames = new EventStreamResource.Frames();
        frames.frame(1, "note.created", "{}");
        frames.frame(1_000, "note.created", "{}"); // the workshop has moved on

        var replayed = frames.frame(1, "note.created", "{}");
        assertNotSame(replayed, frames.frame(1, "note.created", "{}"));
        assertEquals("id:1\nevent:note.created\ndata:{}\n\n", replayed.toString());
    }
}
