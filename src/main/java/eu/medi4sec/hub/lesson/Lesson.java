package eu.medi4sec.hub.lesson;

import eu.medi4sec.hub.common.ProblemException;
import eu.medi4sec.hub.common.Times;
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
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A lesson drafted from a workshop's notes, on its way to the Pattern Language. */
@Entity
@Table(name = "lesson")
public class Lesson extends Versioned {

    @Column(name = "workshop_id", nullable = false)
    public long workshopId;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(nullable = false, columnDefinition = "text")
    public String statement;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public LessonType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public LessonStatus status = LessonStatus.EMERGING;

    /** Kept equal to the lesson's rows in lesson_endorsement. */
    @Column(nullable = false)
    public int endorsements;

    @Column(name = "author_account_id")
    public Long authorAccountId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lesson_note", joinColumns = @JoinColumn(name = "lesson_id"))
    @Column(name = "note_id", nullable = false)
    @org.hibernate.annotations.SortNatural // oldest note first, also when loaded (a plain Set comes back in hash order)
    public java.util.SortedSet<Long> noteIds = new TreeSet<>();

    void moveTo(LessonStatus target) {
        if (!status.next().contains(target)) {
            String options = status.next().isEmpty()
                    ? "no other status"
                    : status.next().stream().map(Enum::name).collect(Collectors.joining(" or "));
            throw ProblemException.conflict("A " + status + " lesson cannot become " + target + ". From " + status
                    + " it can become " + options + ".");
        }
        status = target;
        updatedAt = Times.now();
    }
}
