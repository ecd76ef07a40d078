package eu.medi4sec.hub.live;

import eu.medi4sec.hub.access.Caller;
import eu.medi4sec.hub.access.Roles;
import eu.medi4sec.hub.access.Viewer;
import eu.medi4sec.hub.access.Viewers;
import eu.medi4sec.hub.common.ProblemException;
import eu.medi4sec.hub.workshop.WorkshopService;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/workshops/{workshopId}/events")
@Tag(name = "Live")
class EventStreamResource {

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
            @Context Sse sse) {
        caller.requireWorkshop(workshopId);
        workshops.get(workshopId);
        Long last = parse(lastEventId);
        Viewer viewer = viewers.current();
        SseSink out = new SseSink(sink, sse);
        out.comment("connected");
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

    /** Writes events to an SSE connection; the data is JSON already, written as it is. */
    static final class SseSink implements Subscriber.Sink {
        private final SseEventSink sink;
        private final Sse sse;

        SseSink(SseEventSink sink, Sse sse) {
            this.sink = sink;
            this.sse = sse;
        }

        @Override
        public void send(long id, String type, String data, Runnable done) {
            sink.send(sse.newEventBuilder()
                            .id(Long.toString(id))
                            .name(type)
                            .mediaType(MediaType.TEXT_PLAIN_TYPE)
                            .data(String.class, data)
                            .build())
                    .whenComplete((ok, failure) -> {
                        done.run();
                        if (failure != null) {
                            close();
                        }
                    });
        }

        @Override
        public void comment(String text) {
            sink.send(sse.newEventBuilder().comment(text).build()).whenComplete((ok, failure) -> {
                if (failure != null) {
                    close();
                }
            });
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
            return sink.isClosed();
        }
    }
}
