package eu.medi4sec.hub.workshop;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** What an organiser sends to create or replace a workshop. */
public record WorkshopRequest(
        @NotBlank(message = "A workshop needs a title.")
        @Size(min = 3, max = 160, message = "A title has 3 to 160 characters.")
        String title,

        @NotBlank(message = "Choose one of the six themes.") String theme,

        @Size(max = 5000, message = "A description has at most 5,000 characters.")
        String description,

        @NotNull(message = "Give the date and time the workshop starts, with its offset.")
        OffsetDateTime startsAt,

        @NotNull(message = "Give the date and time the workshop ends, with its offset.")
        OffsetDateTime endsAt,

        @NotBlank(message = "Give the workshop's time zone, such as Europe/Brussels.")
        String timeZone,

        @Size(max = 200, message = "A venue has at most 200 characters.")
        String venue,

        @Size(max = 500, message = "An online URL has at most 500 characters.")
        String onlineUrl,

        @NotNull(message = "Give the number of delegates who can take part.")
        @Min(value = 1, message = "Capacity is between 1 and 10,000 delegates.")
        @Max(value = 10_000, message = "Capacity is between 1 and 10,000 delegates.")
        Integer capacity,

        Attribution attribution,
        /** Optional, default false: delegates' notes wait for a facilitator's approval. */
        Boolean preModeration,

        /** Optional: days the delegates' personal data is kept after the end (730 when created without it; unchanged when left out of a PUT). */
        @Min(value = Retention.MIN_DAYS, message = "Keep delegates' data between 30 and 3,650 days after the workshop.")
        @Max(value = Retention.MAX_DAYS, message = "Keep delegates' data between 30 and 3,650 days after the workshop.")
        Integer retentionDays,
        /** Optional: the version the client edited, as an alternative to If-Match. */
        Long version) {}
