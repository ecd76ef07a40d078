package eu.medi4sec.hub.delegate;

import eu.medi4sec.hub.common.Times;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person registered for (or invited to) one workshop. */
@Entity
@Table(name = "delegate")
public class Delegate extends PanacheEntity {

    @Column(name = "workshop_id", nullable = false)
    public long workshopId;

    @Column(nullable = false, length = 160)
    public String name;

    /** Lower-case; unique within a workshop. */
    @Column(nullable = false, length = 254)
    public String email;

    @Column(nullable = false, length = 200)
    public String organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public Sector sector;

    @Column(nullable = false, length = 2)
    public String country;

    @Column(name = "job_title", length = 160)
    public String jobTitle;

    @Column(name = "access_needs", length = 1000)
    public String accessNeeds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public DelegateStatus status;

    /** SHA-256 of the personal key; the key itself is shown once and never stored. */
    @Column(name = "access_token_hash", nullable = false, length = 64, unique = true)
    public String accessTokenHash;

    @Column(name = "consent_notice_version", length = 40)
    public String consentNoticeVersion;

    @Column(name = "consented_at")
    public Instant consentedAt;

    @Column(name = "registered_at")
    public Instant registeredAt;

    @Column(name = "waitlisted_at")
    public Instant waitlistedAt;

    @Column(name = "promoted_at")
    public Instant promotedAt;

    @Column(name = "checked_in_at")
    public Instant checkedInAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Times.now();

    /** When the personal fields were erased; the row stays for the counts and the notes' sector. */
    @Column(name = "erased_at")
    public Instant erasedAt;

    /** The key that was used to erase, hashed: it answers the same to a second erase and opens nothing else. */
    @Column(name = "erased_key_hash", length = 64)
    public String erasedKeyHash;

    static final String ERASED_NAME = "Erased delegate";

    void consent(String noticeVersion, Instant at) {
        consentNoticeVersion = noticeVersion;
        consentedAt = at;
    }

    /** Takes a seat if one is free, else joins the end of the waitlist. */
    void enrol(boolean seatFree, Instant at) {
        if (seatFree) {
            status = DelegateStatus.REGISTERED;
            registeredAt = at;
        } else {
            status = DelegateStatus.WAITLISTED;
            waitlistedAt = at;
        }
    }

    /** In person at the desk: an invited or waitlisted delegate, present and consenting, takes part. */
    void registerAtDesk(Instant at) {
        status = DelegateStatus.REGISTERED;
        registeredAt = at;
        checkedInAt = at;
    }

    boolean isErased() {
        return erasedAt != null;
    }

    /**
     * Replaces everything that identifies the person with placeholders the schema accepts: a unique
     * address at the reserved .invalid domain, no organisation, the ISO code for an unknown country, and
     * a fresh key hash nobody holds, so the personal link stops working. The sector stays: on its own it
     * identifies nobody, and the notes keep it.
     */
    void erase(Instant at, String erasingKeyHash) {
        name = ERASED_NAME;
        email = "erased-"
                + PersonalKeys.next().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "") + "@invalid";
        organisation = "";
        country = "ZZ";
        jobTitle = null;
        accessNeeds = null;
        accessTokenHash = PersonalKeys.hash(PersonalKeys.next());
        erasedKeyHash = erasingKeyHash;
        erasedAt = at;
    }

    void promote(Instant at) {
        status = DelegateStatus.REGISTERED;
        registeredAt = at;
        promotedAt = at;
    }
}
