package eu.medi4sec.hub.delegate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.medi4sec.hub.support.Live;
import eu.medi4sec.hub.support.PersonalData;
import eu.medi4sec.hub.support.Staff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DataExportTest {

    @Test
    void theExportHoldsEverythingAboutTheDelegateAndNothingOfAnyoneElse() {
        var organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token(), Map.of("attribution", "ATTRIBUTED"));
        var bea = PersonalData.anActiveDelegate(
                round,
                "Beatrix Kowalczyk",
                "Gdansk Harbour Police",
                "beatrix",
                "Harbour rumours died within an hour",
                0);
        var anna = PersonalData.anActiveDelegate(
                round,
                "Annika Lindqvist",
                "Malmö Civic Forum",
                "annika",
                "Community radio reached people offline",
                bea.note());
        given().auth()
                .oauth2(bea.token())
                .put("/api/notes/" + anna.note() + "/vote")
                .then()
                .statusCode(200);
        long lesson = PersonalData.aLessonEndorsedBy(organiser.token(), round, anna);
        long allocation = PersonalData.breakoutGroups(organiser.token(), round.workshopId(), 1);

        var response = PersonalData.export(anna.registered().accessToken());

        assertEquals(200, response.statusCode(), response.asString());
        assertThat(response.header("Content-Disposition"), containsString("attachment"));
        assertThat(response.header("Content-Disposition"), containsString(".json"));
        String body = response.asString();
        JsonPath export = response.jsonPath();
        assertEquals("Annika Lindqvist", export.getString("registration.name"));
        assertEquals(anna.registered().email(), export.getString("registration.email"));
        assertEquals("Malmö Civic Forum", export.getString("registration.organisation"));
        assertEquals("Head of Malmö Civic Forum", export.getString("registration.jobTitle"));
        assertEquals("A seat near the door for Annika Lindqvist", export.getString("registration.accessNeeds"));
        assertEquals(round.workshopId(), export.getLong("workshop.id"));
        assertEquals(1, export.getList("consents").size());
        assertThat(export.getString("consents[0].acceptedAt"), not(org.hamcrest.Matchers.emptyOrNullString()));
        assertEquals("ATTRIBUTED", export.getString("consents[0].attribution"));
        assertThat(body, containsString("\"checkIn\""));
        assertEquals(List.of(anna.note()), longs(export.getList("notes.id")));
        assertEquals("Community radio reached people offline", export.getString("notes[0].text"));
        assertEquals("VISIBLE", export.getString("notes[0].status"));
        assertEquals("NONE", export.getString("notes[0].sensitivity"));
        assertEquals(List.of(bea.note()), longs(export.getList("votes.noteId")));
        assertEquals(List.of(lesson), longs(export.getList("endorsements.lessonId")));
        assertEquals(List.of(allocation), longs(export.getList("breakoutGroups.allocationId")));
        assertEquals(1, export.getInt("breakoutGroups[0].groupNumber"));
        assertEquals(730, export.getInt("retention.retentionDays"));

        for (String other : List.of(
                "Beatrix",
                "Kowalczyk",
                "Gdansk",
                bea.registered().email(),
                "Harbour rumours",
                bea.registered().accessToken())) {
            assertThat(body, not(containsString(other)));
        }
        assertThat(body, not(containsString(anna.registered().accessToken())));
    }

    @Test
    void aDelegateTokenDownloadsTheSameData() {
        var organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        var delegate = PersonalData.anActiveDelegate(
                round, "Cyril Ostrowski", "Warsaw Metro Security", "cyril", "Station screens beat loudspeakers", 0);

        var response = given().auth()
                .oauth2(delegate.token())
                .get("/api/me/delegate/export")
                .then()
                .extract();

        assertEquals(200, response.statusCode(), response.asString());
        assertThat(response.header("Content-Disposition"), containsString("attachment"));
        assertEquals("Cyril Ostrowski", response.jsonPath().getString("registration.name"));
        assertEquals("Station screens beat loudspeakers", response.jsonPath().getString("notes[0].text"));
    }

    @Test
    void aWrongKeyDownloadsNothing() {
        var response = PersonalData.export("not-a-key-anyone-was-given-0000000000000000");
        assertEquals(401, response.statusCode());
        assertThat(response.contentType(), containsString("application/problem+json"));
    }

    @Test
    void staffCannotDownloadADelegatesData() {
        given().auth()
                .oauth2(Staff.anAdmin().token())
                .get("/api/me/delegate/export")
                .then()
                .statusCode(403);
    }

    private static List<Long> longs(List<Object> values) {
        return values.stream().map(v -> ((Number) v).longValue()).toList();
    }
}
