package eu.medi4sec.hub.note;

import eu.medi4sec.hub.access.Caller;
import eu.medi4sec.hub.access.Roles;
import eu.medi4sec.hub.access.Viewer;
import eu.medi4sec.hub.access.Viewers;
import eu.medi4sec.hub.common.ProblemException;
import eu.medi4sec.hub.common.QueryParams;
import eu.medi4sec.hub.live.EventLog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A workshop's notes: capture and the wall. */
@Path("/workshops/{workshopId}/notes")
@Tag(name = "Notes")
class WorkshopNoteResource {

    private final NoteService notes;
    private final NoteCaptureService capture;
    private final Caller caller;
    private final Viewers viewers;
    private final EventLog events;
    private final Counter submittedNotes;

    WorkshopNoteResource(
            NoteService notes,
            NoteCaptureService capture,
            Caller caller,
            Viewers viewers,
            EventLog events,
            MeterRegistry metrics) {
        this.submittedNotes = Counter.builder("workshophub.notes.submitted")
                .description("Notes submitted and committed (a retry answered from its key is not counted)")
                .register(metrics);
        this.notes = notes;
        this.capture = capture;
        this.caller = caller;
        this.viewers = viewers;
        this.events = events;
    }

    @POST
    @RolesAllowed(Roles.AUTHOR)
    @Operation(
            summary = "Submit a note to an open round",
            description = "Requires an Idempotency-Key header (a UUID "
                    + "the client makes; 400 without). The note is acknowledged (201) only once committed. A retry with the same "
                    + "key and body returns the original response and creates nothing; the same key with another body is 422; "
                    + "concurrent requests with one key make one note. Keys are kept at least 24 hours (48 by default). "
                    + "Kinds INSIGHT, GOOD_PRACTICE, CONCERN, QUESTION, IDEA; staff also DISCUSSION. Text 1-2,000 characters, "
                    + "stored exactly as sent. 409 when the workshop is not LIVE or the round is closed.")
    public Response submit(
            @PathParam("workshopId") long workshopId,
            @HeaderParam("Idempotency-Key") String key,
            @Valid @NotNull(message = "Send the note as JSON.") NoteRequests.NewNote request,
            @Context UriInfo uri) {
        caller.requireWorkshop(workshopId);
        Viewer viewer = viewers.current();
        NoteCaptureService.Submitted submitted =
                capture.submit(workshopId, request, Idempotency.parseKey(key), viewer.callerKey(), viewer);
        if (!submitted.replayed()) {
            submittedNotes.increment();
        }
        return Response.status(Response.Status.CREATED)
                .location(uri.getBaseUriBuilder()
                        .path("notes")
                        .path(Long.toString(submitted.noteId()))
                        .build())
                .header("Idempotent-Replayed", Boolean.toString(submitted.replayed()))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(submitted.body())
                .build();
    }

    @GET
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(
            summary = "A workshop's notes",
            description = "Filters sessionId, kind, status; sort=newest (default) or "
                    + "votes; limit 1-200 (default 50). The answer is a JSON array; when there is more, the Link header "
                    + "(rel=\"next\") and X-Next-Cursor give the cursor for the next page. X-Event-Seq is the event id to stream from "
                    + "(Last-Event-ID) to follow this list live. Delegates see visible notes and their own.")
    public Response list(
            @PathParam("workshopId") long workshopId,
            @QueryParam("sessionId") String sessionId,
            @QueryParam("kind") String kind,
            @QueryParam("status") String status,
            @QueryParam("sort") String sort,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        caller.requireWorkshop(workshopId);
        boolean byVotes = "votes".equalsIgnoreCase(sort) || "most-voted".equalsIgnoreCase(sort);
        if (sort != null && !sort.isBlank() && !byVotes && !"newest".equalsIgnoreCase(sort)) {
            throw ProblemException.badRequest("sort is newest or votes.");
        }
        var filter = new NoteService.Filter(
                sessionId == null || sessionId.isBlank()
                        ? Optional.empty()
                        : Optional.of((long) QueryParams.integer("sessionId", sessionId, 0, 0, Integer.MAX_VALUE)),
                QueryParams.enumValue("kind", kind, NoteKind.class),
                QueryParams.enumValue("status", status, NoteStatus.class),
                byVotes,
                Optional.ofNullable(cursor).filter(c -> !c.isBlank()),
                QueryParams.integer("limit", limit, 50, 1, 200));
        // read before the notes, so that streaming from it may repeat a change already listed but never miss one
        long seq = events.latest(workshopId);
        NoteService.Page page = notes.list(workshopId, filter, viewers.current());
        Response.ResponseBuilder response = Response.ok(page.notes()).header("X-Event-Seq", seq);
        if (page.nextCursor() != null) {
            response.header("X-Next-Cursor", page.nextCursor())
                    .header(
                            "Link",
                            "<"
                                    + uri.getRequestUriBuilder()
                                            .replaceQueryParam("cursor", page.nextCursor())
                                            .build() + ">; rel=\"next\"");
        }
        return response.build();
    }
}
