package org.dispatchregister.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dispatchregister.reports.FixedToday;
import org.dispatchregister.reports.ReportFixture;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Margin;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Finds a body through the reports landing page, opens its report, prints it to PDF through
 * Chromium, and screenshots every report page.
 */
@QuarkusTest
class ReportsBrowserTest extends BrowserTest implements FixedToday {

    @Test
    void openRecipientReportAndPrintItThroughChromium() throws Exception {
        ReportFixture f = ReportFixture.create();
        signInAsClerk();
        page.click("nav.main-nav a.nav-reports");
        page.waitForURL(u -> u.endsWith("/reports"));
        page.fill("#q", f.parentName);
        page.click("#recipient-picker button[type=submit]");
        page.click("text=" + f.parentName);
        page.waitForURL(u -> u.contains("/reports/recipients/" + f.parentId));
        page.fill("input[name=from]", "2025-01-01");
        page.fill("input[name=to]", "2025-06-30");
        page.check("input[name=children]");
        page.click("form.filters button[type=submit]");
        page.waitForURL(u -> u.contains("children=true"));
        assertEquals("8", page.textContent("[data-figure=sent]").trim());
        assertEquals("75 %", page.textContent("[data-figure=responseRate]").trim());
        assertTrue(page.locator("a:has-text('Print (PDF)')").getAttribute("href").contains("format=pdf"));
        screenshot("report-recipient");

        byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A4").setPrintBackground(true)
                .setMargin(new Margin().setTop("12mm").setBottom("12mm").setLeft("10mm").setRight("10mm")));
        assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
        Path out = Path.of("target", "screenshots", "report-recipient-chromium.pdf");
        Files.write(out, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(f.parentName), text);
            assertTrue(!text.contains("Sign out"), "navigation hidden in print");
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 70), "png",
                    Path.of("target", "screenshots", "report-recipient-chromium-pdf.png").toFile());
        }

        page.navigate(url("/reports/statements/" + f.statement1Id));
        assertTrue(page.locator("h1").textContent().contains("Statement one"));
        screenshot("report-statement");
        page.navigate(url("/reports/unanswered?category=" + f.categoryCode));
        assertEquals("4", page.textContent("[data-figure=total]").trim());
        screenshot("report-unanswered");
        page.navigate(url("/reports/analytics?from=2025-01-01&to=2025-06-30"));
        assertTrue(page.locator("svg.chart").count() >= 4, "four charts");
        screenshot("report-analytics");
        page.navigate(url("/reports?q=" + f.tag));
        screenshot("report-landing");
        page.navigate(url("/reports/recipients/" + f.parentId + "?from=nope"));
        screenshot("report-bad-date");
        assertTrue(page.textContent(".form-errors").contains("Enter a date as 23.02.2026 or 2026-02-23"));
        assertTrue(dialogs.isEmpty(), "no dialog fired: " + dialogs);
    }
}
