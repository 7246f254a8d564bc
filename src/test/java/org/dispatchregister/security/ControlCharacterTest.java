package org.dispatchregister.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dispatchregister.dispatches.WorkflowData;
import org.dispatchregister.lists.DistributionList;
import org.dispatchregister.recipients.Recipient;
import org.dispatchregister.recipients.RecipientImport;
import org.dispatchregister.support.Session;
import org.dispatchregister.support.TestUsers;
import org.dispatchregister.web.ControlCharacters;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Issue 13, finding 2: each of the 65 C0/C1 control characters (and DEL) is cleaned at the input
 * boundary of forms, the JSON API and the CSV import (tab and line break kept), and every report
 * format renders whatever text is stored, control characters included.
 */
@QuarkusTest
class ControlCharacterTest {

    @Inject
    RecipientImport imports;

    /** U+0000–U+001F, U+007F, U+0080–U+009F. */
    static List<Character> controls() {
        List<Character> all = new ArrayList<>();
        for (char c = 0; c < 0x20; c++) {
            all.add(c);
        }
        all.add((char) 0x7f);
        for (char c = 0x80; c <= 0x9f; c++) {
            all.add(c);
        }
        assertEquals(65, all.size());
        return all;
    }

    private static boolean clean(String stored, boolean multiLine) {
        for (char c : stored.toCharArray()) {
            if (ControlCharacters.isUnwanted(c) || (!multiLine && c == '\r')) {
                return false;
            }
        }
        return true;
    }

    @Test
    void everyControlCharacterIsCleanedAtTheApiBoundary() {
        String tag = WorkflowData.unique("CtlApi");
        for (char c : controls()) {
            String hex = String.format("%02X", (int) c);
            Response r = given().auth().preemptive().basic("admin", TestUsers.ADMIN_PASSWORD).contentType("application/json")
                    .body(Map.of("name", tag + " " + hex + " a" + c + "b", "notes", "line" + c + "two\r\nthree", "category", "OTHER"))
                    .post("/api/recipients");
            assertEquals(201, r.statusCode(), hex + " " + r.asString());
            long id = r.jsonPath().getLong("id");
            Recipient saved = QuarkusTransaction.requiringNew().call(() -> Recipient.findById(id));
            assertTrue(clean(saved.name, false) && clean(saved.notes, true), hex + ": " + saved.name + " / " + saved.notes);
            assertTrue(saved.notes.endsWith("two\nthree"), "CR LF became a line break");
            if (c == '\t' || c == '\n') {
                assertTrue(saved.notes.contains("line" + c + "two"), "tab and line break are kept");
            }
        }
    }

    @Test
    void everyControlCharacterIsCleanedAtTheFormBoundary() {
        String tag = WorkflowData.unique("CtlForm");
        Session clerk = Session.clerk();
        clerk.get("/lists/new");
        for (char c : controls()) {
            String hex = String.format("%02X", (int) c);
            String name = tag + " " + hex + " a" + c + "b";
            Response r = clerk.post("/lists", Map.of("name", name, "description", "one" + c + "two"));
            assertEquals(303, r.statusCode(), hex + " " + r.asString());
            String expected = ControlCharacters.clean(name).trim();
            DistributionList saved = QuarkusTransaction.requiringNew()
                    .call(() -> DistributionList.<DistributionList> find("name", expected).firstResult());
            assertTrue(saved != null && clean(saved.description, true), hex);
        }
    }

    @Test
    void everyControlCharacterIsCleanedAtTheImportBoundary() {
        StringBuilder csv = new StringBuilder("name,notes\n");
        String tag = WorkflowData.unique("CtlCsv");
        for (char c : controls()) {
            if (c != '\n' && c != '\r') {
                csv.append('"').append(tag).append(' ').append((int) c).append(" a").append(c).append("b\",\"x").append(c).append("y\"\n");
            }
        }
        RecipientImport.Plan plan = imports.plan(csv.toString());
        assertEquals(null, plan.fileError());
        assertEquals(63, plan.rows().size());
        for (RecipientImport.Row row : plan.rows()) {
            assertTrue(clean(row.input().name(), false), row.input().name());
            assertTrue(clean(row.input().notes(), true), row.input().notes());
        }
    }

    @Test
    void everyReportFormatRendersWhateverTextIsStored() throws Exception {
        StringBuilder all = new StringBuilder();
        boolean postgres = "postgresql".equals(ConfigProvider.getConfig().getValue("quarkus.datasource.db-kind", String.class));
        for (char c : controls()) {
            if (!(postgres && c == 0)) { // PostgreSQL cannot store a NUL at all
                all.append(c);
            }
        }
        String nasty = "Stored" + all + "\uD800 text";
        String tag = WorkflowData.unique("CtlStored");
        // written straight to the database: text that predates the input rule, or came from a script
        Long recipient = WorkflowData.recipient(tag + " body " + nasty);
        Long statement = WorkflowData.statement("STATEMENT", tag + " title " + nasty);
        WorkflowData.dispatch(statement, recipient, LocalDate.now().minusDays(40), true, LocalDate.now().minusDays(5));
        Session viewer = Session.viewer();
        String from = "from=" + LocalDate.now().minusYears(1) + "&to=" + LocalDate.now();
        List<String> checked = new ArrayList<>();
        for (String base : List.of("/reports/recipients/" + recipient + "?" + from, "/reports/statements/" + statement + "?x=1",
                "/reports/unanswered?" + from)) {
            for (String format : List.of("html", "pdf", "csv", "xlsx")) {
                String url = base + (format.equals("html") ? "" : "&format=" + format);
                Response r = viewer.request().get(url);
                assertEquals(200, r.statusCode(), url + " " + r.asString().substring(0, Math.min(300, r.asString().length())));
                assertContent(url, format, r.asByteArray());
                checked.add(url);
            }
        }
        for (String url : List.of("/reports/dispatches?format=csv", "/reports/dispatches?format=xlsx", "/recipients/export.csv",
                "/reports/analytics?" + from, "/recipients/" + recipient, "/statements/" + statement)) {
            Response r = viewer.request().get(url);
            assertEquals(200, r.statusCode(), url);
            assertContent(url, url.contains("xlsx") ? "xlsx" : url.contains("csv") ? "csv" : "html", r.asByteArray());
            checked.add(url);
        }
        assertEquals(18, checked.size());
    }

    private static void assertContent(String url, String format, byte[] body) throws Exception {
        switch (format) {
            case "pdf" -> assertTrue(new String(body, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"), url);
            case "xlsx" -> {
                try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body))) {
                    assertTrue(workbook.getFirstSheet().read().size() >= 1, url);
                }
            }
            default -> assertFalse(body.length == 0, url);
        }
    }
}
