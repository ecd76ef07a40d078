package eu.medi4sec.hub.publication;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A frozen version of a publication: the document as it was assembled when it was published. */
@Entity
@Table(name = "publication_version")
class PublicationVersion extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "publication_version_seq", sequenceName = "publication_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "publication_version_seq")
    public Long id;

    @Column(name = "publication_id", nullable = false)
    public long publicationId;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "published_by")
    public Long publishedBy;

    @Column(name = "reference_count", nullable = false)
    public int referenceCount;

    /** The assembled {@link Document} as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String content;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "publication_version_pattern", joinColumns = @JoinColumn(name = "version_id"))
    @Column(name = "pattern_slug", nullable = false, length = 80)
    public Set<String> patterns = new TreeSet<>();
}
