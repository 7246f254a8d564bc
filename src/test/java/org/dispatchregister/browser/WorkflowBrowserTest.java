package org.dispatchregister.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.dispatchregister.dispatches.WorkflowData;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A clerk's day in the browser: create a statement, dispatch it to a list, record two replies, then see the
 * overdue list and the dispatch list change. Screenshots of every workflow page go to target/screenshots.
 */
@QuarkusTest
class WorkflowBrowserTest extends BrowserTest {

    @Test
    void aClerksDay() {
        String tag = WorkflowData.unique("Day");
        Long unesco = WorkflowData.recipient(tag + " UNESCO", "U" + tag.substring(4).toUpperCase(), true);
        Long coe = WorkflowData.recipient(tag + " Council of Europe", "C" + tag.substring(4).toUpperCase(), true);
        Long ohchr = WorkflowData.recipient(tag + " OHCHR", "O" + tag.substring(4).toUpperCase(), true);
        WorkflowData.list(tag + " Standard distribution", unesco, coe, ohchr);
        // an older appeal that is already overdue, so the overdue page has something before and after
        Long older = WorkflowData.statement("APPEAL", tag + " older appeal");
        WorkflowData.dispatch(older, ohchr, LocalDate.now().minusDays(60), true, LocalDate.now().minusDays(30));

        signInAsClerk();
        page.navigate(url("/statements/new"));
        page.selectOption("#f-kindCode", "LETTER");
        page.fill("#f-title", tag + " letter on missing persons <b>");
        page.fill("#f-place", "Baku");
        page.fill("#f-signatory", "The Commissioner");
        page.fill("#f-summary", "Asks for information on missing persons.");
        page.fill("#f-topics", "missing persons, IDPs");
        page.check("input[name=issueNow]");
        screenshot("workflow-statement-form");
        page.click("button:has-text('Save statement')");
        assertTrue(page.locator(".flash").textContent().contains("Statement saved as"), page.content());
        String statementUrl = page.url();
        screenshot("workflow-statement-detail-empty");

        page.click("a.button[href$='/dispatch']");
        page.check("label:has-text('" + tag + " Standard distribution') input");
        page.fill("main input[name=q]", tag + " OHCHR");
        page.click("button[name=search]");
        screenshot("workflow-dispatch-search");
        page.click("button[name=preview]");
        assertTrue(page.locator("h2:has-text('Preview')").textContent().contains("3 of 3"), page.locator(".preview h2").textContent());
        screenshot("workflow-dispatch-preview");
        page.click("button:has-text('Confirm dispatch')");
        assertTrue(page.locator(".flash").textContent().contains("Dispatched to 3 recipients"));
        assertEquals(statementUrl, page.url());
        screenshot("workflow-statement-detail");

        page.click("a:has-text('" + tag + " UNESCO')");
        page.fill("#f-receivedOn", LocalDate.now().toString());
        page.selectOption("#f-kind", "ACKNOWLEDGEMENT");
        page.fill("#f-summary", "Receipt acknowledged.");
        page.click("button:has-text('Record reply')");
        assertTrue(page.locator(".flash").textContent().contains("acknowledged"));
        screenshot("workflow-dispatch-detail");

        page.navigate(statementUrl);
        page.click("a:has-text('" + tag + " Council of Europe')");
        page.selectOption("#f-kind", "SUBSTANTIVE");
        page.fill("#f-theirReference", "DGI/1");
        page.fill("#f-summary", "A substantive answer.");
        page.click("button:has-text('Record reply')");
        assertTrue(page.locator(".flash").textContent().contains("replied"));

        page.navigate(url("/overdue?recipient=" + tag.substring(4)));
        assertTrue(page.content().contains(tag + " older appeal"));
        assertEquals(1, page.locator("table.data tbody tr").count());
        screenshot("workflow-overdue");
        page.click("a:has-text('Send reminder')");
        assertTrue(page.inputValue("#f-letterText").contains("to which we have not yet received a reply"));
        screenshot("workflow-reminder");
        page.click("button:has-text('Record reminder')");
        page.navigate(url("/overdue?recipient=" + tag.substring(4)));
        assertEquals("1", page.locator("table.data tbody tr td.num").nth(1).textContent().trim());

        page.navigate(url("/dispatches?q=" + tag.substring(4)));
        assertTrue(page.content().contains("replied") && page.content().contains("acknowledged"));
        screenshot("workflow-dispatches");
        page.check("input[name=ids] >> nth=0");
        page.selectOption("select[name=action]", "MARK_DELIVERED");
        page.click("button:has-text('Apply')");
        assertTrue(page.locator(".flash").textContent().contains("Mark delivered"));

        page.navigate(url("/replies"));
        screenshot("workflow-replies");
        page.navigate(url("/replies/new"));
        screenshot("workflow-reply-new");
        page.navigate(url("/statements"));
        screenshot("workflow-statements");
        page.navigate(url("/"));
        screenshot("workflow-dashboard");
        signInAsAdmin();
        page.navigate(url("/admin/kinds"));
        screenshot("workflow-kinds");
        assertTrue(dialogs.isEmpty(), "no script ran: " + dialogs);
    }
}
