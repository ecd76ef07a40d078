package eu.medi4sec.hub.community;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A member's profile as they send it. Everything left out is off: not visible, no field shown. The same
 * shape as {@link ProfileView} without the read-only parts, so that what GET returns can be sent back.
 */
public record ProfileRequest(
        Boolean visible,
        @Valid Fields fields,

        @Size(max = 1000, message = "A bio has at most 1,000 characters.")
        String bio,

        @Size(max = 20, message = "Choose at most 20 patterns you are interested in.")
        List<@NotBlank(message = "Name each pattern by its slug.") String> interests,

        @Size(max = 300, message = "Say how to reach you in at most 300 characters.")
        String contact) {

    /** Which details of the latest registration other members see. */
    public record Fields(Boolean name, Boolean organisation, Boolean sector, Boolean country) {
        static final Fields NONE = new Fields(false, false, false, false);
    }
}
