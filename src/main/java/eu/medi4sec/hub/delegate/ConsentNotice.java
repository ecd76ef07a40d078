package eu.medi4sec.hub.delegate;

import eu.medi4sec.hub.privacy.PrivacyNoticeView;
import eu.medi4sec.hub.workshop.Attribution;
import java.time.Instant;
import java.util.Locale;

/**
 * The privacy and attribution notice a delegate of one workshop accepts: the current version of the
 * privacy notice with a sentence about the workshop's attribution rule. {@code version} is the privacy
 * notice's; the delegate keeps it with the rule ({@link #label}), since both were part of what they
 * accepted.
 */
record ConsentNotice(int version, String text, Attribution attribution, Instant publishedAt) {

    static ConsentNotice of(PrivacyNoticeView notice, Attribution attribution) {
        String rule = switch (attribution) {
            case ATTRIBUTED -> "Notes you submit are shown with your name and organisation.";
            case CHATHAM_HOUSE ->
                "This workshop follows the Chatham House rule: what you contribute may be used, but "
                        + "your name and organisation are never shown with it; others see only your sector.";
            case ANONYMOUS -> "Notes you submit are shown with nothing about you, not even your sector.";
        };
        return new ConsentNotice(notice.version(), notice.text() + "\n\n" + rule, attribution, notice.publishedAt());
    }

    /** What the delegate row keeps of an acceptance, e.g. "2-chatham_house". */
    String label() {
        return version + "-" + attribution.name().toLowerCase(Locale.ROOT);
    }
}
