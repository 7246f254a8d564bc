package org.dispatchregister.dispatches;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dispatchregister.audit.AuditHistory;
import org.dispatchregister.statements.StatementQuery;
import org.dispatchregister.support.Session;
import org.dispatchregister.web.SortOrders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import io.quarkus.test.junit.QuarkusTest;

/** Every list page sorts by its columns, both ways, and pages with numbers that keep the order (issue 15). */
@QuarkusTest
class ListSortingTest {

    @Test
    void everyColumnOfEveryListSortsBothWays() {
        String tag = WorkflowData.unique("Every column");
        Long statement = WorkflowData.statement("APPEAL", tag);
        Long overdue = WorkflowData.dispatch(statement, WorkflowData.recipient(tag + " late"), LocalDate.now().minusDays(40), true,
                LocalDate.now().minusDays(5));
        Long answered = WorkflowData.dispatch(statement, WorkflowData.recipient(tag + " quick"), LocalDate.now().minusDays(40), true,
                LocalDate.now().plusDays(5));
        Session admin = Session.admin();
        RepliesTest.reply(Session.clerk(), "/dispatches/" + answered + "/replies",
                RepliesTest.fields(LocalDate.now().minusDays(1), "SUBSTANTIVE"), null).then().statusCode(303);
        assertTrue(admin.get("/overdue").asString().contains("/dispatches/" + overdue + "/reminder"), "the overdue list has a row");
        Map<String, SortOrders> lists = Map.of("/statements", StatementQuery.SORTS, "/dispatches", DispatchQuery.SORTS,
                "/replies", ReplyQuery.SORTS, "/overdue", OverdueQuery.SORTS, "/admin/audit", AuditHistory.SORTS);
        List<Executable> checks = new ArrayList<>();
        lists.forEach((path, orders) -> orders.keys().forEach(key -> List.of("asc", "desc").forEach(dir -> checks.add(() -> {
            var r = admin.get(path + "?sort=" + key + "&dir=" + dir);
            assertEquals(200, r.statusCode(), path + " sorted by " + key + " " + dir);
            assertTrue(r.asString().contains("aria-sort=\"" + (dir.equals("asc") ? "ascending" : "descending") + "\""),
                    path + " marks the sorted column");
        }))));
        assertAll(checks);
    }

    @Test
    void dispatchesSortByRecipientAndThePagerKeepsTheOrder() {
        String tag = WorkflowData.unique("Sorted");
        Long statement = WorkflowData.statement("STATEMENT", tag + " statement");
        for (int i = 0; i < 52; i++) {
            Long recipient = WorkflowData.recipient(tag + String.format(" body %02d", i));
            WorkflowData.dispatch(statement, recipient, LocalDate.now().minusDays(i + 1), false, null);
        }
        Session viewer = Session.viewer();
        String ascending = viewer.get("/dispatches?statement=" + statement + "&sort=recipient&dir=asc").asString();
        String descending = viewer.get("/dispatches?statement=" + statement + "&sort=recipient&dir=desc").asString();
        String second = viewer.get("/dispatches?statement=" + statement + "&sort=recipient&dir=desc&page=2").asString();
        String byDefault = viewer.get("/dispatches?statement=" + statement).asString();
        assertAll(
                () -> assertTrue(ascending.indexOf(tag + " body 00") < ascending.indexOf(tag + " body 01")),
                () -> assertTrue(descending.indexOf(tag + " body 51") < descending.indexOf(tag + " body 50")),
                () -> assertTrue(!descending.contains(tag + " body 01<"), "the 51st row is on page 2"),
                () -> assertTrue(second.contains(tag + " body 01<") && second.contains(tag + " body 00<")),
                () -> assertTrue(second.contains("href=\"/dispatches?statement=" + statement + "&amp;sort=recipient&amp;dir=desc&amp;page=1\""),
                        "the numbered pager keeps filter and order"),
                () -> assertTrue(second.contains("aria-current=\"page\">2<"), "the current page is marked"),
                () -> assertTrue(byDefault.indexOf(tag + " body 00") < byDefault.indexOf(tag + " body 01"),
                        "by default the latest sent comes first"),
                () -> assertTrue(viewer.get("/dispatches?statement=" + statement + "&sort=nonsense&dir=up").statusCode() == 200));
    }
}
