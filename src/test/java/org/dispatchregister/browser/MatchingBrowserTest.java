package org.dispatchregister.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.dispatchregister.recipients.Recipient;
import org.dispatchregister.web.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The clerk pastes a seed statement into /match and /statements/import; screenshots for people to look at. */
@QuarkusTest
class MatchingBrowserTest extends BrowserTest {

    private static final String[][] BODIES = {
            { "Secretary-General of the United Nations", "UNSG" }, { "United Nations Security Council", "UNSC" },
            { "Office of the United Nations High Commissioner for Human Rights", "OHCHR" },
            { "Office of the United Nations High Commissioner for Refugees", "UNHCR" },
            { "United Nations Human Rights Council", "UNHRC" }, { "United Nations Children's Fund", "UNICEF" },
            { "European Union", "EU" }, { "Council of Europe", "CoE" },
            { "Organization for Security and Co-operation in Europe", "OSCE" }, { "European Ombudsman Institute", "EOI" },
            { "European Ombudsman", null }, { "Asian Ombudsman Association", "AOA" } };

    @BeforeAll
    void register() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String[] b : BODIES) {
                String key = b[1] == null ? null : b[1].toUpperCase();
                if (Recipient.count(key == null ? "name = ?1" : "acronymKey = ?1", key == null ? b[0] : key) > 0) {
                    continue;
                }
                Recipient r = new Recipient();
                r.name = b[0];
                r.acronym = b[1];
                r.acronymKey = key;
                r.sortName = b[0].toLowerCase();
                r.createdAt = LocalDateTime.now();
                r.updatedAt = LocalDateTime.now();
                r.persist();
            }
        });
    }

    private static String seed(String name) throws Exception {
        try (var in = MatchingBrowserTest.class.getResourceAsStream("/matching/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void matchAPastedStatement() throws Exception {
        signInAsClerk();
        page.navigate(url("/match"));
        // A body no register holds stands in for IPB, so the unplaced table has something to show
        // whether or not the seeded register is loaded.
        page.fill("#f-text", seed("statement-2025-09-27-anniversary.txt")
                .replace("International Peace Bureau (IPB)", "Zorbland Council of Elders (ZCE)"));
        page.click("button:has-text('Find the bodies')");
        page.waitForSelector("table.match-table");
        String table = page.textContent("table.match-table");
        assertTrue(table.contains("Council of Europe (CoE)"), table);
        assertTrue(page.textContent("table.unplaced").contains("Zorbland Council of Elders (ZCE)"));
        screenshot("matching-match");
        assertTrue(dialogs.isEmpty(), dialogs.toString());
    }

    @Test
    void importAStatement() throws Exception {
        signInAsClerk();
        page.navigate(url("/statements/import"));
        screenshot("matching-import-form");
        page.fill("#f-text", seed("statement-2026-02-23-khojaly.txt"));
        page.click("button:has-text('Read the statement')");
        page.waitForSelector("#f-issuedOn");
        assertTrue(page.inputValue("#f-issuedOn").equals(Language.EN.format(LocalDate.of(2026, 2, 23))));
        assertTrue(page.inputValue("#f-place").equals("Khankendi city"));
        screenshot("matching-import-review");
        assertTrue(dialogs.isEmpty(), dialogs.toString());
    }
}
