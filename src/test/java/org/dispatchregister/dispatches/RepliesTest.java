package org.dispatchregister.dispatches;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.dispatchregister.attachments.Attachment;
import org.dispatchregister.support.Session;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class RepliesTest {

    static Response reply(Session s, String path, Map<String, String> fields, byte[] file) {
        String token = s.csrfToken();
        var spec = s.request().multiPart("csrf-token", token);
        fields.forEach(spec::multiPart);
        if (file != null) {
            spec.multiPart("attachment", "answer.pdf", file, "application/pdf");
        }
        return spec.post(path);
    }

    static Map<String, String> fields(LocalDate received, String kind) {
        Map<String, String> f = new HashMap<>();
        f.put("receivedOn", received.toString());
        f.put("kind", kind);
        f.put("theirReference", "THEIR/1");
        f.put("summary", "They answered <script>x</script>");
        return f;
    }

    static long replies(Long dispatchId) {
        return QuarkusTransaction.requiringNew().call(() -> Reply.count("dispatch.id", dispatchId));
    }

    @Test
    void repliesMoveTheDispatchOnAndKeepAttachments() {
        Session clerk = Session.clerk();
        Long r = WorkflowData.recipient(WorkflowData.unique("Replier"));
        Long s = WorkflowData.statement("APPEAL", WorkflowData.unique("Answered appeal"));
        Long d = WorkflowData.dispatch(s, r, LocalDate.now().minusDays(10), true, LocalDate.now().plusDays(20));

        reply(clerk, "/dispatches/" + d + "/replies", fields(LocalDate.now().minusDays(5), "ACKNOWLEDGEMENT"), null).then().statusCode(303);
        assertEquals(DispatchStatus.ACKNOWLEDGED, WorkflowData.reload(d).status);
        assertEquals(LocalDate.now().minusDays(5), WorkflowData.reload(d).acknowledgedOn);
        byte[] pdf = "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);
        reply(clerk, "/dispatches/" + d + "/replies", fields(LocalDate.now(), "SUBSTANTIVE"), pdf).then().statusCode(303);
        assertEquals(DispatchStatus.REPLIED, WorkflowData.reload(d).status);
        assertEquals(2, replies(d));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> Reply.<Reply> list("dispatch.id", d).stream().mapToLong(reply -> reply.attachments.size()).sum()));
        clerk.get("/dispatches/" + d).then().statusCode(200).body(containsString("answer.pdf"))
                .body(containsString("They answered &lt;script&gt;x&lt;/script&gt;"));
        clerk.get("/replies?q=THEIR").then().statusCode(200).body(containsString("Substantive reply"));
        clerk.get("/statements/" + s).then().statusCode(200).body(containsString("replied 1"));
    }

    @Test
    void badReplyDatesAreRefusedAndNothingWritten() {
        Session clerk = Session.clerk();
        Long r = WorkflowData.recipient(WorkflowData.unique("Early"));
        Long s = WorkflowData.statement("APPEAL", WorkflowData.unique("Early appeal"));
        Long d = WorkflowData.dispatch(s, r, LocalDate.now().minusDays(10), true, LocalDate.now().plusDays(20));
        reply(clerk, "/dispatches/" + d + "/replies", fields(LocalDate.now().minusDays(11), "SUBSTANTIVE"), null).then().statusCode(400)
                .body(containsString("cannot be received before the dispatch was sent"));
        reply(clerk, "/dispatches/" + d + "/replies", fields(LocalDate.now().plusDays(1), "SUBSTANTIVE"), null).then().statusCode(400)
                .body(containsString("cannot be in the future"));
        reply(clerk, "/dispatches/" + d + "/replies", fields(LocalDate.now(), "NONSENSE"), null).then().statusCode(400)
                .body(containsString("Choose the kind of reply"));
        reply(clerk, "/dispatches/" + d + "/replies", fields(LocalDate.now(), "SUBSTANTIVE"), "MZ-not-a-pdf".getBytes()).then()
                .statusCode(400).body(containsString("claims to be a PDF"));
        assertEquals(0, replies(d));
        assertEquals(DispatchStatus.SENT, WorkflowData.reload(d).status);
        reply(Session.viewer(), "/dispatches/" + d + "/replies", fields(LocalDate.now(), "SUBSTANTIVE"), null).then().statusCode(403);
        reply(clerk, "/dispatches/987654321/replies", fields(LocalDate.now(), "SUBSTANTIVE"), null).then().statusCode(404);
        assertEquals(0, replies(d));
    }

    @Test
    void unlinkedLetterIsLinkedLaterAndRecipientPlusStatementFindsTheDispatch() {
        Session clerk = Session.clerk();
        Long r = WorkflowData.recipient(WorkflowData.unique("Incoming"));
        Long s = WorkflowData.statement("LETTER", WorkflowData.unique("Letter answered later"));
        Long d = WorkflowData.dispatch(s, r, LocalDate.now().minusDays(10), true, LocalDate.now().plusDays(20));
        clerk.get("/replies/new").then().statusCode(200);

        Map<String, String> unlinked = fields(LocalDate.now(), "HOLDING");
        unlinked.put("theirReference", "UNLINKED-" + d);
        reply(clerk, "/replies", unlinked, null).then().statusCode(303);
        Reply loose = QuarkusTransaction.requiringNew().call(() -> Reply.<Reply> find("theirReference", "UNLINKED-" + d).firstResult());
        assertNull(loose.dispatch);
        clerk.get("/replies?unlinked=on").then().statusCode(200).body(containsString("UNLINKED-" + d));

        Map<String, Object> link = new HashMap<>();
        link.put("recipientId", r);
        link.put("statementId", WorkflowData.statement("LETTER", WorkflowData.unique("Never sent")));
        clerk.post("/replies/" + loose.id + "/link", link).then().statusCode(400).body(containsString("never dispatched"));
        link.put("statementId", s);
        clerk.post("/replies/" + loose.id + "/link", link).then().statusCode(303);
        assertEquals(1, replies(d));
        assertEquals(DispatchStatus.REPLIED, WorkflowData.reload(d).status);
        clerk.post("/replies/" + loose.id + "/link", link).then().statusCode(400).body(containsString("already linked"));

        Map<String, String> direct = fields(LocalDate.now(), "ACKNOWLEDGEMENT");
        direct.put("recipientId", r.toString());
        direct.put("statementId", s.toString());
        reply(clerk, "/replies", direct, null).then().statusCode(303);
        assertEquals(2, replies(d));
        assertEquals(DispatchStatus.REPLIED, WorkflowData.reload(d).status, "an acknowledgement never undoes a reply");
        clerk.get("/replies/987654321").then().statusCode(404);
        assertNotNull(QuarkusTransaction.requiringNew().call(() -> Dispatch.findById(d)));
    }
}
