package org.dispatchregister.matching;

import org.dispatchregister.common.TextFold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;

import org.dispatchregister.recipients.Recipient;
import org.dispatchregister.recipients.RecipientAlias;
import org.dispatchregister.support.Session;
import org.dispatchregister.web.Language;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The /match and /statements/import pages: results, the alias action, bad input, roles. */
@QuarkusTest
class MatchPagesTest {

    @Test
    void showsProposalsAndUnplacedPhrases() {
        String w = MatcherTestData.word();
        Recipient r = MatcherTestData.recipient(w + " Human Rights Institute", MatcherTestData.acronym());
        Session clerk = Session.clerk();
        assertEquals(200, clerk.get("/match").statusCode());
        Response page = clerk.post("/match", Map.of("text", "The statement was sent to the " + w + " Human Rights Institute, "
                + "<script>alert(1)</script> Gazette of Nowhere."));
        assertEquals(200, page.statusCode());
        String html = page.asString();
        assertTrue(html.contains("name=\"recipientIds\" value=\"" + r.id + "\""), "ticked proposal");
        assertTrue(html.contains("&lt;script&gt;"), "unplaced phrase shown escaped");
        assertFalse(html.contains("<script>alert"), "never raw");
        assertTrue(html.contains("/recipients/new?name="), "create link");
        assertTrue(html.contains("action=\"/match/alias\""), "alias form");
    }

    @Test
    void marksTheWordsEachBodyWasReadFromAndOffersConfusableCouncilsAsAChoice() {
        String w = MatcherTestData.word();
        Recipient r = MatcherTestData.recipient(w + " Peace Institute", MatcherTestData.acronym());
        Response page = Session.clerk().post("/match", Map.of("text", "The Ombudsman wrote to the " + w
                + " Peace Institute <b>&</b> the European Council about the <i>case</i>."));
        assertEquals(200, page.statusCode());
        String html = page.asString();
        assertTrue(html.contains("<a class=\"found\" href=\"/recipients/" + r.id + "\""), "the words link to the body");
        String read = html.substring(html.indexOf("<p class=\"match-text\">"), html.indexOf("</p>", html.indexOf("<p class=\"match-text\">")));
        assertTrue(read.contains("<mark>" + w + " Peace Institute</mark>"), "the words the body was read from are marked: " + read);
        assertTrue(html.contains("<mark class=\"pick\""), "the European Council is a choice, not a guess");
        assertTrue(html.contains("<option value=\"\" selected>— none of these —</option>"), "nothing preselected for a choice");
        assertFalse(html.contains("<b>&</b>"), "the text is shown escaped");
    }

    @Test
    void emptyTextIsRefusedOnThePage() {
        Response page = Session.clerk().post("/match", Map.of("text", "   "));
        assertEquals(400, page.statusCode());
        assertTrue(page.asString().contains("The text is empty"));
    }

    @Test
    void oversizedTextIsRefusedOnThePage() {
        Response page = Session.clerk().post("/match", Map.of("text", "x".repeat(TextInput.MAX_CHARS + 1)));
        assertEquals(400, page.statusCode());
        assertTrue(page.asString().contains("too long"));
    }

    @Test
    void addsAnAliasAndTheNextMatchFindsIt() {
        String w = MatcherTestData.word();
        Recipient r = MatcherTestData.recipient(w + " Ombudsman Office", MatcherTestData.acronym());
        String phrase = "Office of the " + MatcherTestData.word() + " Mediator";
        String text = "Sent to: " + phrase;
        Session clerk = Session.clerk();
        assertTrue(clerk.post("/match", Map.of("text", text)).asString().contains(phrase));
        Response after = clerk.post("/match/alias", Map.of("phrase", phrase, "recipientId", r.id, "text", text));
        assertEquals(200, after.statusCode());
        assertTrue(after.asString().contains("saved"), after.asString());
        assertTrue(after.asString().contains("name=\"recipientIds\" value=\"" + r.id + "\""), "re-read text now places the phrase");
        RecipientAlias alias = QuarkusTransaction.requiringNew().call(() -> RecipientAlias.find("recipient.id = ?1", r.id).firstResult());
        assertNotNull(alias);
        assertEquals(phrase, alias.alias);
        assertEquals(TextFold.fold(phrase), alias.aliasKey);
        Response again = clerk.post("/match/alias", Map.of("phrase", phrase, "recipientId", r.id, "text", text));
        assertEquals(400, again.statusCode());
        assertTrue(again.asString().contains("already a name of"));
        long count = QuarkusTransaction.requiringNew().call(() -> RecipientAlias.count("recipient.id = ?1", r.id));
        assertEquals(1, count, "no duplicate alias");
    }

