package eu.medi4sec.hub.pattern;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/** A pattern as analysts write it. On PUT the slug in the path wins. */
record PatternRequest(
        @Pattern(
                regexp = "^[a-z0-9]+(-[a-z0-9]+)*$",
                message = "A slug is lower-case words joined by hyphens, e.g. official-single-source.")
        @Size(max = 80, message = "A slug has at most 80 characters.")
        String slug,

        @NotBlank(message = "A pattern needs a name.") @Size(max = 160, message = "A name has at most 160 characters.")
        String name,

        @NotBlank(message = "Sum the pattern up in one line.")
        @Size(max = 300, message = "A summary is one line of at most 300 characters.")
        String summary,

        @Size(max = 20_000, message = "At most 20,000 characters.")
        String context,

        @Size(max = 20_000, message = "At most 20,000 characters.")
        String problem,

        @Size(max = 20_000, message = "At most 20,000 characters.")
        String forces,

        @Size(max = 20_000, message = "At most 20,000 characters.")
        String solution,

        @Size(max = 20_000, message = "At most 20,000 characters.")
        String consequences,

        @Size(max = 20_000, message = "At most 20,000 characters.")
        String examples,

        @Size(max = 20_000, message = "At most 20,000 characters.")
        String roles,

        @NotEmpty(message = "Choose at least one theme.")
        @Size(max = 6, message = "There are six themes: choose at most six.")
        Set<@NotBlank(message = "A theme cannot be blank.") String> themes,

        PatternStatus status,

        @Size(max = PatternRequest.MAX_RELATIONS, message = "A pattern has at most 100 relations.")
        List<@NotNull(message = "A relation cannot be null.") @Valid Relation> relations,
        /** Optional: the version edited, as an alternative to If-Match. */
        Long version) {

    public static final int MAX_RELATIONS = 100;

    /**
     * An outgoing relation, {@code {"type","to"}}. The GET shape is accepted too: {@code slug} stands for
     * {@code to}, and INCOMING relations (another pattern's outgoing ones) are left alone.
     */
    public record Relation(
            @NotNull(message = "Give the relation's type.") RelationType type,

            @JsonAlias("slug") @NotBlank(message = "Give the related pattern's slug.")
            String to,

            String direction) {

        public Relation(RelationType type, String to) {
            this(type, to, null);
        }

        boolean isOutgoing() {
            return direction == null || !direction.equalsIgnoreCase("INCOMING");
        }
    }

    /** The outgoing relations only, as this pattern owns them; null when the request names none. */
    List<Relation> outgoingRelations() {
        return relations == null
                ? null
                : relations.stream().filter(r -> r == null || r.isOutgoing()).toList();
    }
}
