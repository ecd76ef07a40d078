package eu.medi4sec.hub.delegate;

import static eu.medi4sec.hub.support.Delegates.aRegistration;
import static eu.medi4sec.hub.support.Delegates.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import eu.medi4sec.hub.support.Delegates;
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
    void aDelegateRegistersWithConsentAndGetsAPersonalKey() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Workshops.Created workshop = Workshops.aScheduledWorkshop(organiser.token(), 10);
        var response = register(aRegistration(workshop.joinCode().toLowerCase()));
        org.junit.jupiter.api.Assertions.assertEquals(201, response.statusCode(), response.asString());
        org.hamcrest.MatcherAssert.assertThat(response.path("status"), equalTo("REGISTERED"));
        org.hamcrest.MatcherAssert.assertThat(response.path("accessToken"), matchesPattern("[A-Za-z0-9_-]{43}"));
        long id = ((Number) response.path("delegateId")).longValue();

        given().auth().oauth2(organiser.token()).when().get("/api/workshops/" + workshop.id() + "/delegates/" + id)
                .then().statusCode(200)
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
        given().auth().oauth2(organiser.token()).when().get("/api/workshops/" + workshop.id() + "/delegates")
                .then().body("$", hasSize(0));
    }

    @Test
    void theSameEmailTwiceInOneWorkshopIsAConflict() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Workshops.Created workshop = Workshops.aScheduledWorkshop(organiser.token(), 10);
        Map<String, Object> body = aRegistration(workshop.joinCode());
        org.junit.jupiter.api.Assertions.assertEquals(201, register(body).statusCode());
        body.put("email", ((String) body.get("email")).toUpperCase());
        org.junit.jupiter.api.Assertions.assertEquals(409, register(body).statusCode());
    }

    @Test
    void registrationIsOpenOnlyWhileScheduledOrLive() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        long draft = Workshops.aDraftWorkshop(organiser.token());
        String code = given().auth().oauth2(organiser.token()).get("/api/workshops/" + draft).path("joinCode");
        var refused = register(aRegistration(code));
        org.junit.jupiter.api.Assertions.assertEquals(409, refused.statusCode());
        org.junit.jupiter.api.Assertions.assertEquals(404, register(aRegistration("ZZZZZZ")).statusCode());
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
        org.hamcrest.MatcherAssert.assertThat(refused.path("violations.field"), org.hamcrest.Matchers.hasItems("country", "email"));
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

        given().auth().oauth2(organiser.token()).when()
                .post("/api/workshops/" + workshop.id() + "/delegates/" + first.id() + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));

        String base = "/api/workshops/" + workshop.id() + "/delegates/";
        given().auth().oauth2(organiser.token()).get(base + waitingFirst.id())
                .then().body("status", equalTo("REGISTERED")).body("promotedAt", notNullValue());
        given().auth().oauth2(organiser.token()).get(base + waitingSecond.id()).then().body("status", equalTo("WAITLISTED"));
        given().auth().oauth2(organiser.token()).get(base + "counts")
                .then().body("registered", equalTo(2)).body("waitlisted", equalTo(1)).body("cancelled", equalTo(1));
    }

    @Test
    void aDelegateCancelsThroughTheirPersonalLinkAndTheWaitlistMovesUp() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Workshops.Created workshop = Workshops.aScheduledWorkshop(organiser.token(), 1);
        Delegates.Registered seated = Delegates.aRegisteredDelegate(workshop.joinCode());
        Delegates.Registered waiting = Delegates.aRegisteredDelegate(workshop.joinCode());
        given().contentType("application/json").body(Map.of("accessToken", seated.accessToken()))
                .when().post("/api/my-registration/cancel")
                .then().statusCode(200).body("delegate.status", equalTo("CANCELLED"));
        given().contentType("application/json").body(Map.of("accessToken", waiting.accessToken()))
                .when().post("/api/my-registration")
                .then().statusCode(200).body("delegate.status", equalTo("REGISTERED"))
                .body("workshop.joinCode", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void twoRequestsRacingForTheLastSeatNeverBothGetIt() throws Exception {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Workshops.Created workshop = Workshops.aScheduledWorkshop(organiser.token(), 1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> racers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                racers.add(() -> register(aRegistration(workshop.joinCode())).path("status"));
            }
            List<String> statuses = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(racers)) {
                statuses.add(f.get());
            }
            org.junit.jupiter.api.Assertions.assertEquals(1, statuses.stream().filter("REGISTERED"::equals).count(), statuses.toString());
            org.junit.jupiter.api.Assertions.assertEquals(7, statuses.stream().filter("WAITLISTED"::equals).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theNoticeNamesTheAttributionRuleWithoutTheJoinCode() {
        Staff.SignedIn organiser = Staff.anOrganiser();
        Workshops.Created workshop = Workshops.aScheduledWorkshop(organiser.token(), 10);
        given().queryParam("joinCode", workshop.joinCode()).when().get("/api/registrations/notice")
                .then().statusCode(200)
                .body("notice.text", containsString("Chatham House"))
                .body("workshop.title", notNullValue())
                .body("workshop.joinCode", org.hamcrest.Matchers.nullValue());
    }
}
