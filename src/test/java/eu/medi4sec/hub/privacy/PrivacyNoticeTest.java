package eu.medi4sec.hub.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.medi4sec.hub.support.Delegates;
import eu.medi4sec.hub.support.PersonalData;
import eu.medi4sec.hub.support.Staff;
import eu.medi4sec.hub.support.Workshops;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PrivacyNoticeTest {

    @Test
    void anyoneReadsTheCurrentNotice() {
        // other tests (the fuzz run among them) may have published versions since the seeded one
        var newest = given().auth()
                .oauth2(Staff.anAdmin().token())
                .get("/api/privacy-notices")
                .then()
                .statusCode(200)
                .extract();
        given().get("/api/privacy-notice")
                .then()
                .statusCode(200)
                .body("version", equalTo((int) newest.path("[0].version")))
                .body("text", equalTo(newest.path("[0].text")));
        var first = given().auth()
                .oauth2(Staff.anAdmin().token())
                .get("/api/privacy-notices")
                .then()
                .extract()
                .jsonPath()
                .getList("findAll { it.version == 1 }.text");
        assertThat((String) first.get(0), containsString("Workshop Hub keeps your name"));
    }

    @Test
    void aNewVersionIsAskedForOnTheNextVisitAndKeptAsHistory() {
        var organiser = Staff.anOrganiser();
        var admin = Staff.anAdmin();
        var workshop = Workshops.aLiveWorkshop(organiser.token());
        var delegate = Delegates.aRegisteredDelegate(workshop.joinCode());
        var before = PersonalData.lookUp(delegate.accessToken());
        int accepted = before.path("notice.version");
        assertEquals(false, before.path("consentRequired"));
        assertEquals(List.of(accepted), before.path("consents.noticeVersion"));

        var published = publish(admin.token(), "We now also keep your data for two years after the workshop.")
                .then()
                .extract();

        assertEquals(201, published.statusCode(), published.asString());
        int version = published.path("version");
        assertEquals(accepted + 1, version);
        var asked = PersonalData.lookUp(delegate.accessToken());
        assertEquals(true, asked.path("consentRequired"));
        assertEquals(version, (int) asked.path("notice.version"));
        assertThat(asked.path("notice.text"), containsString("two years after the workshop"));
        assertThat(asked.path("notice.text"), containsString("Chatham House rule"));
        join(delegate.accessToken()).then().statusCode(409);

        accept(delegate.accessToken(), accepted).then().statusCode(409);
        var consented =
                accept(delegate.accessToken(), version).then().statusCode(200).extract();

        assertEquals(false, consented.path("consentRequired"));
        assertEquals(List.of(accepted, version), consented.path("consents.noticeVersion"));
        assertThat(consented.path("delegate.consentNoticeVersion"), equalTo(version + "-chatham_house"));
        join(delegate.accessToken()).then().statusCode(200);
        given().auth()
                .oauth2(admin.token())
                .get("/api/privacy-notices")
                .then()
                .statusCode(200)
                .body("version", hasItems(version, accepted))
                .body("[0].version", equalTo(version));
        given().get("/api/privacy-notice").then().body("version", equalTo(version));
    }

    @Test
    void aNoticeNeedsText() {
        publish(Staff.anAdmin().token(), " ").then().statusCode(422).body("violations[0].field", equalTo("text"));
    }

    @Test
    void onlyAdminsPublish() {
        publish(Staff.anOrganiser().token(), "Something else.").then().statusCode(403);
    }

    private static Response publish(String token, String text) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of("text", text))
                .post("/api/privacy-notices");
    }

    private static Response accept(String key, int version) {
        return given().contentType("application/json")
                .header("X-Forwarded-For", Delegates.anAddress())
                .body(Map.of("key", key, "version", version))
                .post("/api/my-registration/consent");
    }

    private static Response join(String key) {
        return given().contentType("application/json")
                .header("X-Forwarded-For", Delegates.anAddress())
                .body(Map.of("accessToken", key))
                .post("/api/join");
    }
}
