package org.dispatchregister.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReportStatsTest {

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(10.0, ReportStats.median(List.of(30, 4, 10)));
        assertEquals(15.0, ReportStats.median(List.of(38, 4, 7, 10, 20, 30)));
        assertEquals(7.5, ReportStats.median(List.of(7, 8)));
        assertEquals(3.0, ReportStats.median(List.of(3)));
        assertNull(ReportStats.median(List.of()));
    }

    @Test
    void rateAndLongest() {
        assertEquals(66.7, ReportStats.responseRate(3, 2));
        assertEquals(0.0, ReportStats.responseRate(4, 0));
        assertNull(ReportStats.responseRate(0, 0));
        assertEquals(38, ReportStats.longest(List.of(4, 38, 7)));
        assertNull(ReportStats.longest(List.of()));
        assertEquals("7.5", ReportStats.show(7.5));
        assertEquals("10", ReportStats.show(10.0));
        assertEquals("—", ReportStats.show(null));
    }
}
