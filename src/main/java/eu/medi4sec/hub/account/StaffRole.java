package eu.medi4sec.hub.account;

/** What a staff account may do. An account holds one or more. */
public enum StaffRole {
    ADMIN,
    ORGANISER,
    FACILITATOR,
    ANALYST
}
