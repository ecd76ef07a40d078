package eu.medi4sec.hub.technology;

/** What a kind of technology is for. */
public enum TechnologyCategory {
    MONITORING_AND_ANALYTICS,
    OPEN_SOURCE_INVESTIGATION,
    CRISIS_COMMUNICATION,
    VERIFICATION,
    COMMUNITY_ENGAGEMENT,
    DARK_WEB_MONITORING,
    MODERATION_AND_REPORTING,
    OTHER
}
