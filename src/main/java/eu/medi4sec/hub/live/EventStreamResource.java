package eu.medi4sec.hub.live;

import eu.medi4sec.hub.access.Caller;
import eu.medi4sec.hub.access.Roles;
import eu.medi4sec.hub.access.Viewer;
import eu.medi4sec.hub.access.Viewers;
import eu.medi4sec.hub.common.ProblemException;
import eu.medi4sec.hub.workshop.WorkshopService;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/workshops/{workshopId}/events")
@Tag(name = "Live")
class EventStreamResource {

    /** Each workshop's recent frames, shared by all its streams on this instance. */
    private static final Map<Long, Frames> frames = new ConcurrentHashMap<>();

    private final LiveHub hub;
    private final WorkshopService workshops;
    private final Caller caller;
    private final Viewers viewers;

    EventStreamResource(LiveHub hub, WorkshopService workshops, Caller caller, Viewers viewers) {
        this.hub = hub;
        this.workshops = workshops;
        this.caller = caller;
        this.viewers = viewers;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(
            summary = "The workshop's live events (Server-Sent Events)",
            description = "id: the event's sequence "
                    + "number in this workshop (only grows); event: its type (note.created, note.edited, note.withdrawn, "
                    + "note.hidden, note.restored, note.pinned, note.unpinned, note.merged, note.approved, note.labelled (staff "
                    + "and the note's author), note.publication-text-changed (staff), vote.changed, "
                    + "round.opened, round.closed); data: the changed resource as its API shows it to you. Send Last-Event-ID "
                    + "to replay exactly the events after it (0 replays the workshop from the start), then continue live. "
                    + "Heartbeat comments every 15 s. Authenticate with the Authorization header (read the stream with fetch); "
                    + "tokens are never accepted in the URL.")
    public void stream(
            @PathParam("workshopId") long workshopId,
            @HeaderParam("Last-Event-ID") String lastEventId,
            @Context SseEventSink sink,
            @Context Sse sse,
            @Context HttpServerResponse response) {
        caller.requireWorkshop(workshopId);
        // in a transaction of its own: outside one, Hibernate keeps the session (and the workshop in it) open
        // until the request ends, which for a stream is when the client leaves (measured: ~3 KB per stream)
        QuarkusTransaction.joiningExisting().run(() -> workshops.get(workshopId));
        Long last = parse(lastEventId);
        Viewer viewer = viewers.current();
        // the first write goes through the SSE sink, which sends the response's head; the rest is written raw
        sink.send(sse.newEventBuilder().comment("connected").build());
        SseSink out = new SseSink(sink, response, frames.computeIfAbsent(workshopId, id -> new Frames()));
        hub.subscribe(workshopId, viewer, last, out);
    }

    private static Long parse(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(lastEventId.trim());
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("Last-Event-ID must be an event id from this stream (a whole number).");
        }
    }

    /**
     * Writes events to an SSE connection as frames encoded once for everyone: every viewer of the same
     * kind gets the same data for an event ({@link EventRenderer.Prepared}), so its frame is encoded once,
     * into memory outside the heap, and that one buffer is written to each of their connections. A
     * room of 2,000 streams then holds one copy of an event, not 2,000, however far behind its clients are.
     */
    static final class SseSink implements Subscriber.Sink {
        private static final Buffer KEEP_ALIVE = direct(": keep-alive\n\n");

        private final SseEventSink sink;
        private final HttpServerResponse response;
        private final Frames frames;

        SseSink(SseEventSink sink, HttpServerResponse response, Frames frames) {
            this.sink = sink;
            this.response = response;
            this.frames = frames;
        }

        @Override
        public void send(List<Subscriber.Outgoing> events, Runnable done) {
            if (events.size() == 1) {
                Subscriber.Outgoing event = events.get(0);
                write(frames.frame(event.id(), event.type(), event.data()), done);
                return;
            }
            // several events in one write: the shared frames side by side, not copied
            ByteBuf[] parts = new ByteBuf[events.size()];
            for (int i = 0; i < parts.length; i++) {
                Subscriber.Outgoing event = events.get(i);
                parts[i] = frames.frame(event.id(), event.type(), event.data()).getByteBuf();
            }
            write(Buffer.buffer(Unpooled.wrappedUnmodifiableBuffer(parts)), done);
        }

        @Override
        public void comment(String text) {
            write(text.equals("keep-alive") ? KEEP_ALIVE : Buffer.buffer(": " + text + "\n\n"), () -> {});
        }

        private void write(Buffer frame, Runnable done) {
            try {
                response.write(frame).onComplete(written -> {
                    done.run();
                    if (written.failed()) {
                        close();
                    }
                });
            } catch (IllegalStateException closed) {
                // the client went away meanwhile
                done.run();
                close();
            }
        }

        @Override
        public void close() {
            try {
                sink.close();
            } catch (RuntimeException ignored) {
                // already closed by the client
            }
        }

        @Override
        public boolean isClosed() {
            return sink.isClosed() || response.closed() || response.ended();
        }
    }

    /**
     * The frames of one workshop's latest events, each encoded once per distinct data (one per kind of
     * viewer). Only recent events are kept (a resuming reader's replay of older ones encodes its own), so
     * a workshop's cache stays a few hundred frames at most.
     */
    static final class Frames {
        private static final long KEEP = 64;

        private record Key(long id, String type, String data) {}

        private final Map<Key, Buffer> recent = new ConcurrentHashMap<>();
        private volatile long newest;

        Buffer frame(long id, String type, String data) {
            if (id < newest - KEEP) {
                // an old event, replayed to one stream: written once, so no buffer outside the heap for it
                return Buffer.buffer(encode(id, type, data));
            }
            Buffer frame = recent.computeIfAbsent(new Key(id, type, data), k -> direct(encode(id, type, data)));
            if (id > newest) {
                newest = id;
                recent.keySet().removeIf(k -> k.id() < id - KEEP);
            }
            return frame;
        }

        static String encode(long id, String type, String data) {
            StringBuilder frame = new StringBuilder(data.length() + type.length() + 32)
                    .append("id:")
                    .append(id)
                    .append("\nevent:")
                    .append(type)
                    .append('\n');
            // JSON has no raw line breaks, but a data line must never carry one
            for (String line : data.split("\n", -1)) {
                frame.append("data:").append(line).append('\n');
            }
            return frame.append('\n').toString();
        }
    }

    /**
     * A buffer outside the heap that may be written to any number of connections: Vert.x writes a slice
     * of it each time, and Netty sends a direct buffer as it is, without a copy per connection.
     */
    static Buffer direct(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ByteBuffer memory = ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
        return Buffer.buffer(Unpooled.wrappedBuffer(memory));
    }
}
