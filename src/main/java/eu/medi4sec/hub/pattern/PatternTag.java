package eu.medi4sec.hub.pattern;

import eu.medi4sec.hub.common.Times;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A note or a lesson tagged to a pattern or to a technology of the catalogue (exactly one of the two),
 * as evidence for or against it.
 */
@Entity
@Table(name = "pattern_tag")
public class PatternTag extends PanacheEntity {

    @Column(name = "pattern_id")
    public Long patternId;

    @Column(name = "technology_id")
    public Long technologyId;

    @Column(name = "workshop_id", nullable = false)
    public long workshopId;

    @Column(name = "note_id")
    public Long noteId;

    @Column(name = "lesson_id")
    public Long lessonId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Stance stance;

    @Column(length = 1000)
    public String rationale;

    @Column(name = "tagged_by")
    public Long taggedBy;

    @Column(name = "tagged_at", nullable = false)
    public Instant taggedAt = Times.now();
}
