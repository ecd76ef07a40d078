package eu.medi4sec.hub.publication;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A new publication, or the new title, kind, scope and introduction of one still in DRAFT or IN_REVIEW. */
public record PublicationRequest(
        @NotBlank(message = "A publication needs a title.")
        @Size(max = 200, message = "A title has at most 200 characters.")
        String title,

        @NotNull(
                message = "Choose the kind of publication: BEST_PRACTICE_REPORT, STANDARDS_RECOMMENDATIONS,"
                        + " TRAINING_OPTIONS, ETHICS_AWARENESS, TECHNOLOGY_CATALOGUE or PATTERN_CARDS.")
        PublicationKind kind,

        @Size(max = 6, message = "There are six themes: choose at most six (none means all of them).")
        List<@NotNull(message = "A theme cannot be null: give its slug.") String> themes,

        @Size(max = PublicationRequest.MAX_WORKSHOPS, message = "Choose at most 500 workshops (none means all).")
        List<@NotNull(message = "A workshop id cannot be null.") Long> workshops,

        @Size(max = 10_000, message = "An introduction has at most 10,000 characters.")
        String introduction,

        /** The version being edited (PUT): a stale one is 409. */
        Long version) {

    public static final int MAX_WORKSHOPS = 500;

    List<String> themesOrNone() {
        return themes == null ? List.of() : themes;
    }

    List<Long> workshopsOrNone() {
        return workshops == null ? List.of() : workshops;
    }
}
