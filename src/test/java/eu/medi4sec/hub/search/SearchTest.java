package eu.medi4sec.hub.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import eu.medi4sec.hub.support.Live;
import eu.medi4sec.hub.support.Staff;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SearchTest {

    @Test
    void findsNotesLessonsAndPatternsRankedWithMarkedSnippets() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round round = Live.anOpenRound(organiser.token());
        Live.aNote(Live.aDelegateIn(round), round, "The quokka hotline helped people report harassment quickly");
        given().auth()
                .oauth2(organiser.token())
                .contentType("application/json")
                .body(Map.of(
                        "title",
                        "Quokka hotline",
                        "statement",
                        "A dedicated quokka line for reports works.",
                        "type",
                        "BEST_PRACTICE"))
                .post("/api/workshops/" + round.workshopId() + "/lessons")
                .then()
                .statusCode(201);
        var hits = given().auth()
                .oauth2(organiser.token())
                .queryParam("q", "quokka")
                .get("/api/search")
                .then()
                .statusCode(200)
                .extract();
        List<String> types = hits.path("type");
        org.junit.jupiter.api.Assertions.assertTrue(types.containsAll(List.of("NOTE", "LESSON")), types.toString());
        String snippet = hits.path("find { it.type == 'NOTE' }.snippet");
        org.junit.jupiter.api.Assertions.assertEquals(
                "Rumours during mass gatherings", hits.path("find { it.type == 'NOTE' }.workshopTitle"));
        org.junit.jupiter.api.Assertions.assertEquals(
                "Rumours during mass gatherings", hits.path("find { it.type == 'LESSON' }.workshopTitle"));
        org.junit.jupiter.api.Assertions.assertTrue(snippet.contains("\u0002quokka\u0003"), snippet);
        given().auth()
                .oauth2(organiser.token())
                .queryParam("q", "rumour")
                .queryParam("type", "pattern")
                .get("/api/search")
                .then()
                .body("type", everyItem(equalTo("PATTERN")))
                .body("slug", hasItem("rapid-rumour-rebuttal"));
        given().auth().oauth2(organiser.token()).get("/api/search").then().statusCode(400);
    }

    @Test
    void delegatesFindOnlyTheirOwnWorkshopsVisibleNotes() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Live.Round mine = Live.anOpenRound(organiser.token());
        Live.Round other = Live.anOpenRound(organiser.token());
        Live.aNote(organiser.token(), other, "Platypus protocol in the other workshop");
        long hidden = Live.aNote(organiser.token(), mine, "Platypus protocol hidden here");
        given().auth()
                .oauth2(organiser.token())
                .contentType("application/json")
                .body(Map.of("reason", "Test"))
                .post("/api/notes/" + hidden + "/hide")
                .then()
                .statusCode(200);
        long visible = Live.aNote(organiser.token(), mine, "Platypus protocol visible here");
        String delegate = Live.aDelegateIn(mine);
        given().auth()
                .oauth2(delegate)
                .queryParam("q", "platypus")
                .get("/api/search")
                .then()
                .statusCode(200)
                .body("id", hasItem((int) visible))
                .body("id", not(hasItem((int) hidden)))
                .body("workshopId", everyItem(equalTo((int) mine.workshopId())))
                .body("type", not(hasItem("PATTERN")));
    }
}
