package org.dispatchregister.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Signs in through the real page, opens every page of the navigation, and signs out. */
@QuarkusTest
class LayoutBrowserTest extends BrowserTest {

    @Test
    void signInVisitEveryNavigationPageAndSignOut() {
        signInAsAdmin();
        assertTrue(page.title().startsWith("Dashboard"), page.title());
        screenshot("dashboard");
        List<String> links = page.locator("nav.main-nav a").all().stream().map(a -> a.getAttribute("href")).toList();
        assertTrue(links.contains("/admin"), links.toString());
        for (String href : links) {
            var response = page.navigate(url(href));
            assertEquals(200, response.status(), href);
            assertTrue(page.locator("h1").count() > 0, "page has a heading: " + href);
            screenshot("nav" + href.replace('/', '-'));
        }
        for (String extra : List.of("/admin/users", "/admin/audit", "/admin/users/new", "/account")) {
            assertEquals(200, page.navigate(url(extra)).status(), extra);
            screenshot("page" + extra.replace('/', '-'));
        }
        page.click("text=Sign out");
        page.waitForURL(u -> u.contains("/login"));
        assertEquals(302, page.request().get(url("/"), com.microsoft.playwright.options.RequestOptions.create().setMaxRedirects(0)).status());
        assertTrue(dialogs.isEmpty(), "no dialog fired: " + dialogs);
    }

    @Test
    void loginPageShowsErrorForWrongPassword() {
        page.navigate(url("/login"));
        screenshot("login");
        page.fill("#f-username", "admin");
        page.fill("#f-password", "definitely-wrong");
        page.click("button[type=submit]");
        page.waitForURL(u -> u.contains("error"));
        assertTrue(page.textContent(".form-errors").contains("Wrong user name or password"));
    }
}
