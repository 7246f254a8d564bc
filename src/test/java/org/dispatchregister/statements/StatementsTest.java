package org.dispatchregister.statements;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dispatchregister.dispatches.WorkflowData;
import org.dispatchregister.support.Session;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class StatementsTest {

    static Map<String, Object> form(String title) {
        Map<String, Object> f = new HashMap<>();
        f.put("kindCode", "APPEAL");
        f.put("title", title);
        f.put("issuedOn", "2026-03-01");
        f.put("place", "Baku");
        f.put("signatory", "The Commissioner");
        f.put("language", "English");
        f.put("summary", "Summary of " + title);
        f.put("fullText", "Full text");
        f.put("topics", "missing persons ,  IDPs,,");
        f.put("inResponseTo", "Their letter");
        f.put("responseReference", "X/1");
        f.put("responseDate", "2026-02-01");
        return f;
    }

    static Statement byTitle(String title) {
        return QuarkusTransaction.requiringNew().call(() -> Statement.<Statement> find("title", title).firstResult());
    }

    @Test
    void clerkCreatesADraftWithTheContractFieldsThenIssuesIt() {
        Session clerk = Session.clerk();
        String title = WorkflowData.unique("Appeal on detainees");
        Response created = clerk.post("/statements", form(title));
        created.then().statusCode(303);
        Statement s = byTitle(title);
        assertEquals(StatementStatus.DRAFT, s.status);
        assertEquals("missing persons, IDPs", s.topics);
        assertEquals("X/1", s.responseReference);
        assertTrue(created.header("Location").endsWith("/statements/" + s.id));

        clerk.get("/statements/" + s.id).then().statusCode(200).body(containsString(title)).body(containsString("draft"));
        clerk.post("/statements/" + s.id + "/issue", Map.of()).then().statusCode(303);
        Statement issued = byTitle(title);
        assertEquals(StatementStatus.ISSUED, issued.status);
        assertTrue(issued.reference.matches("\\d{4}/26"), issued.reference);
        clerk.get("/statements?q=" + issued.reference).then().statusCode(200).body(containsString(title));
    }

    @Test
    void proposedRecipientsRedirectToThePreselectedDispatchForm() {
        Session clerk = Session.clerk();
        Long a = WorkflowData.recipient(WorkflowData.unique("Proposed A"));
        Long b = WorkflowData.recipient(WorkflowData.unique("Proposed B"));
        String title = WorkflowData.unique("Imported statement");
        Map<String, Object> f = form(title);
        f.put("proposedRecipientId", List.of(a, b));
        Response r = clerk.post("/statements", f);
        r.then().statusCode(303);
        Statement s = byTitle(title);
        assertTrue(r.header("Location").endsWith("/statements/" + s.id + "/dispatch?recipientIds=" + a + "&recipientIds=" + b),
                r.header("Location"));
        clerk.get("/statements/" + s.id + "/dispatch?recipientIds=" + a + "&recipientIds=" + b).then().statusCode(200)
                .body(containsString("Proposed A")).body(containsString("Proposed B"));
    }

    @Test
    void newFormIsPrefilledFromQueryParameters() {
        Session.clerk().get("/statements/new?title=FromImport&kindCode=LETTER&place=Geneva&issuedOn=2026-01-02").then().statusCode(200)
                .body(containsString("value=\"FromImport\"")).body(containsString("value=\"Geneva\""))
                .body(containsString("<option value=\"LETTER\" selected>"));
    }

    @Test
    void badInputIsRefusedWithMessagesAndNothingSaved() {
        Session clerk = Session.clerk();
        String title = WorkflowData.unique("Bad");
        Map<String, Object> f = form(title);
        f.put("issuedOn", "2026-13-45");
        f.put("kindCode", "NOPE");
        clerk.post("/statements", f).then().statusCode(400).body(containsString("Enter a date as 23.02.2026 or 2026-02-23"))
                .body(containsString("Choose the kind of document")).body(containsString("value=\"" + title + "\""));
        Map<String, Object> empty = form("");
        clerk.post("/statements", empty).then().statusCode(400).body(containsString("Enter a title"));
        assertEquals(null, byTitle(title));
    }

    @Test
    void duplicateManualReferenceIsRefused() {
        Session clerk = Session.clerk();
        String ref = "DUP/" + WorkflowData.unique("r").substring(2);
        Map<String, Object> f = form(WorkflowData.unique("First"));
        f.put("reference", ref);
        clerk.post("/statements", f).then().statusCode(303);
        Map<String, Object> g = form(WorkflowData.unique("Second"));
        g.put("reference", ref.toLowerCase());
        clerk.post("/statements", g).then().statusCode(400).body(containsString("is already used by another statement"));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> Statement.count("lower(reference)", ref.toLowerCase())));
    }

    @Test
    void scriptInTextFieldsIsShownEscaped() {
        Session clerk = Session.clerk();
        String title = "<script>alert('x')</script> " + WorkflowData.unique("T");
        Map<String, Object> f = form(title);
        f.put("summary", "<img src=x onerror=alert(1)>");
        clerk.post("/statements", f).then().statusCode(303);
        Statement s = byTitle(title);
        clerk.get("/statements/" + s.id).then().statusCode(200)
                .body(not(containsString("<script>alert"))).body(containsString("&lt;script&gt;"))
                .body(not(containsString("<img src=x")));
        clerk.get("/statements?q=%25'%20or%201=1--").then().statusCode(200);
    }

    @Test
    void staleEditIs409AndKeepsTheInput() {
        Session clerk = Session.clerk();
        String title = WorkflowData.unique("Stale");
        clerk.post("/statements", form(title)).then().statusCode(303);
        Statement s = byTitle(title);
        Map<String, Object> first = form(title + " edited");
        first.put("version", s.version);
        clerk.post("/statements/" + s.id, first).then().statusCode(303);
        Map<String, Object> second = form(title + " mine");
        second.put("version", s.version);
        clerk.post("/statements/" + s.id, second).then().statusCode(409)
                .body(containsString("Someone else changed this statement")).body(containsString(title + " mine"));
        assertEquals(title + " edited", QuarkusTransaction.requiringNew().call(() -> Statement.<Statement> findById(s.id).title));
    }

    @Test
    void viewerReadsButCannotChange() {
        Session viewer = Session.viewer();
        viewer.get("/statements").then().statusCode(200);
        String title = WorkflowData.unique("Viewer");
        viewer.post("/statements", form(title)).then().statusCode(403);
        assertEquals(null, byTitle(title));
        // issue 13: a viewer is not shown a form they cannot save (their text would be lost on the 403)
        viewer.get("/statements/new").then().statusCode(403);
    }

    @Test
    void unknownStatementIs404() {
        Session clerk = Session.clerk();
        clerk.get("/statements/987654321").then().statusCode(404);
        clerk.get("/statements/987654321/edit").then().statusCode(404);
        clerk.post("/statements/987654321/issue", Map.of()).then().statusCode(404);
        clerk.get("/statements/987654321/dispatch").then().statusCode(404);
    }

    @Test
    void listFiltersByKindYearStatusAndTopic() {
        Session clerk = Session.clerk();
        String title = WorkflowData.unique("Filtered");
        Map<String, Object> f = form(title);
        f.put("kindCode", "LETTER");
        f.put("topics", "zebra-topic");
        f.put("issuedOn", "2024-05-05");
        f.put("issueNow", "on");
        clerk.post("/statements", f).then().statusCode(303);
        clerk.get("/statements?kind=LETTER&year=2024&status=ISSUED&topic=zebra").then().statusCode(200).body(containsString(title));
        clerk.get("/statements?kind=APPEAL&topic=zebra").then().statusCode(200).body(not(containsString(title)));
        Statement s = byTitle(title);
        assertNotNull(s.reference);
        assertTrue(s.reference.endsWith("/24"), s.reference);
    }
}
