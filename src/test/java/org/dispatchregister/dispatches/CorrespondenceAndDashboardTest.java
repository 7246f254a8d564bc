package org.dispatchregister.dispatches;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.dispatchregister.seed.DemoSeeder;
import org.dispatchregister.statements.Statement;
import org.dispatchregister.support.Session;
import org.dispatchregister.web.FormErrors;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CorrespondenceAndDashboardTest {

    @Inject
    CorrespondenceQuery correspondence;

    @Inject
    ReplyService replies;

    @Inject
    DemoSeeder seeder;

    @Test
    void correspondenceListsEveryDispatchNewestFirstWithReplies() {
        Long r = WorkflowData.recipient(WorkflowData.unique("History"));
        Long older = WorkflowData.statement("APPEAL", WorkflowData.unique("Older"));
        Long newer = WorkflowData.statement("STATEMENT", WorkflowData.unique("Newer"));
        Long d1 = WorkflowData.dispatch(older, r, LocalDate.now().minusDays(90), true, LocalDate.now().minusDays(60));
        WorkflowData.dispatch(newer, r, LocalDate.now().minusDays(5), false, null);
        QuarkusTransaction.requiringNew().run(() -> replies.recordForDispatch(d1,
                new ReplyInput(LocalDate.now().minusDays(50), "R1", ReplyKind.REFUSAL, "No"), new FormErrors()));
        List<CorrespondenceQuery.Row> rows = correspondence.forRecipient(r);
        assertEquals(2, rows.size());
        assertEquals(newer, rows.get(0).statementId());
        assertEquals(1, rows.get(1).replies());
        assertEquals(ReplyKind.REFUSAL, rows.get(1).lastReplyKind());
        assertEquals(DispatchStatus.REPLIED, rows.get(1).status());
        assertTrue(correspondence.forRecipient(987654321L).isEmpty());
    }

    @Test
    void dashboardShowsFiguresOverdueAndRecentReplies() {
        String tag = WorkflowData.unique("Dash");
        Long r = WorkflowData.recipient(tag + " Body");
        Long s = WorkflowData.statement("APPEAL", tag + " appeal");
        WorkflowData.dispatch(s, r, LocalDate.now().minusDays(400), true, LocalDate.now().minusDays(370));
        Session.viewer().get("/").then().statusCode(200).body(containsString("replies overdue"))
                .body(containsString("Most overdue")).body(containsString("Recent replies")).body(containsString("response rate"));
    }

    @Test
    void demoSeedEntersTheThreeStatementsAndDispatchesThem() {
        WorkflowData.demoRecipients();
        QuarkusTransaction.requiringNew().run(seeder::seed);
        Statement note = QuarkusTransaction.requiringNew().call(() -> Statement.<Statement> find("reference", DemoSeeder.NOTE_VERBALE_REFERENCE).firstResult());
        assertEquals(LocalDate.of(2020, 11, 4), note.issuedOn);
        assertEquals("Geneva", note.place);
        long overdue = QuarkusTransaction.requiringNew().call(() -> Dispatch.count("statement.id = ?1 and replyExpected = true "
                + "and replyDueOn < ?2", note.id, LocalDate.now()));
        assertEquals(1, overdue);
        Statement khojaly = QuarkusTransaction.requiringNew().call(() -> Statement.<Statement> find("issuedOn", LocalDate.of(2026, 2, 23)).firstResult());
        assertEquals("Khankendi city", khojaly.place);
        long toUpf = QuarkusTransaction.requiringNew().call(() -> Dispatch.count("statement.id = ?1 and upper(recipient.acronym) = 'UPF'", khojaly.id));
        assertEquals(0, toUpf);
        Statement anniversary = QuarkusTransaction.requiringNew().call(() -> Statement.<Statement> find("issuedOn", LocalDate.of(2025, 9, 27)).firstResult());
        long toUpf2025 = QuarkusTransaction.requiringNew().call(() -> Dispatch.count("statement.id = ?1 and upper(recipient.acronym) = 'UPF'", anniversary.id));
        assertEquals(1, toUpf2025);
        assertTrue(anniversary.fullText.contains("Sabina Aliyeva"));
        Session.viewer().get("/statements/" + anniversary.id).then().statusCode(200).body(containsString("replied 1"))
                .body(containsString("acknowledged 1"));
        QuarkusTransaction.requiringNew().run(seeder::seed); // idempotent
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> Statement.count("reference", DemoSeeder.NOTE_VERBALE_REFERENCE)));
    }

    @Test
    void kindsAdminIsForAdministratorsOnly() {
        Session.clerk().get("/admin/kinds").then().statusCode(403);
        Session admin = Session.admin();
        admin.get("/admin/kinds").then().statusCode(200).body(containsString("NOTE_VERBALE"));
        String code = "K" + Long.toHexString(System.nanoTime()).toUpperCase();
        admin.post("/admin/kinds", java.util.Map.of("code", code, "name", "Open letter", "replyExpected", "on", "sortOrder", 90))
                .then().statusCode(400).body(containsString("Enter within how many days"));
        admin.post("/admin/kinds", java.util.Map.of("code", code, "name", "Open letter", "replyExpected", "on", "replyDays", 14,
                "sortOrder", 90)).then().statusCode(303);
        admin.get("/admin/kinds").then().body(containsString(code));
    }
}
