package eu.medi4sec.hub.account;

/** Role names as they appear in tokens and in {@code @RolesAllowed}. */
public final class Roles {
    public static final String ADMIN = "ADMIN";
    public static final String ORGANISER = "ORGANISER";
    public static final String FACILITATOR = "FACILITATOR";
    public static final String ANALYST = "ANALYST";

    private Roles() {}
}
