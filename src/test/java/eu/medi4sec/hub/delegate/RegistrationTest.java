package eu.medi4sec.hub.delegate;

import static eu.medi4sec.hub.support.Delegates.aRegistration;
import static eu.medi4sec.hub.support.Delegates.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import eu.medi4sec.hub.common.Letter;
import eu.medi4sec.hub.support.Delegates;
import eu.medi4sec.hub.support.Mailbox;
import eu.medi4sec.hub.support.Staff;
import eu.medi4sec.hub.support.Workshops;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegistrationTest {

    @Test
    void aDelegateRegistersWithConsentAndGetsTheirPersonalLinkByEmailOnly() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Workshops.Created workshop = Workshops.aScheduledWorkshop(organiser.token(), 10);
        Map<String, Object> body = aRegistration(workshop.joinCode().toLowerCase());
        body.put("name", "Dana <b>Delegate</b>");
        var response = register(body);
        org.junit.jupiter.api.Assertions.assertEquals(202, response.statusCode(), response.asString());
        org.hamcrest.MatcherAssert.assertThat(response.path("message"), startsWith("Check your email"));
        org.hamcrest.MatcherAssert.assertThat(response.asString(), not(containsString("accessToken")));
        org.hamcrest.MatcherAssert.assertThat(response.asString(), not(containsString("REGISTERED")));

        String email = (String) body.get("email");
        Letter mail = Mailbox.latestTo(email);
        String key = Mailbox.latestPersonalKey(email);
        org.hamcrest.MatcherAssert.assertThat(key, matchesPattern("[A-Za-z0-9_-]{43}"));
        org.hamcrest.MatcherAssert.assertThat(mail.text(), containsString("/my-registration#key=" + key));
        org.hamcrest.MatcherAssert.assertThat(
                mail.text(), containsString("Wed 10 Mar 2027, 09:00 to 17:00 (Europe/Brussels)"));
        org.hamcrest.MatcherAssert.assertThat(mail.html(), containsString("Dana &lt;b&gt;Delegate&lt;/b&gt;"));
        org.hamcrest.MatcherAssert.assertThat(mail.html(), not(containsString("<b>Delegate")));
        org.hamcrest.MatcherAssert.assertThat(mail.calendar(), containsString("BEGIN:VCALENDAR"));

        long id = given().contentType("application/json")
                .body(Map.of("accessToken", key))
                .when()
                .post("/api/my-registration")
                .then()
                .statusCode(200)
                .body("delegate.status", equalTo("REGISTERED"))
                .extract()
                .<Integer>path("delegate.id");
        given().auth()
                .oauth2(organiser.token())
                .when()
                .get("/api/workshops/" + workshop.id() + "/delegates/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("REGISTERED"))
                .body("consentNoticeVersion", containsString("chatham_house"))
                .body("consentedAt", notNullValue())
                .body("accessToken", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void withoutConsentNothingIsRegistered() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Workshops.Created workshop = Workshops.aScheduledWorkshop(organiser.token(), 10);
        Map<String, Object> body = aRegistration(workshop.joinCode());
        body.put("consent", false);
        var refused = register(body);
        org.junit.jupiter.api.Assertions.assertEquals(422, refused.statusCode());
        org.hamcrest.MatcherAssert.assertThat(refused.path("violations.field"), contains("consent"));
        body.remove("consent");
        org.junit.jupiter.api.Assertions.assertEquals(422, register(body).statusCode());
        given().auth()
                .oauth2(organiser.token())
                .when()
                .get("/api/workshops/" + workshop.id() + "/delegates")
                .then()
                .body("$", hasSize(0));
    }

    @Test
    void aKnownEmailGetsTheSameAnswerAsANewOneAndItsNewLinkOnlyByEmail() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Workshops.Created workshop = Workshops.aScheduledWorkshop(organiser.token(), 10);
        Map<String, Object> body = aRegistration(workshop.joinCode());
        String email = (String) body.get("email");
        var first = register(body);
        String firstKey = Mailbox.latestPersonalKey(email);
        body.put("email", email.toUpperCase());
        body.put("name", "Someone Else");
        var again = register(body);
        var stranger = register(aRegistration(workshop.joinCode()));

        org.junit.jupiter.api.Assertions.assertEquals(202, first.statusCode());
        org.junit.jupiter.api.Assertions.assertEquals(202, again.statusCode(), again.asString());
        org.junit.jupiter.api.Assertions.assertEquals(first.asString(), again.asString());
        org.junit.jupiter.api.Assertions.assertEquals(stranger.asString(), again.asString());
        org.junit.jupiter.api.Assertions.assertEquals(first.contentType(), again.contentType());

        // the person who registered gets a new link by email; the earlier one stops working
        org.junit.jupiter.api.Assertions.assertEquals(2, Mailbox.sentTo(email).size());
        String secondKey = Mailbox.latestPersonalKey(email);
        org.junit.jupiter.api.Assertions.assertNotEquals(firstKey, secondKey);
        org.hamcrest.MatcherAssert.assertThat(Mailbox.latestTo(email).text(), containsString("already registered"));
        given().contentType("application/json")
                .header("X-Forwarded-For", Delegates.anAddress())
                .body(Map.of("accessToken", firstKey))
                .when()
                .post("/api/my-registration")
                .then()
                .statusCode(401);
        given().contentType("application/json")
                .body(Map.of("accessToken", secondKey))
                .when()
                .post("/api/my-registration")
                .then()
                .statusCode(200)
                .body("delegate.name", equalTo("Dana Delegate"));
        given().auth()
                .oauth2(organiser.token())
                .get("/api/workshops/" + workshop.id() + "/delegates/counts")
                .then()
                .body("registered", equalTo(2));
    }

    @Test
    void registrationsForOneEmailAreLimitedWhateverTheAddress() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Workshops.Created workshop = Workshops.aScheduledWorkshop(organiser.token(), 10);
        Map<String, Object> body = aRegistration(workshop.joinCode());
        for (int i = 0; i < 3; i++) {
            org.junit.jupiter.api.Assertions.assertEquals(202, register(body).statusCode());
        }
        var refused = register(body);
        org.junit.jupiter.api.Assertions.assertEquals(429, refused.statusCode());
        org.junit.jupiter.api.Assertions.assertEquals("application/problem+json", refused.contentType());
        org.hamcrest.MatcherAssert.assertThat(refused.header("Retry-After"), notNullValue());
        org.junit.jupiter.api.Assertions.assertEquals(
                3, Mailbox.sentTo((String) body.get("email")).size());
        // someone else registering with the same code is not held up
        org.junit.jupiter.api.Assertions.assertEquals(
                202, register(aRegistration(workshop.joinCode())).statusCode());
    }

    @Test
    void aFormulaIsNotAnEmailAddress() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Workshops.Created workshop = Workshops.aScheduledWorkshop(organiser.token(), 10);
        Map<String, Object> body = aRegistration(workshop.joinCode());
        body.put("email", "=cmd|'/Ccalc'!A0@sec.test");
        var refused = register(body);
        org.junit.jupiter.api.Assertions.assertEquals(422, refused.statusCode());
        org.hamcrest.MatcherAssert.assertThat(refused.path("violations.field"), contains("email"));
        org.hamcrest.MatcherAssert.assertThat(
                refused.path("violations[0].message"), containsString("cannot start with ="));
    }

    @Test
    void registrationIsOpenOnlyWhileScheduledOrLive() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        long draft = Workshops.aDraftWorkshop(organiser.token());
        String code = given().auth()
                .oauth2(organiser.token())
                .get("/api/workshops/" + draft)
                .path("joinCode");
        var refused = register(aRegistration(code));
        org.junit.jupiter.api.Assertions.assertEquals(409, refused.statusCode());
        org.junit.jupiter.api.Assertions.assertEquals(
                404, register(aRegistration("ZZZZZZ")).statusCode());
    }

    @Test
    void badFieldsAreNamed() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Workshops.Created workshop = Workshops.aScheduledWorkshop(organiser.token(), 10);
        Map<String, Object> body = aRegistration(workshop.joinCode());
        body.put("country", "XX");
        body.put("email", "not-an-email");
        var refused = register(body);
        org.junit.jupiter.api.Assertions.assertEquals(422, refused.statusCode());
        org.hamcrest.MatcherAssert.assertThat(
                refused.path("violations.field"), org.hamcrest.Matchers.hasItems("country", "email"));
        body.put("country", "BE");
        body.put("email", "ok-" + System.nanoTime() + "@example.org");
        body.put("sector", "WIZARD");
        var badSector = register(body);
        org.junit.jupiter.api.Assertions.assertEquals(400, badSector.statusCode());
        org.hamcrest.MatcherAssert.assertThat(badSector.path("violations.field"), contains("sector"));
    }

    @Test
    void beyondCapacityDelegatesWaitInOrderAndACancellationPromotesTheFirst() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Workshops.Created workshop = Workshops.aScheduledWorkshop(organiser.token(), 2);
        Delegates.Registered first = Delegates.aRegisteredDelegate(workshop.joinCode());
        Delegates.aRegisteredDelegate(workshop.joinCode());
        Delegates.Registered waitingFirst = Delegates.aRegisteredDelegate(workshop.joinCode());
        Delegates.Registered waitingSecond = Delegates.aRegisteredDelegate(workshop.joinCode());
        org.junit.jupiter.api.Assertions.assertEquals("REGISTERED", first.status());
        org.junit.jupiter.api.Assertions.assertEquals("WAITLISTED", waitingFirst.status());
        org.junit.jupiter.api.Assertions.assertEquals("WAITLISTED", waitingSecond.status());

        given().auth()
                .oauth2(organiser.token())
                .when()
                .post("/api/workshops/" + workshop.id() + "/delegates/" + first.id() + "/cancel")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));

        String base = "/api/workshops/" + workshop.id() + "/delegates/";
        given().auth()
                .oauth2(organiser.token())
                .get(base + waitingFirst.id())
                .then()
                .body("status", equalTo("REGISTERED"))
                .body("promotedAt", notNullValue());
        given().auth()
                .oauth2(organiser.token())
                .get(base + waitingSecond.id())
                .then()
                .body("status", equalTo("WAITLISTED"));
        given().auth()
                .oauth2(organiser.token())
                .get(base + "counts")
                .then()
                .body("registered", equalTo(2))
                .body("waitlisted", equalTo(1))
                .body("cancelled", equalTo(1));
        org.hamcrest.MatcherAssert.assertThat(
                Mailbox.latestTo(first.email()).subject(), containsString("is cancelled"));
        org.hamcrest.MatcherAssert.assertThat(
                Mailbox.latestTo(waitingFirst.email()).subject(), startsWith("A place is yours"));
        org.hamcrest.MatcherAssert.assertThat(
                Mailbox.latestTo(waitingSecond.email()).subject(), startsWith("You are on the waitlist"));
    }

    @Test
    void aDelegateCancelsThroughTheirPersonalLinkAndTheWaitlistMovesUp() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Workshops.Created workshop = Workshops.aScheduledWorkshop(organiser.token(), 1);
        Delegates.Registered seated = Delegates.aRegisteredDelegate(workshop.joinCode());
        Delegates.Registered waiting = Delegates.aRegisteredDelegate(workshop.joinCode());
        given().contentType("application/json")
                .body(Map.of("accessToken", seated.accessToken()))
                .when()
                .post("/api/my-registration/cancel")
                .then()
                .statusCode(200)
                .body("delegate.status", equalTo("CANCELLED"));
        given().contentType("application/json")
                .body(Map.of("accessToken", waiting.accessToken()))
                .when()
                .post("/api/my-registration")
                .then()
                .statusCode(200)
                .body("delegate.status", equalTo("REGISTERED"))
                .body("workshop.joinCode", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void twoRequestsRacingForTheLastSeatNeverBothGetIt() throws Exception {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Workshops.Created workshop = Workshops.aScheduledWorkshop(organiser.token(), 1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> racers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                racers.add(() -> register(aRegistration(workshop.joinCode())).statusCode());
            }
            for (Future<Integer> f : pool.invokeAll(racers)) {
                org.junit.jupiter.api.Assertions.assertEquals(202, f.get());
            }
            given().auth()
                    .oauth2(organiser.token())
                    .get("/api/workshops/" + workshop.id() + "/delegates/counts")
                    .then()
                    .body("registered", equalTo(1))
                    .body("waitlisted", equalTo(7));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theNoticeNamesTheAttributionRuleWithoutTheJoinCode() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Workshops.Created workshop = Workshops.aScheduledWorkshop(organiser.token(), 10);
        given().queryParam("joinCode", workshop.joinCode())
                .when()
                .get("/api/registrations/notice")
                .then()
                .statusCode(200)
                .body("notice.text", containsString("Chatham House"))
                .body("workshop.title", notNullValue())
                .body("workshop.joinCode", org.hamcrest.Matchers.nullValue());
    }
}
