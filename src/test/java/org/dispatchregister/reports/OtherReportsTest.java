package org.dispatchregister.reports;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dispatchregister.support.Session;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.junit.QuarkusTest;

/** The statement distribution, unanswered correspondence, analytics and landing pages, on the fixture. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OtherReportsTest implements FixedToday {

    ReportFixture f;
    Session viewer;

    @BeforeAll
    void data() {
        f = ReportFixture.create();
    }

    @org.junit.jupiter.api.BeforeEach
    void signIn() {
        // here, not in @BeforeAll: RestAssured knows the random test port only once the test runs
        if (viewer == null) {
            viewer = Session.viewer();
        }
    }

    @Test
    void statementDistribution() {
        String html = viewer.get("/reports/statements/" + f.statement1Id).then().statusCode(200).extract().asString();
        // went out: d1 (10 d), d6 (overdue), d7 (7 d), d8 (38 d, via a reminder), d12 (overdue); d5 is only planned
        assertTrue(html.contains("data-figure=\"sent\">5<"), html);
        assertTrue(html.contains("data-figure=\"replied\">3<"));
        assertTrue(html.contains("data-figure=\"responseRate\">60 %<"));
        assertTrue(html.contains("data-figure=\"median\">10<"));
        assertTrue(html.contains("data-figure=\"longest\">38<"));
        assertTrue(html.contains("data-figure=\"overdue\">2<"));
        assertTrue(html.contains("data-figure=\"reminders\">1<"));
        assertTrue(html.contains("data-status=\"PLANNED\">1<"));
        assertTrue(html.contains("data-status=\"SENT\">2<"));
        assertTrue(html.contains("data-status=\"REPLIED\">3<"));
        assertTrue(html.contains(f.listName), "the list that brought the recipient in");
        viewer.get("/reports/statements/987654321").then().statusCode(404);
        viewer.get("/reports/statements/987654321?format=csv").then().statusCode(404);
    }

    @Test
    void statementDistributionDownloads() throws Exception {
        byte[] pdf = viewer.get("/reports/statements/" + f.statement2Id + "?format=pdf").then().statusCode(200).extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("Appeal <script>alert(1)</script> & co"), text);
            assertTrue(text.contains("Office One " + f.tag));
        }
        byte[] xlsx = viewer.get("/reports/statements/" + f.statement2Id + "?format=xlsx").then().statusCode(200).extract().asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertEquals(4, rows.size(), "header + d2, d9 (withdrawn), d10");
        }
    }

    @Test
    void unansweredGroupedByRecipientWithAges() throws Exception {
        String html = viewer.get("/reports/unanswered?category=" + f.categoryCode).then().statusCode(200).extract().asString();
        // d2 (ack only, 150 d, overdue), d4 (91 d), d6 (198 d, overdue) to P; d12 (122 d, overdue) to O
        assertTrue(html.contains("data-figure=\"total\">4<"), html);
        assertTrue(html.contains("data-figure=\"overdue\">3<"));
        assertTrue(html.indexOf("Other Body " + f.tag) < html.indexOf(f.parentName), "grouped by recipient, in name order");
        for (String age : List.of(">150<", ">91<", ">198<", ">122<")) {
            assertTrue(html.contains(age), age);
        }
        assertFalse(html.contains("Office Two " + f.tag), "answered through a reminder");

        viewer.get("/reports/unanswered?category=" + f.categoryCode + "&from=2025-01-01&kind=" + f.kindCode).then().statusCode(200)
                .body(containsString("data-figure=\"total\">3<"));
        viewer.get("/reports/unanswered?category=NO-SUCH-CATEGORY").then().statusCode(400)
                .body(containsString("There is no recipient category with the code"));
        viewer.get("/reports/unanswered?to=31/13/2025").then().statusCode(400).body(containsString("Enter a date as 23.02.2026 or 2026-02-23"));

        byte[] csv = viewer.get("/reports/unanswered?format=csv&category=" + f.categoryCode).then().statusCode(200).extract().asByteArray();
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8)).getRecords();
        assertEquals(4, records.size());
        assertEquals("Other Body " + f.tag, records.get(0).get("Recipient"));
        assertEquals("122", records.get(0).get("Age in days"));
        assertTrue(records.stream().anyMatch(r -> r.get("Title").startsWith("'=HYPERLINK")), "formula neutralised");
        byte[] pdf = viewer.get("/reports/unanswered?format=pdf&category=" + f.categoryCode).then().statusCode(200).extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(new PDFTextStripper().getText(doc).contains("Unanswered correspondence"));
        }
    }

    @Test
    void analyticsWithChartsAndTables() {
        String html = viewer.get("/reports/analytics?from=2025-01-01&to=2025-06-30").then().statusCode(200).extract().asString();
        // the fixture's category in the period: 9 sent, 6 answered (4, 7, 10, 20, 30, 38 days), all 9 expecting a reply
        String row = "Report category &lt;b&gt; &amp; " + f.tag + "</td><td class=\"num\">9</td><td class=\"num\">6</td>"
                + "<td class=\"num\">9</td><td class=\"num\">66.7 %</td><td class=\"num\">15</td>";
        assertTrue(html.contains(row), html);
        assertTrue(html.contains("<svg"), "inline SVG charts");
        assertFalse(html.contains("<b> &"), "labels escaped in the SVG and the tables");
        // the charts need no script: the only ones are the app's own helpers every page loads (static/resubmit.js, the
        // form helper, and static/search-key.js, the "/" shortcut of the header search)
        assertEquals(List.of("<script src=\"/static/resubmit.js\" defer></script>", "<script src=\"/static/search-key.js\" defer></script>"),
                java.util.regex.Pattern.compile("<script[^>]*>(?s).*?</script>").matcher(html).results().map(m -> m.group()).toList(),
                "no script on the page but the helpers every page loads");
        assertFalse(html.contains("style="), "no inline styles (CSP)");
        assertTrue(html.contains(f.parentName), "ranked body with at least 3 dispatches");
        assertFalse(html.contains(">Office One " + f.tag + "<"), "bodies under the minimum sample are not ranked");
        for (String month : List.of("Jan 2025", "Jun 2025")) {
            assertTrue(html.contains("<td>" + month + "</td>"), month);
        }
        viewer.get("/reports/analytics?from=xx").then().statusCode(400).body(containsString("not a valid date"));
    }

    @Test
    void landingPickersFindBodiesAndStatements() {
        String html = viewer.get("/reports?q=office one " + f.tag).then().statusCode(200).extract().asString();
        assertTrue(html.contains("/reports/recipients/" + f.child1Id), html);
        viewer.get("/reports?sq=R2-" + f.tag).then().statusCode(200)
                .body(containsString("/reports/statements/" + f.statement2Id), containsString("Appeal &lt;script&gt;"));
        viewer.get("/reports?q=%25_%27%22<script>").then().statusCode(200).body(containsString("No body matches"));
        viewer.get("/reports").then().statusCode(200).body(containsString("class=\"nav-reports\""));
    }
}
