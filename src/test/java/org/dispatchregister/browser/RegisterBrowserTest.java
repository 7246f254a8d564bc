package org.dispatchregister.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dispatchregister.recipients.RegisterFixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** A clerk adds a body, finds it by an alias, puts it on a list and sees the expansion grow. */
@QuarkusTest
class RegisterBrowserTest extends BrowserTest {

    @Test
    void createFindByAliasAddToListAndSeeExpandedCountChange() {
        signInAsClerk();
        String tag = RegisterFixtures.uniqueAcronym();
        page.navigate(url("/recipients"));
        screenshot("recipients-list");
        page.click("text=New body");
        page.fill("#f-name", "Caucasus Ombuds Network " + tag);
        page.fill("#f-acronym", tag);
        page.selectOption("#f-categoryCode", "OMBUDSMAN_ASSOCIATION");
        page.selectOption("#f-parentId", new com.microsoft.playwright.options.SelectOption().setLabel("International Ombudsman Institute (IOI)"));
        page.fill("#f-country", "Georgia");
        page.fill("#f-emails", "office@example.org");
        page.fill("#f-aliases", "Réseau des Médiateurs du Caucase " + tag + "\n<script>alert(1)</script>");
        screenshot("recipient-form");
        page.click("button:has-text('Add body')");
        page.waitForURL(u -> u.matches(".*/recipients/\\d+$"));
        assertTrue(page.textContent("h1").contains("Caucasus Ombuds Network"));
        screenshot("recipient-detail");

        page.navigate(url("/recipients"));
        page.fill("#recipient-search", "reseau des mediateurs " + tag.toLowerCase());
        page.click("main button:has-text('Search')");
        assertEquals(1, page.locator("table.recipients tbody tr").count());
        assertTrue(page.textContent("table.recipients").contains("Caucasus Ombuds Network " + tag));

        page.navigate(url("/lists/new"));
        page.fill("#f-name", "Caucasus list " + tag);
        page.click("button:has-text('Create list')");
        page.waitForURL(u -> u.matches(".*/lists/\\d+$"));
        String listUrl = page.url();
        // nest the standard list, then add the new body by searching for its alias
        page.selectOption("#f-memberListId", new com.microsoft.playwright.options.SelectOption().setLabel("Standard international distribution"));
        page.click("button:has-text('Nest list')");
        page.waitForURL(listUrl);
        assertEquals("24", page.textContent("#expanded-count").trim());
        page.fill("#picker-q", "Médiateurs du Caucase " + tag);
        page.waitForSelector("#picker-results button:has-text('Add')");
        screenshot("list-picker");
        page.click("#picker-results button:has-text('Add')");
        page.waitForSelector(".flash");
        assertEquals("25", page.textContent("#expanded-count").trim());
        screenshot("list-detail");

        page.navigate(url("/lists"));
        screenshot("lists");
        page.navigate(url("/recipients/import"));
        screenshot("recipient-import");
        assertTrue(dialogs.isEmpty(), "no script ran: " + dialogs);
    }

    @Test
    void adminPagesLookRight() {
        signInAsAdmin();
        page.navigate(url("/admin/categories"));
        screenshot("categories");
        page.navigate(url("/recipients?q=ohchr"));
        page.click("table.recipients a:has-text('Office of the United Nations High Commissioner for Human Rights')");
        screenshot("recipient-ohchr");
        page.click("text=Merge duplicate");
        page.fill("main input[name=q]", "UN");
        page.click("main button:has-text('Search')");
        screenshot("recipient-merge-search");
        page.click("table.candidates a.button >> nth=0");
        screenshot("recipient-merge-confirm");
        assertTrue(page.textContent("h2").contains("Confirm the merge") || page.locator("text=Confirm the merge").count() > 0);
    }
}
