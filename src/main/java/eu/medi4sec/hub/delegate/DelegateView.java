package eu.medi4sec.hub.delegate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A delegate as organisers (and the delegate themself) see it. {@code accessToken} and
 * {@code personalLink} appear only in the answer that creates or renews the key.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DelegateView(
        long id,
        long workshopId,
        String name,
        String email,
        String organisation,
        Sector sector,
        String country,
        String jobTitle,
        String accessNeeds,
        DelegateStatus status,
        Instant checkedInAt,
        String consentNoticeVersion,
        Instant consentedAt,
        Instant registeredAt,
        Instant waitlistedAt,
        Instant promotedAt,
        Instant cancelledAt,
        Instant createdAt,
        /** Set once the delegate's personal data was erased: the fields above are placeholders. */
        Instant erasedAt,
        String accessToken,
        String personalLink) {

    static DelegateView of(Delegate d) {
        return withKey(d, null);
    }

    static DelegateView withKey(Delegate d, String accessToken) {
        return new DelegateView(
                d.id,
                d.workshopId,
                d.name,
                d.email,
                d.organisation,
                d.sector,
                d.country,
                d.jobTitle,
                d.accessNeeds,
                d.status,
                d.checkedInAt,
                d.consentNoticeVersion,
                d.consentedAt,
                d.registeredAt,
                d.waitlistedAt,
                d.promotedAt,
                d.cancelledAt,
                d.createdAt,
                d.erasedAt,
                accessToken,
                accessToken == null ? null : PersonalKeys.link(accessToken));
    }
}
