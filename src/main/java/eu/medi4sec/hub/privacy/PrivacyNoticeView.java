package eu.medi4sec.hub.privacy;

import java.time.Instant;

/** A version of the privacy notice as published. */
public record PrivacyNoticeView(int version, String text, Instant publishedAt) {

    static PrivacyNoticeView of(PrivacyNotice notice) {
        return new PrivacyNoticeView(notice.version, notice.text, notice.publishedAt);
    }
}
