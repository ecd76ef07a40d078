package eu.medi4sec.hub.publication;

import eu.medi4sec.hub.common.ProblemException;
import eu.medi4sec.hub.common.Versioned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** One of the project's outputs: a kind, a scope of themes and workshops, and its status. */
@Entity
@Table(name = "publication")
class Publication extends Versioned {

    @Column(nullable = false, unique = true, length = 100)
    public String slug;

    @Column(nullable = false, length = 200)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public PublicationKind kind;

    @Column(nullable = false, columnDefinition = "text")
    public String introduction = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public PublicationStatus status = PublicationStatus.DRAFT;

    @Column(name = "created_by")
    public Long createdBy;

    /** Theme slugs; empty means every theme. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "publication_theme", joinColumns = @JoinColumn(name = "publication_id"))
    @Column(name = "theme", nullable = false, length = 60)
    public Set<String> themes = new TreeSet<>();

    /** Workshop ids; empty means every workshop. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "publication_workshop", joinColumns = @JoinColumn(name = "publication_id"))
    @Column(name = "workshop_id", nullable = false)
    public Set<Long> workshops = new TreeSet<>();

    static Optional<Publication> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** Moves on, or 409 with a sentence listing the moves there are; moving to where it is changes nothing. */
    boolean moveTo(PublicationStatus target, Instant now) {
        if (status == target) {
            return false;
        }
        if (!status.next().contains(target)) {
            String options = status.next().isEmpty()
                    ? "A withdrawn publication stays withdrawn."
                    : "From " + status + " it can move to "
                            + status.next().stream().map(Enum::name).collect(Collectors.joining(" or ")) + ".";
            throw ProblemException.conflict("A " + status + " publication cannot move to " + target + ". " + options);
        }
        status = target;
        updatedAt = now;
        return true;
    }

    void requireEditable() {
        if (!status.isEditable()) {
            throw ProblemException.conflict("A " + status + " publication cannot be edited. "
                    + (status == PublicationStatus.PUBLISHED
                            ? "Move it back to IN_REVIEW to prepare its next version."
                            : "A withdrawn publication stays as it is."));
        }
    }

    Scope scope() {
        return new Scope(Set.copyOf(themes), Set.copyOf(workshops));
    }
}