    @Test
    void aliasForAnUnknownRecipientIs404AndWithoutRecipient400() {
        Session clerk = Session.clerk();
        assertEquals(404, clerk.post("/match/alias", Map.of("phrase", "Anything", "recipientId", 987654321L, "text", "x")).statusCode());
        assertEquals(400, clerk.post("/match/alias", Map.of("phrase", "Anything", "text", "x")).statusCode());
    }

    @Test
    void aliasNeedsTheCsrfToken() {
        Recipient r = MatcherTestData.recipient(MatcherTestData.word() + " Council", null);
        Session clerk = Session.clerk();
        clerk.get("/match");
        assertTrue(clerk.postWithoutCsrf("/match/alias", Map.of("phrase", "Forged name", "recipientId", r.id, "text", "x")).statusCode() >= 400);
    }

    @Test
    void viewersMayNotUseThePages() {
        Session viewer = Session.viewer();
        assertEquals(403, viewer.get("/match").statusCode());
        assertEquals(403, viewer.get("/statements/import").statusCode());
        Recipient r = MatcherTestData.recipient(MatcherTestData.word() + " Council", null);
        viewer.get("/account");
        assertEquals(403, viewer.post("/match/alias", Map.of("phrase", "Viewer name", "recipientId", r.id, "text", "x")).statusCode());
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> RecipientAlias.count("recipient.id = ?1", r.id)));
    }

    @Test
    void dispatchGoesToTheStatementsDispatchFormWithTheTickedBodies() {
        Session clerk = Session.clerk();
        Response r = clerk.get("/match/dispatch?statementId=12&recipientIds=5&recipientIds=7&recipientIds=&recipientIds=x");
        assertEquals(303, r.statusCode());
        assertTrue(r.header("Location").endsWith("/statements/12/dispatch?recipientIds=5&recipientIds=7"), r.header("Location"));
        Response none = clerk.get("/match/dispatch?recipientIds=5");
        assertEquals(303, none.statusCode());
        assertTrue(none.header("Location").endsWith("/match"));
    }

    @Test
    void importShowsEachValueWithItsSourceAndTheTickedDistribution() {
        String w = MatcherTestData.word();
        Recipient r = MatcherTestData.recipient(w + " Peace Bureau", "QIPB" + w.substring(0, 3).toUpperCase());
        String text = RegisterFixture.text("/matching/seeds/statement-2026-02-23-khojaly.txt")
                .replace("International Peace Bureau (IPB)", w + " Peace Bureau");
        Session clerk = Session.clerk();
        assertEquals(200, clerk.get("/statements/import").statusCode());
        Response page = clerk.post("/statements/import", Map.of("text", text));
        assertEquals(200, page.statusCode());
        String html = page.asString();
        assertTrue(html.contains("action=\"/statements\""), "posts to the statement create endpoint");
        assertTrue(html.contains("value=\"" + Language.EN.format(LocalDate.of(2026, 2, 23)) + "\""), "issued on");
        assertTrue(html.contains("value=\"Khankendi city\""), "place");
        assertTrue(html.contains("value=\"Sabina Aliyeva, The Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan\""));
        assertTrue(html.contains("<q>23 February 2026</q>"), "source of the date");
        assertTrue(html.contains("name=\"proposedRecipientId\" value=\"" + r.id + "\" checked"), "proposed body ticked");
        assertTrue(html.contains("value=\"STATEMENT\""), "kind");
    }

    @Test
    void importRefusesEmptyText() {
        Response page = Session.clerk().post("/statements/import", Map.of("text", ""));
        assertEquals(400, page.statusCode());
        assertTrue(page.asString().contains("The text is empty"));
    }
}
