package eu.medi4sec.hub.community;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.medi4sec.hub.support.Delegates;
import eu.medi4sec.hub.support.Live;
import eu.medi4sec.hub.support.Members;
import eu.medi4sec.hub.support.Members.Member;
import eu.medi4sec.hub.support.Staff;
import eu.medi4sec.hub.support.Workshops;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** People to meet outside one's network: another sector, never met, the same patterns at heart — with the reason. */
@QuarkusTest
class SuggestionTest {

    private static final String UNDERCOVER = "dark-web-undercover-identities";
    private static final String EVIDENCE = "dark-web-evidence-preservation";
    private static final String TAKEDOWNS = "publicise-dark-web-takedowns";
    /** Only in a note of one member, tagged by an analyst: never in their profile. */
    private static final String PROCUREMENT = "analytics-procurement-checklist";

    private static final List<String> DARK_WEB = List.of(UNDERCOVER, EVIDENCE, TAKEDOWNS);

    @Test
    void crossSectorMembersNeverMetComeFirstEachWithTheReasonInWords() {
        String organiser = Staff.anOrganiser().token();
        // My workshop, with breakout groups: a colleague in my group, a researcher in another one.
        Workshops.Created mine = Workshops.aScheduledWorkshop(organiser, 20);
        Member me = member(mine.joinCode(), "POLICE", List.of(UNDERCOVER, EVIDENCE, TAKEDOWNS, PROCUREMENT), true);
        Member colleague = member(mine.joinCode(), "POLICE", DARK_WEB, true);
        Member researcher = member(mine.joinCode(), "ACADEMIA", DARK_WEB, true);
        seat(organiser, mine.id(), Map.of(me.delegateId(), 1, colleague.delegateId(), 1, researcher.delegateId(), 2));
        // Never met: civil society, sharing three interests; someone who hides their sector.
        Member activist =
                member(Workshops.aScheduledWorkshop(organiser, 20).joinCode(), "CIVIL_SOCIETY", DARK_WEB, true);
        Member discreet =
                member(Workshops.aScheduledWorkshop(organiser, 20).joinCode(), "CIVIL_SOCIETY", DARK_WEB, false);
        // Never met either: industry, whose only shared interest comes from a tagged note of theirs.
        Live.Round round = Live.anOpenRound(organiser);
        Member vendor = member(round.joinCode(), "INDUSTRY", List.of(), true);
        long note = Live.aNote(
                Delegates.join(vendor.accessToken()), round, "Buy analytics only after a pilot and a checklist.");
        given().auth()
                .oauth2(Staff.anAnalyst().token())
                .contentType("application/json")
                .body(Map.of("pattern", PROCUREMENT, "stance", "SUPPORTS"))
                .post("/api/notes/" + note + "/tags")
                .then()
                .statusCode(201);

        var answer = given().auth()
                .oauth2(me.token())
                .get("/api/community/suggestions?limit=50")
                .then()
                .statusCode(200)
                .extract();
        List<Integer> ids = answer.path("member.id");
        List<String> reasons = answer.path("reason");

        assertEquals((int) activist.id(), ids.get(0), answer.asString());
        assertEquals(
                "Police → civil society; both interested in Preserve dark web evidence with a clear chain of custody, "
                        + "Dark web investigation with undercover online identities under oversight and 1 more; "
                        + "you have not met at a workshop yet",
                reasons.get(0));
        assertEquals((int) researcher.id(), ids.get(1), answer.asString());
        assertTrue(reasons.get(1).startsWith("Police → research; "), reasons.get(1));
        assertTrue(reasons.get(1).endsWith("you were at the same workshop, in other breakout groups"), reasons.get(1));
        assertEquals((int) vendor.id(), ids.get(2), answer.asString());
        assertEquals(
                "Police → industry; both interested in Procurement checklist for social media analytics tools; "
                        + "you have not met at a workshop yet",
                reasons.get(2));

        // my own sector's groupmate comes last of them; a hidden sector is not used, nor named
        int colleagueAt = ids.indexOf((int) colleague.id());
        int discreetAt = ids.indexOf((int) discreet.id());
        assertTrue(discreetAt > 2, answer.asString());
        assertTrue(colleagueAt == -1 || colleagueAt > discreetAt, answer.asString());
        assertFalse(reasons.get(discreetAt).contains("civil society"), reasons.get(discreetAt));
        assertFalse(reasons.get(discreetAt).contains("→"), reasons.get(discreetAt));
        if (colleagueAt >= 0) {
            assertTrue(reasons.get(colleagueAt).endsWith("you shared a breakout group"), reasons.get(colleagueAt));
        }
        assertFalse(ids.contains((int) me.id()));

        // someone I have asked is not suggested again
        Members.anIntroduction(me, activist);
        List<Integer> after = given().auth()
                .oauth2(me.token())
                .get("/api/community/suggestions?limit=50")
                .then()
                .extract()
                .path("member.id");
        assertFalse(after.contains((int) activist.id()));
        List<Object> byDefault = given().auth()
                .oauth2(me.token())
                .get("/api/community/suggestions")
                .then()
                .statusCode(200)
                .extract()
                .path("");
        assertTrue(byDefault.size() <= 10 && !byDefault.isEmpty(), byDefault.toString());
    }

    @Test
    void theLimitIsBetweenOneAndFifty() {
        Member me = Members.aMemberIn(
                Workshops.aScheduledWorkshop(Staff.anOrganiser().token(), 5).joinCode());
        given().auth()
                .oauth2(me.token())
                .get("/api/community/suggestions?limit=0")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(me.token())
                .get("/api/community/suggestions?limit=51")
                .then()
                .statusCode(400);
    }

    private static Member member(String joinCode, String sector, List<String> interests, boolean showSector) {
        Member member = Members.aMemberIn(joinCode, Map.of("sector", sector, "name", sector + " member"));
        Members.putProfile(
                        member.token(),
                        Members.aVisibleProfile(
                                sector.toLowerCase() + "@example.org", interests, true, true, showSector, true))
                .then()
                .statusCode(200);
        return member;
    }

    /** Splits the workshop's delegates into two groups, then moves these delegates into the groups given. */
    private static void seat(String organiser, long workshopId, Map<Long, Integer> groups) {
        long allocation = ((Number) given().auth()
                        .oauth2(organiser)
                        .contentType("application/json")
                        .body(Map.of("groups", 2))
                        .post("/api/workshops/" + workshopId + "/breakouts")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        groups.forEach((delegate, group) -> given().auth()
                .oauth2(organiser)
                .contentType("application/json")
                .body(Map.of("group", group))
                .put("/api/workshops/" + workshopId + "/breakouts/" + allocation + "/delegates/" + delegate)
                .then()
                .statusCode(200));
    }
}
