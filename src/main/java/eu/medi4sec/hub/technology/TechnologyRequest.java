package eu.medi4sec.hub.technology;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/** A catalogue entry as analysts write it. On PUT the slug in the path wins; the GET shape is accepted. */
record TechnologyRequest(
        @Pattern(
                regexp = "^[a-z0-9]+(-[a-z0-9]+)*$",
                message = "A slug is lower-case words joined by hyphens, e.g. geolocation-of-public-posts.")
        @Size(max = 80, message = "A slug has at most 80 characters.")
        String slug,

        @NotBlank(message = "A technology needs a name.")
        @Size(max = 160, message = "A name has at most 160 characters.")
        String name,

        @NotNull(
                message =
                        "Choose a category: MONITORING_AND_ANALYTICS, OPEN_SOURCE_INVESTIGATION, CRISIS_COMMUNICATION,"
                                + " VERIFICATION, COMMUNITY_ENGAGEMENT, DARK_WEB_MONITORING, MODERATION_AND_REPORTING or OTHER.")
        TechnologyCategory category,

        @NotBlank(message = "Sum the technology up in one line.")
        @Size(max = 300, message = "A summary is one line of at most 300 characters.")
        String summary,

        @Size(max = MAX_TEXT, message = "At most 10,000 characters.")
        String uses,

        @Size(max = MAX_TEXT, message = "At most 10,000 characters.")
        String risks,

        @Size(max = MAX_TEXT, message = "At most 10,000 characters.")
        String legalAndEthicalNotes,

        @NotNull(message = "Choose a maturity: EMERGING, PILOTED or ESTABLISHED.")
        Maturity maturity,

        /** Whether open-source implementations of this kind of technology are available; absent is false. */
        Boolean openSource,

        @NotEmpty(message = "Choose at least one theme.")
        @Size(max = 6, message = "There are six themes: choose at most six.")
        Set<@NotBlank(message = "A theme cannot be blank.") String> themes,

        @Size(max = MAX_PATTERNS, message = "Relate at most 50 patterns.")
        Set<@NotBlank(message = "A pattern's slug cannot be blank.") String> patterns,

        @Size(max = MAX_LINKS, message = "Give at most 20 links.")
        List<
                        @NotBlank(message = "A link cannot be blank.")
                        @Size(max = 500, message = "A link has at most 500 characters.")
                        @Pattern(
                                regexp = "^[hH][tT][tT][pP][sS]?://[^\\s/?#]+\\S*$",
                                message = "A link is a web address starting with http:// or https://.")
                        String>
                links,

        /** Optional: the version edited, as an alternative to If-Match. */
        Long version) {

    static final int MAX_TEXT = 10_000;
    static final int MAX_PATTERNS = 50;
    static final int MAX_LINKS = 20;
}
