package org.dispatchregister.dispatches;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.dispatchregister.audit.AuditEvent;
import org.dispatchregister.recipients.Channel;
import org.dispatchregister.support.Session;
import org.hibernate.SessionFactory;
import org.dispatchregister.web.Language;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DispatchFlowTest {

    @Inject
    EntityManagerFactory emf;

    @Inject
    DispatchService service;

    static Map<String, Object> confirm(List<Long> lists, List<Long> recipients) {
        Map<String, Object> f = new HashMap<>();
        f.put("listIds", lists);
        f.put("recipientIds", recipients);
        f.put("channel", "EMAIL");
        f.put("sentOn", LocalDate.now().toString());
        f.put("replyExpected", "on");
        f.put("replyDueOn", LocalDate.now().plusDays(30).toString());
        return f;
    }

    @Test
    void previewExpandsDeduplicatesSkipsArchivedAndFlagsEarlierRecipients() {
        Session clerk = Session.clerk();
        String tag = WorkflowData.unique("Prev");
        Long a = WorkflowData.recipient(tag + " Alpha");
        Long b = WorkflowData.recipient(tag + " Beta");
        Long archived = WorkflowData.recipient(tag + " Archived", null, false);
        Long list1 = WorkflowData.list(tag + " L1", a, b, archived);
        Long list2 = WorkflowData.list(tag + " L2", b);
        Long s = WorkflowData.statement("APPEAL", tag + " statement");
        WorkflowData.dispatch(s, b, LocalDate.now().minusDays(3), false, null);

        String page = clerk.get("/statements/" + s + "/dispatch?submitted=1&preview=1&channel=EMAIL&sentOn=" + LocalDate.now()
                + "&listIds=" + list1 + "&listIds=" + list2 + "&recipientIds=" + a).then().statusCode(200).extract().asString();
        assertTrue(page.contains("Preview: 1 of 2 will receive it"), page);
        assertTrue(page.contains("already received this statement"));
        assertTrue(!page.contains(tag + " Archived"));

        // the default form takes reply expectation from the kind (appeal: 30 days)
        clerk.get("/statements/" + s + "/dispatch").then().statusCode(200)
                .body(containsString("value=\"" + Language.EN.format(LocalDate.now().plusDays(30)) + "\""));

        // confirming without ticking "as follow-up" sends only to Alpha
        clerk.post("/statements/" + s + "/dispatch", confirm(List.of(list1, list2), List.of())).then().statusCode(303);
        assertEquals(2, WorkflowData.dispatchCount(s));
        Dispatch toAlpha = QuarkusTransaction.requiringNew().call(() -> {
            Dispatch d = Dispatch.find("statement.id = ?1 and recipient.id = ?2", s, a).firstResult();
            d.viaList.name.length();
            return d;
        });
        assertEquals(list1, toAlpha.viaList.id);
        assertEquals(DispatchStatus.SENT, toAlpha.status);
        assertEquals("clerk", toAlpha.createdBy);

        // ticking "as follow-up" sends it again to Beta, linked to the earlier dispatch
        Map<String, Object> again = confirm(List.of(list2), List.of());
        again.put("followUp", List.of(b));
        clerk.post("/statements/" + s + "/dispatch", again).then().statusCode(303);
        assertEquals(3, WorkflowData.dispatchCount(s));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(
                () -> Dispatch.count("statement.id = ?1 and recipient.id = ?2 and followUpOf is not null", s, b)));
    }

    @Test
    void badDispatchInputIsRefusedAndNothingWritten() {
        Session clerk = Session.clerk();
        String tag = WorkflowData.unique("Bad");
        Long a = WorkflowData.recipient(tag + " A");
        Long archived = WorkflowData.recipient(tag + " Gone", null, false);
        Long s = WorkflowData.statement("APPEAL", tag);

        Map<String, Object> early = confirm(List.of(), List.of(a));
        early.put("replyDueOn", LocalDate.now().minusDays(1).toString());
        clerk.post("/statements/" + s + "/dispatch", early).then().statusCode(400)
                .body(containsString("The reply due date cannot be before the date sent"));
        clerk.post("/statements/" + s + "/dispatch", confirm(List.of(), List.of(archived))).then().statusCode(400)
                .body(containsString("is archived and cannot receive dispatches"));
        clerk.post("/statements/" + s + "/dispatch", confirm(List.of(), List.of(a, 987654321L))).then().statusCode(400)
                .body(containsString("There is no recipient with id 987654321"));
        clerk.post("/statements/" + s + "/dispatch", confirm(List.of(987654321L), List.of())).then().statusCode(400)
                .body(containsString("There is no distribution list with id 987654321"));
        clerk.post("/statements/" + s + "/dispatch", confirm(List.of(), List.of())).then().statusCode(400)
                .body(containsString("Choose at least one list or recipient"));
        Map<String, Object> badDate = confirm(List.of(), List.of(a));
        badDate.put("sentOn", "yesterday");
        clerk.post("/statements/" + s + "/dispatch", badDate).then().statusCode(400).body(containsString("Enter a date as 23.02.2026 or 2026-02-23"));
        assertEquals(0, WorkflowData.dispatchCount(s));
        Session.viewer().post("/statements/" + s + "/dispatch", confirm(List.of(), List.of(a))).then().statusCode(403);
        assertEquals(0, WorkflowData.dispatchCount(s));
    }

    @Test
    void fiveThousandRecipientsInOneTransactionWithBatchedInserts() {
        List<Long> ids = WorkflowData.listWithMembers(WorkflowData.unique("Big list"), 5000);
        Long s = WorkflowData.statement("STATEMENT", WorkflowData.unique("Big"));
        var stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        long started = System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> {
            org.dispatchregister.web.FormErrors errors = new org.dispatchregister.web.FormErrors();
            List<Dispatch> created = service.create(s, new DispatchRequest(List.of(ids.get(0)), List.of(), null, Channel.EMAIL,
                    LocalDate.now(), false, null, null), errors);
            assertTrue(errors.isEmpty(), errors.asMap().toString());
            assertEquals(5000, created.size());
        });
        long millis = (System.nanoTime() - started) / 1_000_000;
        long statements = stats.getPrepareStatementCount();
        // no per-row reads: a handful of queries, one insert statement per batch of 50, one sequence call per 50 ids
        assertTrue(statements < 260, "prepared statements: " + statements + " in " + millis + " ms");
        assertEquals(5000, WorkflowData.dispatchCount(s));
        org.jboss.logging.Logger.getLogger(getClass()).infof("5000 dispatches: %d ms, %d prepared statements", millis, statements);
        // the same again, warm (the first run pays for class loading and JIT)
        Long s2 = WorkflowData.statement("STATEMENT", WorkflowData.unique("Big again"));
        long again = System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> service.create(s2, new DispatchRequest(List.of(ids.get(0)), List.of(), null,
                Channel.EMAIL, LocalDate.now(), false, null, null), new org.dispatchregister.web.FormErrors()));
        org.jboss.logging.Logger.getLogger(getClass()).infof("5000 dispatches, warm: %d ms", (System.nanoTime() - again) / 1_000_000);
        assertEquals(5000, WorkflowData.dispatchCount(s2));
    }

    @Test
    void editStatusAndDatesWithStaleVersionAndTransitionRules() {
        Session clerk = Session.clerk();
        Long r = WorkflowData.recipient(WorkflowData.unique("Edit"));
        Long s = WorkflowData.statement("LETTER", WorkflowData.unique("Edit letter"));
        Long d = WorkflowData.dispatch(s, r, LocalDate.now().minusDays(5), true, LocalDate.now().plusDays(20));
        long v = WorkflowData.reload(d).version;
        clerk.get("/dispatches/" + d).then().statusCode(200).body(containsString("Record a reply"));

        Map<String, Object> f = new HashMap<>();
        f.put("status", "DELIVERED");
        f.put("channel", "POST");
        f.put("sentOn", LocalDate.now().minusDays(5).toString());
        f.put("deliveredOn", LocalDate.now().minusDays(2).toString());
        f.put("replyExpected", "on");
        f.put("replyDueOn", LocalDate.now().plusDays(20).toString());
        f.put("version", v);
        clerk.post("/dispatches/" + d, f).then().statusCode(303);
        assertEquals(DispatchStatus.DELIVERED, WorkflowData.reload(d).status);

        f.put("status", "RETURNED");
        clerk.post("/dispatches/" + d, f).then().statusCode(409).body(containsString("Someone else changed this dispatch"))
                .body(containsString("<option value=\"RETURNED\" selected>"));

        f.put("version", WorkflowData.reload(d).version);
        f.put("status", "PLANNED");
        clerk.post("/dispatches/" + d, f).then().statusCode(400).body(containsString("cannot go from delivered to planned"));
        f.put("status", "DELIVERED");
        f.put("deliveredOn", LocalDate.now().minusDays(9).toString());
        clerk.post("/dispatches/" + d, f).then().statusCode(400).body(containsString("delivery date cannot be before the date sent"));
        assertEquals(DispatchStatus.DELIVERED, WorkflowData.reload(d).status);
        assertEquals(LocalDate.now().minusDays(2), WorkflowData.reload(d).deliveredOn);
        clerk.get("/dispatches/987654321").then().statusCode(404);
    }

    @Test
    void listFiltersAndBulkActionsAreAudited() {
        Session clerk = Session.clerk();
        String tag = WorkflowData.unique("Bulk");
        String hex = tag.substring(5);
        Long r1 = WorkflowData.recipient(tag + "-One");
        Long r2 = WorkflowData.recipient(tag + "-Two");
        Long s = WorkflowData.statement("LETTER", tag + " letter");
        Long d1 = WorkflowData.dispatch(s, r1, LocalDate.now().minusDays(40), true, LocalDate.now().minusDays(10));
        Long d2 = WorkflowData.dispatch(s, r2, LocalDate.now().minusDays(40), true, LocalDate.now().plusDays(10));

        clerk.get("/dispatches?statement=" + s + "&overdue=on").then().statusCode(200)
                .body(containsString(tag + "-One")).body(not(containsString(tag + "-Two")));
        clerk.get("/dispatches?q=" + hex + "-Two").then().statusCode(200)
                .body(containsString(tag + "-Two")).body(not(containsString(tag + "-One")));

        Map<String, Object> bulk = new HashMap<>();
        bulk.put("ids", List.of(d1, d2));
        bulk.put("action", "MARK_DELIVERED");
        bulk.put("date", LocalDate.now().minusDays(1).toString());
        bulk.put("back", "/dispatches?statement=" + s);
        clerk.post("/dispatches/bulk", bulk).then().statusCode(303).header("Location", containsString("/dispatches?statement=" + s));
        assertEquals(DispatchStatus.DELIVERED, WorkflowData.reload(d1).status);
        assertEquals(LocalDate.now().minusDays(1), WorkflowData.reload(d2).deliveredOn);
        long audited = QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "entityType = 'Dispatch' and entityId in ?1 and summary like 'Mark delivered%'", List.of(d1, d2)));
        assertEquals(2, audited);

        bulk.put("action", "MARK_WITHDRAWN");
        bulk.put("ids", List.of(d1));
        clerk.post("/dispatches/bulk", bulk).then().statusCode(303);
        assertEquals(DispatchStatus.WITHDRAWN, WorkflowData.reload(d1).status);
        // a withdrawn dispatch cannot be marked delivered again: skipped, not changed
        bulk.put("action", "MARK_RETURNED");
        clerk.post("/dispatches/bulk", bulk).then().statusCode(303);
        assertEquals(DispatchStatus.WITHDRAWN, WorkflowData.reload(d1).status);

        bulk.put("action", "SET_SENT_DATE");
        bulk.put("date", "not-a-date");
        bulk.put("ids", List.of(d2));
        clerk.post("/dispatches/bulk", bulk).then().statusCode(303);
        assertEquals(LocalDate.now().minusDays(40), WorkflowData.reload(d2).sentOn);
        Session.viewer().post("/dispatches/bulk", bulk).then().statusCode(403);
    }

    @Test
    void overdueListAndReminderFlow() {
        Session clerk = Session.clerk();
        String tag = WorkflowData.unique("Late");
        Long r = WorkflowData.recipient(tag + " Body", "L" + tag.substring(5).toUpperCase(), true);
        Long s = WorkflowData.statement("NOTE_VERBALE", tag + " note");
        Long d = WorkflowData.dispatch(s, r, LocalDate.now().minusDays(50), true, LocalDate.now().minusDays(20));

        clerk.get("/overdue?recipient=" + tag.substring(5)).then().statusCode(200).body(containsString(tag + " Body"))
                .body(containsString("/dispatches/" + d + "/reminder"));
        clerk.get("/overdue?recipient=" + tag.substring(5) + "&minDays=30").then().statusCode(200)
                .body(not(containsString(tag + " Body")));

        String form = clerk.get("/dispatches/" + d + "/reminder").then().statusCode(200).extract().asString();
        assertTrue(form.contains("We refer to our note verbale ref. "), form);
        assertTrue(form.contains("to which we have not yet received a reply"));

        Map<String, Object> reminder = new HashMap<>();
        reminder.put("letterText", "");
        reminder.put("channel", "EMAIL");
        reminder.put("sentOn", LocalDate.now().toString());
        clerk.post("/dispatches/" + d + "/reminder", reminder).then().statusCode(400).body(containsString("Enter the text of the reminder"));
        reminder.put("letterText", "We refer to our note verbale <b>again</b>.");
        clerk.post("/dispatches/" + d + "/reminder", reminder).then().statusCode(303);
        Dispatch sent = QuarkusTransaction.requiringNew().call(() -> Dispatch.<Dispatch> find("followUpOf.id", d).firstResult());
        assertEquals("We refer to our note verbale <b>again</b>.", sent.letterText);
        assertTrue(!sent.replyExpected);
        clerk.get("/overdue?recipient=" + tag.substring(5)).then().statusCode(200)
                .body(containsString("<td class=\"num\">1</td>")).body(containsString(Language.EN.format(LocalDate.now())));
        clerk.get("/dispatches/" + d).then().statusCode(200).body(containsString("Reminders (1)"));
        clerk.get("/dispatches/" + sent.id).then().statusCode(200).body(containsString("&lt;b&gt;again&lt;/b&gt;"));
        assertNull(QuarkusTransaction.requiringNew().call(() -> Dispatch.<Dispatch> findById(d).letterText));
    }

    @Test
    void statementPageShowsTheMatrixWithAFixedNumberOfStatements() {
        Session clerk = Session.clerk();
        String tag = WorkflowData.unique("Matrix");
        Long s = WorkflowData.statement("APPEAL", tag);
        for (int i = 0; i < 3; i++) {
            WorkflowData.dispatch(s, WorkflowData.recipient(tag + " r" + i), LocalDate.now().minusDays(9), true, LocalDate.now().minusDays(1));
        }
        var stats = emf.unwrap(SessionFactory.class).getStatistics();
        clerk.get("/statements/" + s); // warm up
        stats.clear();
        clerk.get("/statements/" + s).then().statusCode(200).body(containsString(tag + " r2")).body(containsString("overdue 3"));
        long few = stats.getPrepareStatementCount();
        for (int i = 3; i < 15; i++) {
            WorkflowData.dispatch(s, WorkflowData.recipient(tag + " r" + i), LocalDate.now().minusDays(9), true, LocalDate.now().plusDays(1));
        }
        stats.clear();
        clerk.get("/statements/" + s + "?status=SENT").then().statusCode(200).body(containsString(tag + " r14"));
        assertEquals(few, stats.getPrepareStatementCount());
    }
}
