package org.dispatchregister.dispatches;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;

import org.dispatchregister.lists.ListMember;
import org.dispatchregister.support.Session;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Fewer clicks (issue 15): a recipient page adds the body to a list or dispatches to it; pages link to each other. */
@QuarkusTest
class RecipientShortcutsTest {

    @Test
    void aRecipientPageAddsTheBodyToAListAndOpensTheDispatchForm() {
        String tag = WorkflowData.unique("Shortcut");
        Long body = WorkflowData.recipient(tag + " body");
        Long list = WorkflowData.list(tag + " list");
        Long statement = WorkflowData.statement("APPEAL", tag + " appeal");
        Session clerk = Session.clerk();
        String page = clerk.get("/recipients/" + body).asString();
        assertAll(
                () -> assertTrue(page.contains("action=\"/lists/members\""), "Add to list"),
                () -> assertTrue(page.contains("<option value=\"" + list + "\">" + tag + " list</option>"), "the lists to choose from"),
                () -> assertTrue(page.contains("action=\"/match/dispatch\""), "Dispatch a statement to this body"),
                () -> assertTrue(page.contains("name=\"recipientIds\" value=\"" + body + "\""), "for this body"),
                () -> assertTrue(page.contains("<option value=\"" + statement + "\">"), "the statements to choose from"),
                () -> assertFalse(Session.viewer().get("/recipients/" + body).asString().contains("action=\"/lists/members\""),
                        "a viewer gets no form"));

        clerk.post("/lists/members", Map.of("listId", list, "recipientId", body)).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/recipients/" + body));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> ListMember.count("list.id = ?1 and recipient.id = ?2", list, body)));
        String after = clerk.get("/recipients/" + body).asString();
        assertTrue(after.contains("href=\"/lists/" + list + "\""), "the page lists it");
        assertFalse(after.contains("<option value=\"" + list + "\">" + tag + " list</option>"), "a list the body is on is not offered again");
        clerk.post("/lists/members", Map.of("recipientId", body)).then().statusCode(303);
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> ListMember.count("recipient.id", body)), "no list, no change");

        clerk.request().get("/match/dispatch?statementId=" + statement + "&recipientIds=" + body).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/statements/" + statement + "/dispatch?recipientIds=" + body));
    }

    @Test
    void aDispatchPageLinksToItsRecipient() {
        String tag = WorkflowData.unique("Linked");
        Long body = WorkflowData.recipient(tag + " body");
        Long dispatch = WorkflowData.dispatch(WorkflowData.statement("APPEAL", tag), body, LocalDate.now().minusDays(2), true, null);
        String html = Session.viewer().get("/dispatches/" + dispatch).asString();
        assertTrue(html.contains("<a href=\"/recipients/" + body + "\">" + tag + " body</a>"), html);
    }

    @Test
    void matchingOpenedFromAStatementKeepsThatStatement() {
        String tag = WorkflowData.unique("Kept");
        Long statement = WorkflowData.statement("APPEAL", tag + " appeal");
        Session clerk = Session.clerk();
        assertTrue(clerk.get("/statements/" + statement).asString().contains("href=\"/match?statement=" + statement + "\""));
        String form = clerk.get("/match?statement=" + statement).asString();
        assertTrue(form.contains("name=\"statementId\" value=\"" + statement + "\""), "the form carries the statement");
        String results = clerk.post("/match", Map.of("text", "The statement was sent to the Council of Europe.", "statementId", statement))
                .asString();
        assertTrue(results.contains("<option value=\"" + statement + "\" selected>"), "the statement is chosen for the dispatch");
    }
}
