package eu.medi4sec.hub.technology;

import eu.medi4sec.hub.common.Times;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One edit of a catalogue entry: who, when, and the fields before (null for the first) and after, as JSON. */
@Entity
@Table(name = "technology_revision")
public class TechnologyRevision extends PanacheEntity {

    @Column(name = "technology_id", nullable = false)
    public long technologyId;

    @Column(nullable = false)
    public long version;

    @Column(name = "editor_account_id")
    public Long editorAccountId;

    @Column(name = "edited_at", nullable = false)
    public Instant editedAt = Times.now();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String after;
}
