package eu.medi4sec.hub.delegate;

/** The kind of organisation a delegate comes from; breakout groups mix these. */
public enum Sector {
    POLICE,
    PUBLIC_SECURITY_PLANNER,
    POLICYMAKER,
    ACADEMIA,
    INDUSTRY,
    CIVIL_SOCIETY,
    CITIZEN,
    MEDIA,
    OTHER
}
