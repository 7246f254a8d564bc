package org.dispatchregister.dispatches;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.dispatchregister.audit.AuditEvent;
import org.dispatchregister.audit.AuditEventView;
import org.dispatchregister.audit.AuditHistory;
import org.dispatchregister.support.Session;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** A bulk dispatch is one audit line (issue 16), and each dispatch's history still shows it. */
@QuarkusTest
class BulkAuditTest {

    @Inject
    AuditHistory history;

    @Test
    void aDispatchToAListIsOneAuditLineFoundFromEveryDispatch() {
        String tag = WorkflowData.unique("Bulk");
        List<Long> members = WorkflowData.listWithMembers(tag + " list", 120);
        Long list = members.get(0);
        Long statement = WorkflowData.statement("APPEAL", tag + " statement");
        long before = QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("entityType = 'Dispatch'"));

        Session.clerk().post("/statements/" + statement + "/dispatch", DispatchFlowTest.confirm(List.of(list), List.of()))
                .then().statusCode(303);

        List<Long> dispatches = QuarkusTransaction.requiringNew().call(() -> Dispatch.<Dispatch>find("statement.id", statement)
                .list().stream().map(d -> d.id).toList());
        long after = QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("entityType = 'Dispatch'"));
        AuditEvent line = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>find(
                "entityType = 'Dispatch' and entityId is null order by id desc").firstResult());
        assertAll(
                () -> assertEquals(120, dispatches.size()),
                () -> assertEquals(1, after - before, "one line for the whole bulk dispatch"),
                () -> assertTrue(line.summary.contains("to 120 recipients") && line.summary.contains(tag + " list"), line.summary),
                () -> assertTrue(line.changes.contains("\"channel\"") && !line.changes.contains("\"recipient\""),
                        "the line keeps the values all dispatches share, not each recipient: " + line.changes));
        for (Long id : List.of(dispatches.get(0), dispatches.get(60), dispatches.get(119))) {
            List<AuditEventView> shown = QuarkusTransaction.requiringNew().call(() -> history.forRecord("Dispatch", id));
            assertTrue(shown.stream().anyMatch(e -> e.id().equals(line.id)), "dispatch " + id + " shows the bulk line");
        }
        // The audit page filtered to one dispatch finds the bulk line too.
        Long first = dispatches.get(0);
        Session.admin().get("/admin/audit?type=Dispatch&id=" + first).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("to 120 recipients"));
    }

    @Test
    void aSingleDispatchKeepsItsOwnLine() {
        String tag = WorkflowData.unique("Single");
        Long r = WorkflowData.recipient(tag + " body");
        Long statement = WorkflowData.statement("APPEAL", tag + " statement");
        Session.clerk().post("/statements/" + statement + "/dispatch", DispatchFlowTest.confirm(List.of(), List.of(r)))
                .then().statusCode(303);
        Long id = QuarkusTransaction.requiringNew().call(() -> Dispatch.<Dispatch>find("statement.id", statement).firstResult().id);
        long own = QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("entityType = 'Dispatch' and entityId = ?1 and action = 'CREATE'", id));
        assertEquals(1, own);
    }
}
