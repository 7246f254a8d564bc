package org.dispatchregister.security;

import static org.dispatchregister.security.XssData.PAYLOADS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dispatchregister.browser.BrowserTest;
import org.dispatchregister.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Response;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Stored XSS in a real browser: script payloads saved in every user-editable text field of every entity
 * (through the API and the forms), then every page that shows them opened in Chromium. No dialog may
 * fire, no element may be injected, no javascript: link may be rendered, and the payload must be on the
 * page as plain text (which proves it was escaped rather than dropped).
 */
@QuarkusTest
class StoredXssBrowserTest extends BrowserTest {

    XssData d;

    /** Made before the first test, not in @BeforeAll: RestAssured knows the test port only once a test runs. */
    @BeforeEach
    void data() {
        if (d == null) {
            d = XssData.create();
        }
    }

    /** Opens a page as the user whose own name is a payload, and checks nothing of what it shows ran or was injected. */
    private void visit(String path, String... expectedTexts) {
        Response response = page.navigate(url(path));
        assertNotNull(response, path);
        assertEquals(200, response.status(), path);
        assertSafe(path, expectedTexts);
    }

    private void assertSafe(String where, String... expectedTexts) {
        page.waitForLoadState();
        assertTrue(dialogs.isEmpty(), where + ": a dialog fired " + dialogs);
        assertEquals(0, page.locator("img[src=x]").count(), where + ": injected img");
        assertEquals(0, page.locator("svg[onload]").count(), where + ": injected svg");
        assertEquals(0, page.locator("[onerror], [onload], [onmouseover]").count(), where + ": event handler attribute");
        assertEquals(0, page.locator("a[href^='javascript:' i], [src^='javascript:' i], form[action^='javascript:' i]").count(),
                where + ": javascript: URL rendered");
        @SuppressWarnings("unchecked")
        List<String> scripts = (List<String>) page.evaluate("() => Array.from(document.scripts).map(s => s.src + ' ' + s.text)");
        for (String script : scripts) {
            assertTrue(!script.contains("alert("), where + ": injected script " + script);
        }
        String text = page.locator("body").textContent();
        for (String expected : expectedTexts) {
            assertTrue(text.contains(expected), where + ": shown as text: " + expected);
        }
        // the user's own display name (all four payloads) is in the header of every page
        assertTrue(page.locator("header a[href='/account']").textContent().contains(d.displayName), where + ": header name");
    }

    private String recipientName(int i) {
        return (String) d.recipients.get(i).get("name");
    }

    private String statementField(int i, String field) {
        return (String) d.statements.get(i).get(field);
    }

    private void assertInput(String selector, String expected) {
        assertEquals(expected, page.inputValue(selector), selector + " keeps the payload as its value");
    }

