package org.dispatchregister.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class SvgChartTest {

    @Test
    void labelsAreEscaped() {
        String svg = SvgChart.percentBars("Rate <by> \"category\"", "Response rate (%)",
                List.of("<script>alert(1)</script>", "A & B"), Arrays.asList(50.0, null)).toString();
        assertFalse(svg.contains("<script>"));
        assertTrue(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(svg.contains("A &amp; B"));
        assertTrue(svg.contains("Rate &lt;by&gt; &quot;category&quot;"));
        assertTrue(svg.contains("no data"));
        assertTrue(svg.contains("Response rate (%)"), "axis title");
        assertFalse(svg.contains("style="), "presentation attributes only");
    }

    @Test
    void linesHaveAxesAndLegend() {
        String svg = SvgChart.lines("Per month", "Month", "Count", List.of("2025-01", "2025-02", "2025-03"),
                List.of(new SvgChart.Series("Sent <x>", "#000", false, List.of(1L, 7L, 3L)),
                        new SvgChart.Series("Answers", "#0a0", true, List.of(0L, 2L, 5L)))).toString();
        assertTrue(svg.contains("Sent &lt;x&gt;"));
        assertTrue(svg.contains("stroke-dasharray"));
        assertTrue(svg.contains(">Month<") && svg.contains(">Count<"));
        assertEquals(2, svg.split("<polyline").length - 1);
    }

    @Test
    void niceSteps() {
        assertEquals(1, SvgChart.niceStep(0));
        assertEquals(2, SvgChart.niceStep(7));
        assertEquals(10, SvgChart.niceStep(42));
        assertEquals(50, SvgChart.niceStep(180));
    }
}
