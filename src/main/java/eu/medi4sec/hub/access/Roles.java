package eu.medi4sec.hub.access;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Role names as they appear in {@code @RolesAllowed}. Six are granted: the four staff roles an account
 * holds, DELEGATE, which a join token carries, and MEMBER, which a community member's token carries. The others are derived from them when the identity is
 * built ({@link DerivedRoles}), so that each group of callers is named once instead of listed at every
 * door; the OpenAPI document lists the granted roles behind each derived one.
 */
public final class Roles {
    public static final String ADMIN = "ADMIN";
    public static final String ORGANISER = "ORGANISER";
    public static final String FACILITATOR = "FACILITATOR";
    public static final String ANALYST = "ANALYST";
    public static final String DELEGATE = "DELEGATE";
    /**
     * A community member: a person who took part in a workshop, after it too. Reaches the community
     * and nothing else (never a workshop, never a note).
     */
    public static final String MEMBER = "MEMBER";

    /** Every staff role: reads everything a workshop produces. */
    public static final String STAFF = "STAFF";
    /** Those who run a workshop in the room: moderate notes, run rounds and breakouts, see who is there. */
    public static final String MODERATOR = "MODERATOR";
    /** Those who plan workshops: create and change them, their agenda and their delegates. */
    public static final String MANAGER = "MANAGER";
    /** Those who keep the Pattern Language: tag notes and lessons, write patterns. */
    public static final String CURATOR = "CURATOR";
    /** Those who may write notes: the people in the room, staff or delegate. */
    public static final String AUTHOR = "AUTHOR";
    /** Anyone with a token: staff, or a delegate within their own workshop. */
    public static final String PARTICIPANT = "PARTICIPANT";
    /** The community's people: a member, or a delegate (who acts as the member they are). Never staff. */
    public static final String COMMUNITY = "COMMUNITY";

    /** Each derived role and the granted roles that hold it. */
    static final Map<String, List<String>> DERIVED = derived();

    private Roles() {}

    private static Map<String, List<String>> derived() {
        Map<String, List<String>> derived = new LinkedHashMap<>();
        derived.put(STAFF, List.of(ADMIN, ORGANISER, FACILITATOR, ANALYST));
        derived.put(MODERATOR, List.of(ADMIN, ORGANISER, FACILITATOR));
        derived.put(MANAGER, List.of(ADMIN, ORGANISER));
        derived.put(CURATOR, List.of(ADMIN, ANALYST));
        derived.put(AUTHOR, List.of(ADMIN, ORGANISER, FACILITATOR, DELEGATE));
        derived.put(PARTICIPANT, List.of(ADMIN, ORGANISER, FACILITATOR, ANALYST, DELEGATE));
        derived.put(COMMUNITY, List.of(DELEGATE, MEMBER));
        return Collections.unmodifiableMap(derived);
    }

    /** The derived roles that holders of these granted roles also have. */
    public static Set<String> derivedFrom(Set<String> granted) {
        Set<String> roles = new LinkedHashSet<>();
        DERIVED.forEach((role, holders) -> {
            if (holders.stream().anyMatch(granted::contains)) {
                roles.add(role);
            }
        });
        return roles;
    }

    /** The granted roles a role name stands for: itself if it is granted, its holders if it is derived. */
    public static List<String> granted(String role) {
        return DERIVED.getOrDefault(role, List.of(role));
    }
}
