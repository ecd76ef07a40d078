package eu.medi4sec.hub.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Named fixtures for the community: people who registered, opened the community with their link, and their profiles. */
public final class Members {

    private Members() {}

    /** A community member: their token, and the registration whose personal link opened the community. */
    public record Member(long id, String token, String accessToken, String email, long delegateId) {}

    /** Someone who registered for the workshop with this join code (with these fields instead of the defaults) and opened the community. */
    public static Member aMemberIn(String joinCode, Map<String, Object> fields) {
        Map<String, Object> registration = Delegates.aRegistration(joinCode);
        registration.put("email", "member-" + UUID.randomUUID() + "@example.org");
        registration.putAll(fields);
        Delegates.Registered registered = Delegates.registered(registration);
        var session = open(registered.accessToken()).then().statusCode(200).extract();
        return new Member(
                ((Number) session.path("memberId")).longValue(),
                session.path("token"),
                registered.accessToken(),
                registered.email(),
                registered.id());
    }

    public static Member aMemberIn(String joinCode) {
        return aMemberIn(joinCode, Map.of());
    }

    /** Opens the community with a personal key (from its own address, so no throttle is shared). */
    public static Response open(String accessToken) {
        return given().contentType("application/json")
                .header("X-Forwarded-For", Delegates.anAddress())
                .body(Map.of("key", accessToken))
                .when()
                .post("/api/community/session");
    }

    /** A profile body: visible, these details shown, a contact and interests. */
    public static Map<String, Object> aVisibleProfile(
            String contact,
            List<String> interests,
            boolean name,
            boolean organisation,
            boolean sector,
            boolean country) {
        Map<String, Object> profile = new HashMap<>();
        profile.put("visible", true);
        profile.put("fields", Map.of("name", name, "organisation", organisation, "sector", sector, "country", country));
        profile.put("bio", "I work on how social media helps keep crowds safe.");
        profile.put("interests", interests);
        profile.put("contact", contact);
        return profile;
    }

    /** Makes the member visible with every detail shown, a contact and no interests. */
    public static void visible(Member member, String contact) {
        putProfile(member.token(), aVisibleProfile(contact, List.of(), true, true, true, true))
                .then()
                .statusCode(200);
    }

    public static Response putProfile(String token, Map<String, Object> profile) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(profile)
                .when()
                .put("/api/community/profile");
    }

    public static ExtractableResponse<Response> ask(Member from, long to, String message) {
        return given().auth()
                .oauth2(from.token())
                .contentType("application/json")
                .body(Map.of("to", to, "message", message))
                .when()
                .post("/api/introductions")
                .then()
                .extract();
    }

    /** Asks for an introduction and answers its id. */
    public static long anIntroduction(Member from, Member to) {
        var asked = ask(from, to.id(), "Could we talk about rumour control?");
        if (asked.statusCode() != 201) {
            throw new AssertionError(asked.statusCode() + " " + asked.asString());
        }
        return ((Number) asked.path("id")).longValue();
    }

    public static Response answer(Member member, long introduction, String answer) {
        return given().auth().oauth2(member.token()).when().post("/api/introductions/" + introduction + "/" + answer);
    }
}
