package org.dispatchregister.dispatches;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dispatchregister.lists.DistributionList;
import org.dispatchregister.statements.Statement;
import org.dispatchregister.support.Session;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;

import io.quarkus.test.junit.QuarkusTest;

/** The dispatches list (issue 15): filters by statement and by list, statements by reference, select all on the page or all matching. */
@QuarkusTest
class DispatchListFiltersTest {

    @Test
    void filtersByStatementAndListAndShowsTheStatementByItsReference() {
        String tag = WorkflowData.unique("Filtered");
        Long statement = WorkflowData.statement("APPEAL", tag + " a long title about conditions of detention");
        Long other = WorkflowData.statement("APPEAL", tag + " another statement");
        Long a = WorkflowData.recipient(tag + " body A");
        Long b = WorkflowData.recipient(tag + " body B");
        Long list = WorkflowData.list(tag + " list", a);
        Long viaList = WorkflowData.dispatch(statement, a, LocalDate.now().minusDays(3), true, LocalDate.now().plusDays(20));
        WorkflowData.dispatch(statement, b, LocalDate.now().minusDays(3), true, LocalDate.now().plusDays(20));
        WorkflowData.dispatch(other, b, LocalDate.now().minusDays(3), true, LocalDate.now().plusDays(20));
        QuarkusTransaction.requiringNew().run(() -> Dispatch.<Dispatch> findById(viaList).viaList = DistributionList.findById(list));
        String reference = QuarkusTransaction.requiringNew().call(() -> Statement.<Statement> findById(statement).reference);

        Session viewer = Session.viewer();
        String byList = viewer.get("/dispatches?list=" + list).asString();
        String byStatement = viewer.get("/dispatches?statement=" + statement).asString();
        String table = byStatement.substring(byStatement.indexOf("<table"));
        assertAll(
                () -> assertTrue(byList.contains(tag + " body A"), "the list's dispatch"),
                () -> assertFalse(byList.contains(tag + " body B"), "no dispatch that did not go through the list"),
                () -> assertTrue(byList.contains("<option value=\"" + list + "\" selected>" + tag + " list</option>"), "the list select"),
                () -> assertTrue(byStatement.contains("<option value=\"" + statement + "\" selected>" + reference + " · "),
                        "the statement select, by reference"),
                () -> assertFalse(byStatement.contains(tag + " another statement</a>")),
                () -> assertTrue(table.contains("title=\"" + tag + " a long title about conditions of detention\">" + reference + "</a>"),
                        "the reference, the title on hover"),
                () -> assertFalse(table.replaceAll("<[^>]*>", "").contains("conditions of detention"), "the title is not repeated in every row"));
    }

    @Test
    void selectsAllOnThePageOrAllMatchingTheFilter() {
        String tag = WorkflowData.unique("Bulk all");
        Long statement = WorkflowData.statement("APPEAL", tag);
        Long other = WorkflowData.statement("APPEAL", tag + " other");
        Long outside = WorkflowData.dispatch(other, WorkflowData.recipient(tag + " outside"), LocalDate.now().minusDays(3), true, null);
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(WorkflowData.dispatch(statement, WorkflowData.recipient(tag + " body " + i), LocalDate.now().minusDays(3), true, null));
        }
        Session clerk = Session.clerk();
        String page = clerk.get("/dispatches?statement=" + statement).asString();
        String ticked = clerk.get("/dispatches?statement=" + statement + "&check=all").asString();
        assertAll(
                () -> assertTrue(page.contains("href=\"/dispatches?statement=" + statement + "&amp;page=1&amp;check=all\""),
                        "a link selects every row of the page, without a script"),
                () -> ids.forEach(id -> assertTrue(ticked.contains("value=\"" + id + "\" aria-label=") && ticked.matches(
                        "(?s).*value=\"" + id + "\" aria-label=\"[^\"]*\" checked>.*"), "row " + id + " ticked")),
                () -> assertFalse(page.matches("(?s).*name=\"ids\" value=\"\\d+\" aria-label=\"[^\"]*\" checked>.*"), "nothing ticked by default"),
                () -> assertTrue(page.contains("name=\"f-statement\" value=\"" + statement + "\""), "the bulk bar carries the filter"));

        Map<String, Object> bulk = new HashMap<>();
        bulk.put("scope", "filter");
        bulk.put("f-statement", statement);
        bulk.put("action", "MARK_DELIVERED");
        bulk.put("date", LocalDate.now().toString());
        bulk.put("back", "/dispatches?statement=" + statement);
        clerk.post("/dispatches/bulk", bulk).then().statusCode(303);
        assertAll(
                () -> ids.forEach(id -> assertEquals(DispatchStatus.DELIVERED, WorkflowData.reload(id).status, "dispatch " + id)),
                () -> assertEquals(DispatchStatus.SENT, WorkflowData.reload(outside).status, "outside the filter: unchanged"));
    }
}
