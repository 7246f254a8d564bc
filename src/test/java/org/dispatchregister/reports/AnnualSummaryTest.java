package org.dispatchregister.reports;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.dispatchregister.dispatches.Dispatch;
import org.dispatchregister.dispatches.WorkflowData;
import org.dispatchregister.support.Session;
import org.dispatchregister.support.TestUsers;
import org.dispatchregister.users.StaffUser;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Reports → Annual summary (issue 15): the year in one paragraph, in the reader's language with the right word forms,
 * and the table behind it, on a year no other test writes to. One public statement to three bodies (no reply
 * expected), one appeal to two bodies (one answered after 10 days), one appeal to one body.
 */
@QuarkusTest
class AnnualSummaryTest {

    static final int YEAR = 1987;
    static final LocalDate SENT = LocalDate.of(YEAR, 3, 1);

    /** Called by each test (RestAssured knows the app's port only inside a test). */
    static void aYearOfLetters() {
        // the PostgreSQL test database outlives a run: the year is written once
        if (QuarkusTransaction.requiringNew().call(() -> Dispatch.count("sentOn >= ?1 and sentOn <= ?2", LocalDate.of(YEAR, 1, 1),
                LocalDate.of(YEAR, 12, 31))) > 0) {
            return;
        }
        String tag = WorkflowData.unique("Annual");
        Long a = WorkflowData.recipient(tag + " A");
        Long b = WorkflowData.recipient(tag + " B");
        Long c = WorkflowData.recipient(tag + " C");
        Long statement = WorkflowData.statement("STATEMENT", tag + " statement");
        for (Long body : new Long[] { a, b, c }) {
            WorkflowData.dispatch(statement, body, SENT, false, null);
        }
        Long appeal = WorkflowData.statement("APPEAL", tag + " first appeal");
        Long answered = WorkflowData.dispatch(appeal, a, SENT, true, SENT.plusDays(30));
        WorkflowData.dispatch(appeal, b, SENT, true, SENT.plusDays(30));
        WorkflowData.dispatch(WorkflowData.statement("APPEAL", tag + " second appeal"), a, SENT, true, SENT.plusDays(30));
        Session.admin().post("/dispatches/" + answered + "/replies", Map.of("receivedOn", SENT.plusDays(10).toString(), "kind", "SUBSTANTIVE"))
                .then().statusCode(303);
    }

    @Test
    void theParagraphAndTheTableInEnglish() {
        aYearOfLetters();
        String html = Session.viewer().get("/reports/annual?year=" + YEAR).then().statusCode(200).extract().asString();
        assertAll(
                () -> assertTrue(html.contains("1 public statement and 2 appeals: 6 letters to 3 bodies; 1 answered, 2 awaiting a reply."),
                        html),
                () -> assertTrue(html.contains("<tr><td>Appeal</td><td class=\"num\">2</td><td class=\"num\">3</td><td class=\"num\">2</td>"
                        + "<td class=\"num\">1</td><td class=\"num\">2</td><td class=\"num\">10</td></tr>"), "appeals: 2 statements, 3 letters, "
                                + "2 bodies, 1 answered, 2 awaiting, median 10 days"),
                () -> assertTrue(html.contains("<tr><td>Public statement</td><td class=\"num\">1</td><td class=\"num\">3</td>"
                        + "<td class=\"num\">3</td><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">—</td></tr>"),
                        "public statements expect no reply: none awaiting"),
                () -> assertTrue(html.contains("<option value=\"" + YEAR + "\" selected>"), "the year chosen"),
                () -> assertTrue(Session.viewer().get("/reports").asString().contains("href=\"/reports/annual\""), "Reports links to it"));
    }

    @Test
    void russianAndAzerbaijaniWithTheirWordForms() {
        aYearOfLetters();
        assertTrue(page("ru").contains("1 публичное заявление и 2 обращения: 6 писем 3 адресатам; ответ получен на 1, 2 ожидают ответа."),
                page("ru"));
        assertTrue(page("az").contains("1 ictimai bəyanat və 2 müraciət: 3 quruma 6 məktub; 1 məktuba cavab gəlib, 2 məktub cavab gözləyir."),
                page("az"));
    }

    @Test
    void pdfCsvAndXlsxCarryTheParagraphAndTheTable() {
        aYearOfLetters();
        Session viewer = Session.viewer();
        var pdf = viewer.get("/reports/annual?year=" + YEAR + "&format=pdf");
        var csv = viewer.get("/reports/annual?year=" + YEAR + "&format=csv");
        var xlsx = viewer.get("/reports/annual?year=" + YEAR + "&format=xlsx");
        String text = new String(csv.asByteArray(), StandardCharsets.UTF_8);
        assertAll(
                () -> assertEquals("application/pdf", pdf.contentType()),
                () -> assertTrue(new String(pdf.asByteArray(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF")),
                () -> assertTrue(text.contains("1 public statement and 2 appeals: 6 letters to 3 bodies; 1 answered, 2 awaiting a reply."), text),
                () -> assertTrue(text.contains("By kind of statement,Appeal,2,3,2,1,2,10.0"), text),
                () -> assertTrue(text.contains("Total,Total,3,6,3,1,2,10.0"), text),
                () -> assertTrue(xlsx.contentType().startsWith("application/vnd.openxmlformats"), xlsx.contentType()),
                () -> assertEquals(400, viewer.get("/reports/annual?year=3000").statusCode(), "a year out of range is refused"));
    }

    @Test
    void aYearWithoutLettersSaysSo() {
        String html = Session.viewer().get("/reports/annual?year=1911").then().statusCode(200).extract().asString();
        assertTrue(html.contains("No letter went out in 1911."), html);
    }

    private static String page(String language) {
        String user = TestUsers.ensure("annual-" + language, "VIEWER");
        QuarkusTransaction.requiringNew().run(() -> StaffUser.findByUsername(user).language = language);
        return Session.signIn(user, TestUsers.PASSWORD).get("/reports/annual?year=" + YEAR).asString();
    }
}
