package eu.medi4sec.hub.workshop;

import eu.medi4sec.hub.common.ProblemException;
import eu.medi4sec.hub.common.Times;
import eu.medi4sec.hub.common.Versioned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.stream.Collectors;

/** A themed workshop: scheduled, run live, then kept as a record. */
@Entity
@Table(name = "workshop")
public class Workshop extends Versioned {

    @Column(nullable = false, length = 160)
    public String title;

    /** The theme's slug. */
    @Column(nullable = false, length = 60)
    public String theme;

    @Column(nullable = false, length = 5000)
    public String description = "";

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Column(name = "time_zone", nullable = false, length = 64)
    public String timeZone;

    @Column(length = 200)
    public String venue;

    @Column(name = "online_url", length = 500)
    public String onlineUrl;

    @Column(nullable = false)
    public int capacity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Attribution attribution = Attribution.CHATHAM_HOUSE;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public WorkshopStatus status = WorkshopStatus.DRAFT;

    /** When on, delegates' notes reach others only once a facilitator approves them. */
    @Column(name = "pre_moderation", nullable = false)
    public boolean preModeration;

    @Column(name = "join_code", nullable = false, unique = true, length = 12)
    public String joinCode;

    /** Days after the end that its delegates' personal data is kept; then a scheduled job erases it. */
    @Column(name = "retention_days", nullable = false)
    public int retentionDays = Retention.DEFAULT_DAYS;

    void moveTo(WorkshopStatus target) {
        if (!status.canMoveTo(target)) {
            String options = status.next().isEmpty()
                    ? "no other status"
                    : status.next().stream().map(Enum::name).collect(Collectors.joining(" or "));
            throw ProblemException.conflict("A " + status + " workshop cannot become " + target + ". From " + status
                    + " it can become " + options + ".");
        }
        status = target;
        updatedAt = Times.now();
    }
}
