package org.dispatchregister.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dispatchregister.support.Session;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.junit.QuarkusTest;

/** Each download format fetched and parsed back: PDF text, CSV records, XLSX typed cells. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportFormatsTest implements FixedToday {

    private static final java.util.regex.Pattern SENT_2025 = java.util.regex.Pattern
            .compile("\\b\\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep) 2025\\b");

    ReportFixture f;
    String base;

    @BeforeAll
    void data() {
        f = ReportFixture.create();
        base = "/reports/recipients/" + f.parentId + "?from=2025-01-01&to=2025-06-30&children=true&format=";
    }

    byte[] download(String url, String contentType) {
        var response = Session.viewer().get(url);
        assertEquals(200, response.statusCode(), url);
        assertTrue(response.contentType().startsWith(contentType), response.contentType());
        assertTrue(response.header("Content-Disposition").startsWith("attachment"));
        return response.asByteArray();
    }

    @Test
    void pdfCarriesTheReport() throws Exception {
        byte[] pdf = download(base + "pdf", "application/pdf");
        assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "report-recipient.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 80), "png",
                    Path.of("target", "screenshots", "report-recipient-pdf-page1.png").toFile());
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(doc.getNumberOfPages() - 1, 50), "png",
                    Path.of("target", "screenshots", "report-recipient-pdf-last.png").toFile());
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains(f.parentName), "Unicode name printed: " + text);
            assertTrue(text.contains("Office of the Commissioner for Human Rights"), "institution header");
            assertTrue(text.contains("Page 1 of"), "page numbers");
            assertTrue(text.contains("75 %"), "response rate");
            assertTrue(text.contains("Appeal <script>alert(1)<"), "title printed as text: " + text);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDFTextStripper pageText = new PDFTextStripper();
                pageText.setStartPage(p);
                pageText.setEndPage(p);
                String onPage = pageText.getText(doc);
                assertTrue(onPage.contains("Page " + p + " of"), "page number on page " + p);
                // rows: a date of 2025 (January to September), written as the English pages write dates (1 Mar 2025)
                assertTrue(onPage.contains("Reminders") && SENT_2025.matcher(onPage).find(), "table head and rows on page " + p);
            }
        }
    }

    @Test
    void csvIsUtf8WithBomAndNeutralised() throws Exception {
        byte[] csv = download(base + "csv", "text/csv");
        assertEquals((byte) 0xEF, csv[0]);
        assertEquals((byte) 0xBB, csv[1]);
        assertEquals((byte) 0xBF, csv[2]);
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8)) {
            List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
            assertEquals(8, records.size());
            CSVRecord first = records.get(0);
            assertEquals("2025-01-10", first.get("Sent on"));
            assertEquals(f.parentName, first.get("Recipient"));
            assertEquals("10", first.get("Days to reply"));
            assertEquals(f.listName, first.get("Via list"));
            List<String> titles = records.stream().map(r -> r.get("Title")).collect(Collectors.toList());
            assertTrue(titles.contains("'=HYPERLINK(\"http://evil\") " + f.tag), titles.toString());
            assertEquals(1, records.stream().filter(r -> r.get("Overdue").equals("yes")).count());
        }
    }

    @Test
    void longPdfRepeatsTheTableHeadOnEveryPage() throws Exception {
        ReportFixture big = ReportFixture.create();
        big.addAnswered(60, "2025-06");
        byte[] pdf = download("/reports/recipients/" + big.parentId + "?from=2025-01-01&to=2025-06-30&format=pdf", "application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 3, "65 rows need several pages");
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDFTextStripper pageText = new PDFTextStripper();
                pageText.setStartPage(p);
                pageText.setEndPage(p);
                String onPage = pageText.getText(doc);
                assertTrue(onPage.contains("Our") && onPage.contains("reference"), "thead repeated on page " + p);
                assertTrue(onPage.contains("Page " + p + " of " + doc.getNumberOfPages()), "page " + p);
            }
        }
    }

    @Test
    void xlsxHasTypedCells() throws Exception {
        byte[] xlsx = download(base + "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertEquals(9, rows.size());
            assertEquals("Sent on", rows.get(0).getCell(0).getText());
            Row first = rows.get(1);
            Cell sent = first.getCell(0);
            assertEquals(CellType.NUMBER, sent.getType(), "dates are stored as dates (serial numbers)");
            assertEquals(LocalDateTime.of(2025, 1, 10, 0, 0), sent.asDate());
            assertTrue(sent.getDataFormatString().contains("yyyy"), sent.getDataFormatString());
            assertEquals(CellType.NUMBER, first.getCell(10).getType());
            assertEquals(10, first.getCell(10).asNumber().intValue());
            List<String> titles = rows.stream().skip(1).map(r -> r.getCell(3).getText()).toList();
            assertTrue(titles.contains("'=HYPERLINK(\"http://evil\") " + f.tag), titles.toString());
            assertTrue(rows.stream().skip(1).allMatch(r -> r.getCell(3).getType() == CellType.STRING));
        }
        String sheetXml = sheetXml(xlsx);
        assertTrue(sheetXml.contains("ySplit=\"1\"") && sheetXml.contains("state=\"frozen\""), "header row frozen");
        assertTrue(sheetXml.contains("<col ") && sheetXml.contains("customWidth"), "column widths");
    }

    static String sheetXml(byte[] xlsx) throws java.io.IOException {
        Path file = Files.createTempFile("report", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                return new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
