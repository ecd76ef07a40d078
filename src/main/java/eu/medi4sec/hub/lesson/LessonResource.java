package eu.medi4sec.hub.lesson;

import eu.medi4sec.hub.access.Roles;
import eu.medi4sec.hub.access.Viewers;
import eu.medi4sec.hub.common.ETags;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/lessons/{lessonId}")
@Tag(name = "Lessons")
class LessonResource {

    private final LessonService lessons;
    private final Viewers viewers;

    LessonResource(LessonService lessons, Viewers viewers) {
        this.lessons = lessons;
        this.viewers = viewers;
    }

    public record Transition(
            @NotNull(message = "Say which status to move to, e.g. {\"to\":\"VALIDATED\"}.")
            LessonStatus to) {}

    @GET
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "One lesson")
    public Response get(@PathParam("lessonId") long lessonId) {
        LessonView lesson = lessons.get(lessonId, viewers.current());
        return Response.ok(lesson)
                .header(HttpHeaders.ETAG, ETags.of(lesson.version()))
                .build();
    }

    @PUT
    @RolesAllowed(Roles.STAFF)
    @Operation(
            summary = "Edit a lesson (facilitators, analysts)",
            description = "If-Match (stale: 412) or version (stale: 409).")
    public Response update(
            @PathParam("lessonId") long lessonId,
            @Valid @NotNull(message = "Send the lesson as JSON.") LessonRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        LessonView lesson = lessons.update(lessonId, request, ETags.versionIn(ifMatch, "lesson"), viewers.current());
        return Response.ok(lesson)
                .header(HttpHeaders.ETAG, ETags.of(lesson.version()))
                .build();
    }

    @POST
    @Path("transitions")
    @RolesAllowed(Roles.STAFF)
    @Operation(
            summary = "Move a lesson on",
            description = "EMERGING → VALIDATED → PUBLISHED, or REJECTED before publishing; anything else is 409.")
    public LessonView transition(
            @PathParam("lessonId") long lessonId, @Valid @NotNull(message = "Send {\"to\":…}.") Transition transition) {
        return lessons.transition(lessonId, transition.to(), viewers.current());
    }

    @PUT
    @Path("endorsement")
    @RolesAllowed(Roles.DELEGATE)
    @Operation(summary = "Endorse a lesson (delegates, once each; repeating is harmless)")
    public LessonView endorse(@PathParam("lessonId") long lessonId) {
        return lessons.endorse(lessonId, viewers.current(), true);
    }

    @DELETE
    @Path("endorsement")
    @RolesAllowed(Roles.DELEGATE)
    @Operation(summary = "Take my endorsement back")
    public LessonView withdrawEndorsement(@PathParam("lessonId") long lessonId) {
        return lessons.endorse(lessonId, viewers.current(), false);
    }
}
