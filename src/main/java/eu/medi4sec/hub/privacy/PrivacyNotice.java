package eu.medi4sec.hub.privacy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One published version of the privacy notice. Versions are never changed: a new text is a new version. */
@Entity
@Table(name = "privacy_notice")
class PrivacyNotice extends PanacheEntityBase {

    @Id
    public int version;

    @Column(nullable = false, columnDefinition = "text")
    public String text;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "published_by")
    public Long publishedBy;
}
