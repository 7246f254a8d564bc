package org.dispatchregister.matching;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.dispatchregister.recipients.Recipient;
import org.dispatchregister.support.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** POST /api/distribution/match and /api/statements/import, including bad inputs. */
@QuarkusTest
class MatchingApiTest {

    private static RequestSpecification clerk() {
        return given().auth().preemptive().basic(TestUsers.ensure("clerk", "CLERK"), TestUsers.PASSWORD).contentType("text/plain; charset=UTF-8");
    }

    @Test
    void matchesBodiesByNameAndAcronymAndListsTheRest() {
        String w1 = MatcherTestData.word();
        String w2 = MatcherTestData.word();
        Recipient a = MatcherTestData.recipient(w1 + " Rights Commission", MatcherTestData.acronym());
        Recipient b = MatcherTestData.recipient(w2 + " Peace Bureau", MatcherTestData.acronym());
        String text = "The statement was sent to the " + w1 + " Rights Commission (" + a.acronym + "), " + b.acronym.toLowerCase()
                + "; the Nowhere Gazette.";
        clerk().body(text).post("/api/distribution/match").then().statusCode(200)
                .body("matches", hasSize(2))
                .body("matches[0].recipientId", equalTo(a.id.intValue()))
                .body("matches[0].name", equalTo(a.name))
                .body("matches[0].acronym", equalTo(a.acronym))
                .body("matches[0].phrase", equalTo(w1 + " Rights Commission (" + a.acronym + ")"))
                .body("matches[0].score", equalTo(1.0f))
                .body("matches[1].recipientId", equalTo(b.id.intValue()))
                .body("unmatched", hasSize(1))
                .body("unmatched[0]", equalTo("Nowhere Gazette"));
    }

    @Test
    void seesRecipientsCreatedAfterTheFirstMatch() {
        clerk().body("UNHCR").post("/api/distribution/match").then().statusCode(200);
        String w = MatcherTestData.word();
        Recipient r = MatcherTestData.recipient(w + " Ombudsman Network", null);
        clerk().body(w + " Ombudsman Network").post("/api/distribution/match").then().statusCode(200)
                .body("matches[0].recipientId", equalTo(r.id.intValue()));
    }

    @Test
    void emptyTextIsRefusedWithAMessage() {
        clerk().body("  \n ").post("/api/distribution/match").then().statusCode(400)
                .body("detail", containsString("empty"));
        clerk().body("").post("/api/statements/import").then().statusCode(400)
                .body("detail", containsString("empty"));
    }

    @Test
    void oversizedTextIsRefusedWithAMessage() {
        String huge = "UNHCR, ".repeat(150_000);
        clerk().body(huge).post("/api/distribution/match").then().statusCode(413)
                .body("detail", containsString("too long"));
        clerk().body(huge).post("/api/statements/import").then().statusCode(413);
    }

    @Test
    void markupAndControlCharactersGiveACleanResult() {
        String w = MatcherTestData.word();
        Recipient r = MatcherTestData.recipient(w + " Children Council", MatcherTestData.acronym());
        clerk().body("<b>" + w + " Children Council</b>,\u0000 <script>alert('x')</script>\u0007; '; drop table recipient; --")
                .post("/api/distribution/match").then().statusCode(200)
                .body("matches[0].recipientId", equalTo(r.id.intValue()))
                .body("unmatched.toString()", containsString("alert"));
        clerk().body("\u0000\u0001<p></p>").post("/api/statements/import").then().statusCode(400);
    }

    @Test
    void wrongContentTypeIsRefused() {
        given().auth().preemptive().basic(TestUsers.ensure("clerk", "CLERK"), TestUsers.PASSWORD).contentType("application/json")
                .body("{\"text\":\"UNHCR\"}").post("/api/distribution/match").then().statusCode(415);
    }

    @Test
    void importReadsTheKhojalyStatement() {
        String w = MatcherTestData.word();
        String text = RegisterFixture.text("/matching/seeds/statement-2026-02-23-khojaly.txt")
                .replace("International Peace Bureau (IPB)", w + " Peace Bureau");
        Recipient r = MatcherTestData.recipient(w + " Peace Bureau", null);
        clerk().body(text).post("/api/statements/import").then().statusCode(200)
                .body("issuedOn", equalTo("2026-02-23"))
                .body("place", equalTo("Khankendi city"))
                .body("signatory", equalTo("Sabina Aliyeva"))
                .body("signatoryTitle", equalTo("The Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan"))
                .body("reference", nullValue())
                .body("kind", equalTo("STATEMENT"))
                .body("title", startsWith("THE STATEMENT of the Commissioner"))
                .body("sources.issuedOn", equalTo("23 February 2026"))
                .body("distribution.matches.recipientId", org.hamcrest.Matchers.hasItem(r.id.intValue()));
    }

    @Test
    void importReadsTheNoteVerbaleReference() {
        clerk().body(RegisterFixture.text("/matching/seeds/note-verbale-2020-11-04-ohchr.txt")).post("/api/statements/import").then()
                .statusCode(200)
                .body("reference", equalTo("0461/27/20/22"))
                .body("kind", equalTo("NOTE_VERBALE"))
                .body("issuedOn", equalTo("2020-11-04"))
                .body("place", equalTo("Geneva"))
                .body("signatory", nullValue());
    }

    @Test
    void signInIsRequired() {
        given().contentType("text/plain").body("UNHCR").post("/api/distribution/match").then().statusCode(401);
    }
}
