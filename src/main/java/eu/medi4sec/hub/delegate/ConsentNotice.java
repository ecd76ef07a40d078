package eu.medi4sec.hub.delegate;

import eu.medi4sec.hub.workshop.Attribution;

/**
 * The privacy and attribution notice a delegate accepts. The version is stored with each consent, so
 * a changed text gets a new version.
 */
record ConsentNotice(String version, String text) {

    static final String VERSION = "2026-11-v1";

    static ConsentNotice forAttribution(Attribution attribution) {
        String rule = switch (attribution) {
            case ATTRIBUTED -> "Notes you submit are shown with your name and organisation.";
            case CHATHAM_HOUSE ->
                "This workshop follows the Chatham House rule: what you contribute may be used, but "
                        + "your name and organisation are never shown with it; others see only your sector.";
            case ANONYMOUS -> "Notes you submit are shown with nothing about you, not even your sector.";
        };
        return new ConsentNotice(
                VERSION + "-" + attribution.name().toLowerCase(java.util.Locale.ROOT),
                "Workshop Hub keeps your name, email, organisation, sector and country to run this workshop: "
                        + "registration, check-in and mixing breakout groups. " + rule
                        + " Only the workshop's organisers and facilitators see your details, and administrators "
                        + "see who wrote a note only to handle edits, erasure and moderation. You can cancel your "
                        + "registration at any time through your personal link.");
    }
}
