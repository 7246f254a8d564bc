package org.dispatchregister.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dispatchregister.dispatches.WorkflowData;
import org.dispatchregister.security.RouteSecurityTest;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 15, every screen size: at 390 px (a phone) no page of the app scrolls sideways, and the
 * navigation folds behind a Menu toggle that works without JavaScript.
 */
@QuarkusTest
class SmallScreenBrowserTest extends BrowserTest {

    private static final int PHONE = 390;

    private void onPhone(boolean javaScript) {
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(PHONE, 844)
                .setJavaScriptEnabled(javaScript));
        page = context.newPage();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
    }

    @Test
    void noPageScrollsSidewaysAt390Pixels() throws Exception {
        Map<String, Long> ids = WorkflowData.oneOfEach(WorkflowData.unique("Phone"));
        onPhone(true);
        signInAsAdmin();
        List<String> wide = new ArrayList<>();
        int seen = 0;
        for (String path : RouteSecurityTest.pages(first -> ids.getOrDefault(first, 1L))) {
            // Exports and downloads are not pages: ask first, with the same session, what the path answers.
            var probe = page.request().get(url(path));
            String type = probe.headers().getOrDefault("content-type", "");
            if (probe.status() != 200 || !type.startsWith("text/html")) {
                continue;
            }
            page.navigate(url(path));
            seen++;
            int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
            if (width > PHONE) {
                wide.add(path + " is " + width + " px wide");
                screenshot("phone" + path.replace('/', '-'));
            }
        }
        assertTrue(seen >= 25, "pages opened: " + seen);
        assertTrue(wide.isEmpty(), String.join("\n", wide));
        assertTrue(dialogs.isEmpty(), "no dialog fired: " + dialogs);
    }

    @Test
    void theMenuFoldsOnAPhoneAndOpensWithoutJavaScript() {
        onPhone(false);
        signInAsAdmin();
        assertFalse(page.isVisible("nav.main-nav a[href='/recipients']"), "the navigation is folded away");
        assertTrue(page.isVisible("label.menu-button"));
        page.click("label.menu-button");
        assertTrue(page.isVisible("nav.main-nav a[href='/recipients']"), "the menu opened without JavaScript");
        assertTrue(page.isVisible("text=Sign out"));
        page.click("nav.main-nav a[href='/recipients']");
        page.waitForURL(u -> u.endsWith("/recipients"));
        assertEquals("Recipients", page.textContent("h1").trim());
    }

    @Test
    void onADeskTheNavigationIsShownWithoutAMenuButton() {
        signInAsAdmin();
        assertTrue(page.isVisible("nav.main-nav a[href='/recipients']"));
        assertFalse(page.isVisible("label.menu-button"));
    }
}
