package org.dispatchregister.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dispatchregister.dispatches.WorkflowData;
import org.dispatchregister.statements.Statement;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Back and submit again in a real browser (issue 13, item 4): Chromium loads the no-store form page again on Back,
 * keeping what was typed; submitting it once more shows the first result and saves nothing twice.
 */
@QuarkusTest
class DoubleSubmitBrowserTest extends BrowserTest {

    @Test
    void backAndSubmitAgainShowsTheFirstResult() {
        signInAsClerk();
        String title = WorkflowData.unique("Back and again");
        page.navigate(url("/statements/new"));
        page.fill("input[name=title]", title);
        page.click("form.statement-form button[type=submit]");
        page.waitForURL(u -> u.matches(".*/statements/\\d+$"));
        String first = page.url();
        page.goBack();
        page.waitForURL(u -> u.endsWith("/statements/new"));
        assertEquals(title, page.inputValue("input[name=title]"), "the browser kept what was typed");
        page.click("form.statement-form button[type=submit]");
        page.waitForURL(u -> u.matches(".*/statements/\\d+$"));
        assertEquals(first, page.url(), "the first result again");
        assertTrue(page.content().contains("it was not saved a second time"));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Statement.count("title", title)));

        // a new form opened from a link is a new statement
        page.navigate(url("/statements/new"));
        page.fill("input[name=title]", title);
        page.click("form.statement-form button[type=submit]");
        page.waitForURL(u -> u.matches(".*/statements/\\d+$") && !u.equals(first));
        assertEquals(2L, QuarkusTransaction.requiringNew().call(() -> Statement.count("title", title)));
    }
}
