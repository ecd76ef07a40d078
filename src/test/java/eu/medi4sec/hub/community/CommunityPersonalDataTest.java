package eu.medi4sec.hub.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.medi4sec.hub.support.Members;
import eu.medi4sec.hub.support.Members.Member;
import eu.medi4sec.hub.support.PersonalData;
import eu.medi4sec.hub.support.Staff;
import eu.medi4sec.hub.support.Workshops;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** "Download my data" carries what the community holds about the person, and nothing of anyone else. */
@QuarkusTest
class CommunityPersonalDataTest {

    @Test
    void theExportCarriesTheProfileAndTheMembersOwnIntroductions() {
        Workshops.Created workshop =
                Workshops.aScheduledWorkshop(Staff.anOrganiser().token(), 20);
        Member asker = Members.aMemberIn(workshop.joinCode());
        Member other = Members.aMemberIn(workshop.joinCode());
        Members.visible(asker, "asker@contact.example");
        Members.visible(other, "other-secret-contact@contact.example");
        Members.anIntroduction(asker, other);

        String body = PersonalData.export(asker.accessToken()).body().asString();
        JsonPath export = JsonPath.from(body);
        assertEquals(asker.id(), export.getLong("community.memberId"));
        assertTrue(export.getBoolean("community.visible"));
        assertEquals("asker@contact.example", export.getString("community.contact"));
        assertEquals(1, export.getList("community.introductions").size());
        assertTrue(!body.contains("other-secret-contact"), "another member's contact never leaves in my export");
    }

    @Test
    void someoneWhoNeverOpenedTheCommunityHasNoCommunityPart() {
        Workshops.Created workshop =
                Workshops.aScheduledWorkshop(Staff.anOrganiser().token(), 20);
        var registered = eu.medi4sec.hub.support.Delegates.registered(
                eu.medi4sec.hub.support.Delegates.aRegistration(workshop.joinCode()));
        JsonPath export = PersonalData.export(registered.accessToken()).jsonPath();
        assertNull(export.get("community"));
    }
}
