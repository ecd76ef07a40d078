package eu.medi4sec.hub.session;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

public record SessionRequest(
        @NotBlank(message = "A session needs a title.")
        @Size(max = 160, message = "A title has at most 160 characters.")
        String title,

        @Size(max = 1000, message = "A prompt has at most 1,000 characters.")
        String prompt,

        @NotNull(message = "Give the time the session starts, with its offset.")
        OffsetDateTime startsAt,

        @NotNull(message = "Give the time the session ends, with its offset.")
        OffsetDateTime endsAt,
        /** Optional: the staff account who runs it. */
        Long facilitatorId,
        /** The GET shape of the same choice, {@code {"id","displayName"}}, so a session read can be sent back. */
        @Valid SessionView.Facilitator facilitator) {

    public SessionRequest(
            String title, String prompt, OffsetDateTime startsAt, OffsetDateTime endsAt, Long facilitatorId) {
        this(title, prompt, startsAt, endsAt, facilitatorId, null);
    }

    /** The facilitator chosen, by either shape; {@code facilitatorId} wins where both are sent. */
    Long facilitatorAccountId() {
        return facilitatorId != null ? facilitatorId : facilitator == null ? null : facilitator.id();
    }
}
