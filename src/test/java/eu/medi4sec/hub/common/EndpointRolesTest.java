package eu.medi4sec.hub.common;

import static io.restassured.RestAssured.given;

import eu.medi4sec.hub.account.StaffRole;
import eu.medi4sec.hub.support.Staff;
import eu.medi4sec.hub.support.Workshops;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The role rules of every endpoint, as one table: who gets in, who gets 403, and that nobody gets in
 * without a token. A new endpoint belongs in this table.
 */
@QuarkusTest
class EndpointRolesTest {

    record Rule(String method, String path, Set<StaffRole> allowed, boolean isPublic) {}

    private final Map<StaffRole, String> tokens = new EnumMap<>(StaffRole.class);
    private long workshopId;

    @BeforeEach
    void signInEveryRole() {
        for (StaffRole role : StaffRole.values()) {
            tokens.put(role, Staff.signedIn(role).token());
        }
        workshopId = Workshops.aDraftWorkshop(tokens.get(StaffRole.ORGANISER));
    }

    private List<Rule> rules() {
        Set<StaffRole> everyone = Set.of(StaffRole.values());
        Set<StaffRole> writers = Set.of(StaffRole.ORGANISER, StaffRole.ADMIN);
        Set<StaffRole> admins = Set.of(StaffRole.ADMIN);
        Set<StaffRole> moderators = Set.of(StaffRole.ADMIN, StaffRole.ORGANISER, StaffRole.FACILITATOR);
        Set<StaffRole> delegateKeepers = Set.of(StaffRole.ADMIN, StaffRole.ORGANISER, StaffRole.FACILITATOR);
        String workshop = "/api/workshops/" + workshopId;
        return List.of(
                new Rule("GET", "/api/themes", everyone, true),
                new Rule("GET", "/api/me", everyone, false),
                new Rule("GET", "/api/accounts", admins, false),
                new Rule("POST", "/api/accounts", admins, false),
                new Rule("GET", "/api/accounts/1", admins, false),
                new Rule("PATCH", "/api/accounts/1", admins, false),
                new Rule("GET", "/api/staff?role=FACILITATOR", writers, false),
                new Rule("GET", "/api/workshops", everyone, false),
                new Rule("POST", "/api/workshops", writers, false),
                new Rule("GET", workshop, everyone, false),
                new Rule("PUT", workshop, writers, false),
                new Rule("DELETE", workshop, writers, false),
                new Rule("POST", workshop + "/transitions", writers, false),
                new Rule("GET", workshop + "/sessions", everyone, false),
                new Rule("POST", workshop + "/sessions", writers, false),
                new Rule("GET", workshop + "/sessions/1", everyone, false),
                new Rule("PUT", workshop + "/sessions/1", writers, false),
                new Rule("DELETE", workshop + "/sessions/1", writers, false),
                new Rule("PUT", workshop + "/sessions/order", writers, false),
                new Rule("GET", workshop + "/calendar.ics", everyone, false),
                new Rule("GET", workshop + "/delegates", delegateKeepers, false),
                new Rule("GET", workshop + "/delegates/counts", delegateKeepers, false),
                new Rule("GET", workshop + "/delegates/1", delegateKeepers, false),
                new Rule("POST", workshop + "/delegates", writers, false),
                new Rule("POST", workshop + "/delegates/import", writers, false),
                new Rule("POST", workshop + "/delegates/1/cancel", writers, false),
                new Rule("POST", workshop + "/delegates/1/check-in", delegateKeepers, false),
                new Rule("DELETE", workshop + "/delegates/1/check-in", delegateKeepers, false),
                new Rule("POST", workshop + "/delegates/1/personal-link", writers, false),
                new Rule("POST", workshop + "/breakouts", writers, false),
                new Rule("GET", workshop + "/breakouts", delegateKeepers, false),
                new Rule("PUT", workshop + "/breakouts/1/delegates/1", writers, false),
                new Rule("GET", "/api/me/delegate", Set.of(), false),
                new Rule("POST", workshop + "/sessions/1/open", moderators, false),
                new Rule("POST", workshop + "/sessions/1/close", moderators, false),
                new Rule("POST", workshop + "/notes", moderators, false),
                new Rule("GET", workshop + "/notes", everyone, false),
                new Rule("GET", workshop + "/moderation-log", everyone, false),
                new Rule("GET", "/api/notes/1", everyone, false),
                new Rule("PATCH", "/api/notes/1", moderators, false),
                new Rule("DELETE", "/api/notes/1", moderators, false),
                new Rule("PUT", "/api/notes/1/vote", Set.of(), false),
                new Rule("DELETE", "/api/notes/1/vote", Set.of(), false),
                new Rule("POST", "/api/notes/1/hide", moderators, false),
                new Rule("POST", "/api/notes/1/restore", moderators, false),
                new Rule("POST", "/api/notes/1/approve", moderators, false),
                new Rule("POST", "/api/notes/1/pin", moderators, false),
                new Rule("POST", "/api/notes/1/unpin", moderators, false),
                new Rule("POST", "/api/notes/1/merge", moderators, false),
                new Rule("GET", workshop + "/lessons", everyone, false),
                new Rule("POST", workshop + "/lessons", everyone, false),
                new Rule("GET", "/api/lessons/1", everyone, false),
                new Rule("PUT", "/api/lessons/1", everyone, false),
                new Rule("POST", "/api/lessons/1/transitions", everyone, false),
                new Rule("PUT", "/api/lessons/1/endorsement", Set.of(), false),
                new Rule("DELETE", "/api/lessons/1/endorsement", Set.of(), false),
                new Rule("GET", "/api/patterns", everyone, false),
                new Rule("GET", "/api/patterns/graph", everyone, false),
                new Rule("GET", "/api/patterns/official-account-single-source", everyone, false),
                new Rule("GET", "/api/patterns/official-account-single-source/revisions", everyone, false),
                new Rule("POST", "/api/patterns", Set.of(StaffRole.ANALYST, StaffRole.ADMIN), false),
                new Rule("GET", "/api/patterns/official-account-single-source/evidence", everyone, false),
                new Rule("POST", "/api/notes/1/tags", Set.of(StaffRole.ANALYST, StaffRole.ADMIN), false),
                new Rule("GET", "/api/notes/1/tags", everyone, false),
                new Rule("DELETE", "/api/notes/1/tags/1", Set.of(StaffRole.ANALYST, StaffRole.ADMIN), false),
                new Rule("POST", "/api/lessons/1/tags", Set.of(StaffRole.ANALYST, StaffRole.ADMIN), false),
                new Rule("GET", "/api/lessons/1/tags", everyone, false),
                new Rule("DELETE", "/api/lessons/1/tags/1", Set.of(StaffRole.ANALYST, StaffRole.ADMIN), false),
                new Rule("POST", "/api/tags/bulk", Set.of(StaffRole.ANALYST, StaffRole.ADMIN), false),
                new Rule("GET", "/api/notes/1/pattern-suggestions", everyone, false),
                new Rule("GET", workshop + "/tagging/queue", everyone, false),
                new Rule("GET", workshop + "/tagging/summary", everyone, false),
                new Rule("GET", "/api/search?q=rumour", everyone, false),
                new Rule("PUT", "/api/patterns/official-account-single-source", Set.of(StaffRole.ANALYST, StaffRole.ADMIN), false),
                new Rule("POST", "/api/registrations", everyone, true),
                new Rule("GET", "/api/registrations/notice", everyone, true),
                new Rule("POST", "/api/my-registration", everyone, true),
                new Rule("POST", "/api/join", everyone, true));
    }

    private static RequestSpecification request(String token, String path) {
        RequestSpecification spec = path.endsWith("/import")
                ? given().contentType("text/csv").body("name,email,organisation,sector,country\n")
                : given().contentType("application/json").body("{}");
        return token == null ? spec : spec.auth().oauth2(token);
    }

    @Test
    void everyEndpointLetsInExactlyItsRoles() {
        for (Rule rule : rules()) {
            int anonymous = request(null, rule.path()).request(rule.method(), rule.path()).statusCode();
            if (rule.isPublic()) {
                org.junit.jupiter.api.Assertions.assertNotEquals(401, anonymous, rule.toString());
            } else {
                org.junit.jupiter.api.Assertions.assertEquals(401, anonymous, "anonymous " + rule);
            }
            for (StaffRole role : StaffRole.values()) {
                int status = request(tokens.get(role), rule.path()).request(rule.method(), rule.path()).statusCode();
                if (rule.allowed().contains(role)) {
                    org.junit.jupiter.api.Assertions.assertTrue(status != 401 && status != 403,
                            role + " should reach " + rule + " but got " + status);
                } else {
                    org.junit.jupiter.api.Assertions.assertEquals(403, status, role + " on " + rule);
                }
            }
        }
    }
}
