package eu.medi4sec.hub.common;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An entity people edit concurrently: its version is the ETag (optimistic locking), and it knows when
 * it was created and last changed.
 */
@MappedSuperclass
public abstract class Versioned extends PanacheEntity {

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Times.now();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Times.now();
}
