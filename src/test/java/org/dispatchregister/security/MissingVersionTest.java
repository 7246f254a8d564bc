package org.dispatchregister.security;

import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.util.Map;

import org.dispatchregister.dispatches.WorkflowData;
import org.dispatchregister.recipients.Category;
import org.dispatchregister.statements.StatementKind;
import org.dispatchregister.support.Session;
import org.dispatchregister.support.TestUsers;
import org.dispatchregister.users.StaffUser;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 10 and 13: every edit form checks the version it was based on with the one helper (web/Versions). A form
 * posted without its version cannot prove it saw the latest data: refused with a 400 that names it (the recipient
 * form used to treat it as stale, the API silently accepted it). The API's side is in {@link ApiRoundTripTest}.
 */
@QuarkusTest
class MissingVersionTest {

    @Test
    void everyEditFormWithoutItsVersionIsRefused() {
        Long recipient = WorkflowData.recipient(WorkflowData.unique("No version"));
        Long statement = WorkflowData.statement("LETTER", WorkflowData.unique("No version"));
        Long dispatch = WorkflowData.dispatch(statement, recipient, LocalDate.now().minusDays(3), true, LocalDate.now().plusDays(20));
        Long list = WorkflowData.list(WorkflowData.unique("No version"));
        Long user = QuarkusTransaction.requiringNew().call(() -> StaffUser.findByUsername(TestUsers.ensure("viewer", "VIEWER")).id);
        Long kind = QuarkusTransaction.requiringNew().call(() -> StatementKind.findByCode("LETTER").id);
        Long category = QuarkusTransaction.requiringNew().call(() -> Category.findByCode("NGO").id);
        Session admin = Session.admin();
        Map<String, Map<String, Object>> edits = Map.of(
                "/recipients/" + recipient, Map.of("name", "Changed", "categoryCode", "NGO"),
                "/statements/" + statement, Map.of("kindCode", "LETTER", "title", "Changed", "language", "English"),
                "/dispatches/" + dispatch, Map.of("status", "SENT", "channel", "EMAIL", "sentOn", LocalDate.now().minusDays(3).toString()),
                "/lists/" + list, Map.of("name", "Changed"),
                "/admin/users/" + user, Map.of("username", TestUsers.ensure("viewer", "VIEWER"), "displayName", "Changed", "role", "VIEWER", "active", "on"),
                "/admin/kinds/" + kind, Map.of("name", "Letter", "replyDays", "30", "sortOrder", "40", "active", "on"),
                "/admin/categories/" + category + "/rename", Map.of("name", "Changed"));
        edits.forEach((path, form) -> admin.post(path, form).then().statusCode(400)
                .body(containsString("Send the version you read")));
    }
}