    @Test
    void recipientPagesAndForms() {
        signIn(d.username, TestUsers.PASSWORD);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < PAYLOADS.size(); i++) {
            names.add(recipientName(i));
        }
        visit("/recipients?q=" + d.tag, names.toArray(String[]::new));
        visit("/recipients?q=" + d.tag + "&sort=country&dir=desc", names.toArray(String[]::new));
        for (int i = 0; i < PAYLOADS.size(); i++) {
            Map<String, Object> r = d.recipients.get(i);
            visit("/recipients/" + d.recipientIds.get(i), recipientName(i), (String) r.get("acronym"), (String) r.get("country"),
                    (String) r.get("city"), (String) r.get("phone"), XssData.WEBSITES.get(i), (String) r.get("addresseeLine"),
                    (String) r.get("workingLanguage"), (String) r.get("notes"), ((List<?>) r.get("aliases")).get(0).toString(),
                    d.categoryNames.get(i), (String) r.get("emails"), statementField(i, "title"), recipientName(0));
            assertTrue(page.locator("body").textContent().contains("line two " + PAYLOADS.get(i)), "postal address");
            visit("/recipients/" + d.recipientIds.get(i) + "/edit");
            for (String field : List.of("name", "acronym", "country", "city", "phone", "website", "addresseeLine", "workingLanguage")) {
                assertInput("[name=" + field + "]", (String) r.get(field));
            }
            assertInput("[name=notes]", (String) r.get("notes"));
            assertTrue(page.inputValue("[name=aliases]").contains(((List<?>) r.get("aliases")).get(0).toString()));
            assertTrue(page.inputValue("[name=postalAddress]").contains("line two " + PAYLOADS.get(i)));
        }
        visit("/recipients/" + d.recipientIds.get(0) + "/merge?q=" + d.tag, recipientName(1));
        visit("/recipients/" + d.recipientIds.get(0) + "/merge?other=" + d.recipientIds.get(1), recipientName(0), recipientName(1));
        visit("/recipients/new?parent=" + d.recipientIds.get(0), recipientName(0));
        visit("/admin/categories");
        for (int i = 0; i < PAYLOADS.size(); i++) {
            assertEquals(1, page.locator("input[name=name]").evaluateAll("(els, v) => els.filter(e => e.value === v).length",
                    d.categoryNames.get(i)), "category name kept as the rename field's value");
        }
        screenshot("xss-recipient");
    }

    @Test
    void listPagesAndForms() {
        signIn(d.username, TestUsers.PASSWORD);
        visit("/lists", d.listName);
        visit("/lists/" + d.listId, d.listName, d.listDescription, recipientName(0), recipientName(3));
        visit("/lists/" + d.listId + "?q=" + d.tag, d.listName, recipientName(2));
        visit("/lists/" + d.listId + "/edit");
        assertInput("[name=name]", d.listName);
        assertInput("[name=description]", d.listDescription);
    }

    @Test
    void statementPagesAndForms() {
        signIn(d.username, TestUsers.PASSWORD);
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < PAYLOADS.size(); i++) {
            titles.add(statementField(i, "title"));
        }
        visit("/statements?q=" + d.tag, titles.toArray(String[]::new));
        for (int i = 0; i < PAYLOADS.size(); i++) {
            visit("/statements?topic=" + java.net.URLEncoder.encode(statementField(i, "topics"), java.nio.charset.StandardCharsets.UTF_8),
                    statementField(i, "title"));
            visit("/statements?kind=" + d.kindCodes.get(i), statementField(i, "title"), d.kindNames.get(i));
            String[] fields = { "title", "reference", "place", "signatory", "language", "summary", "topics", "inResponseTo",
                "responseReference" };
            List<String> shown = new ArrayList<>();
            for (String f : fields) {
                shown.add(statementField(i, f));
            }
            shown.add(d.kindNames.get(i));
            shown.add(recipientName(i));
            shown.add(d.listName);
            shown.add(PAYLOADS.get(i) + " full text " + d.tag);
            visit("/statements/" + d.statementIds.get(i), shown.toArray(String[]::new));
            visit("/statements/" + d.statementIds.get(i) + "/edit");
            for (String f : fields) {
                if (!f.equals("topics")) {
                    assertInput("[name=" + f + "]", statementField(i, f));
                }
            }
            assertTrue(page.inputValue("[name=fullText]").startsWith(statementField(i, "fullText")), "full text kept");
            visit("/statements/" + d.statementIds.get(i) + "/dispatch?q=" + d.tag, statementField(i, "title"), d.listName, recipientName(i));
        }
        visit("/statements/" + d.statementIds.get(1), d.statementFileName);
        visit("/admin/kinds", d.kindNames.toArray(String[]::new));
        visit("/admin/kinds/" + d.kindIds.get(1));
        assertInput("[name=name]", d.kindNames.get(1));
        screenshot("xss-statement");
    }

    @Test
    void dispatchReplyAndOverduePages() {
        signIn(d.username, TestUsers.PASSWORD);
        // the list shows a statement by its reference, its title on hover (issue 15)
        visit("/dispatches?q=" + d.tag, statementField(0, "reference"), recipientName(3));
        assertEquals(Boolean.TRUE, page.evaluate("t => Array.from(document.querySelectorAll('a[title]')).some(a => a.title === t)",
                statementField(0, "title")), "the title as the link's title, as text");
        visit("/dispatches?recipient=" + d.recipientIds.get(2), statementField(3, "reference"), recipientName(2));
        for (int i = 0; i < PAYLOADS.size(); i++) {
            Long dispatchId = d.dispatches.get(i).get(i);
            visit("/dispatches/" + dispatchId, statementField(i, "title"), recipientName(i), PAYLOADS.get(i) + " their ref " + d.tag,
                    PAYLOADS.get(i) + " reply summary " + d.tag, d.listName);
            assertInput("[name=note]", PAYLOADS.get(i) + " note " + d.tag);
        }
        visit("/dispatches/" + d.dispatches.get(2).get(3), d.replyFileName, PAYLOADS.get(2) + " reply with file " + d.tag);
        visit("/dispatches/" + d.reminderId, PAYLOADS.get(3) + " letter " + d.tag, recipientName(1));
        visit("/dispatches/" + d.overdueDispatchId + "/reminder", statementField(0, "title"), recipientName(1));
        assertTrue(page.inputValue("[name=letterText]").contains(statementField(0, "title")), "title in the letter text");
        visit("/overdue?recipient=" + d.tag, statementField(0, "title"), recipientName(1), recipientName(3));
        visit("/replies?q=" + d.tag, PAYLOADS.get(0) + " their ref " + d.tag, PAYLOADS.get(3) + " unlinked ref " + d.tag);
        for (Long replyId : d.replyIds) {
            page.navigate(url("/replies/" + replyId));
            assertSafe("/replies/" + replyId, d.tag);
        }
        visit("/replies/" + d.unlinkedReplyId, PAYLOADS.get(3) + " unlinked ref " + d.tag, PAYLOADS.get(0) + " unlinked summary " + d.tag);
        visit("/replies/new", recipientName(0), statementField(0, "title"));
        visit("/");
        screenshot("xss-dispatch");
    }

    @Test
    void reportsAuditUsersAndMatching() {
        signIn(d.username, TestUsers.PASSWORD);
        visit("/reports?q=" + d.tag + "&sq=" + d.tag, recipientName(0), statementField(0, "title"));
        visit("/reports/recipients/" + d.recipientIds.get(0) + "?children=true", recipientName(0), recipientName(1),
                statementField(0, "title"));
        visit("/reports/recipients/" + d.recipientIds.get(1) + "?format=html", recipientName(1), statementField(1, "title"));
        visit("/reports/statements/" + d.statementIds.get(2), statementField(2, "title"), recipientName(0), recipientName(3));
        visit("/reports/unanswered", statementField(1, "title"));
        visit("/reports/unanswered?kind=" + d.kindCodes.get(3) + "&category=" + d.categoryCodes.get(0), statementField(3, "title"), recipientName(0));
        visit("/reports/analytics", d.categoryNames.get(0), d.kindNames.get(2));
        screenshot("xss-analytics");
        visit("/admin/audit?type=Recipient&id=" + d.recipientIds.get(1), recipientName(1));
        visit("/admin/audit?user=" + d.username);
        visit("/admin/audit?type=Statement&id=" + d.statementIds.get(0), statementField(0, "title"));
        visit("/admin/users", d.displayName);
        visit("/admin/users/" + d.userId);
        assertInput("[name=displayName]", d.displayName);
        visit("/account", d.displayName);

        visit("/match");
        page.fill("[name=text]", "The statement was sent to the " + recipientName(2) + ", the " + PAYLOADS.get(1) + " alias " + d.tag
                + " and the <svg onload=alert('x4')> Gazette.");
        page.click("button:has-text('Find the bodies')");
        assertSafe("/match results", recipientName(2), "<svg onload=alert('x4')> Gazette");
        screenshot("xss-match");
    }
}
