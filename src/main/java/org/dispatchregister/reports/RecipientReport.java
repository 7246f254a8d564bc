package org.dispatchregister.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything sent to a body (and optionally its offices) in a period and what came back. The
 * JSON of {@code /api/recipients/{id}/report} is this record. The figures always cover every
 * dispatch of the period ({@code sent} of them); {@code items} may be one page of them (number
 * {@code page}, from 1, of {@code pageSize} rows), as on screen.
 */
public record RecipientReport(RecipientHead recipient, LocalDate from, LocalDate to, boolean children, int bodies,
        LocalDate today, long sent, long replied, long expectingReply, Double responseRate, Double medianDaysToReply, Integer longestDaysToReply,
        long overdue, long remindersSent, int page, int pageSize, List<ReportItem> items) {

    static RecipientReport of(RecipientHead recipient, ReportPeriod period, boolean children, int bodies, LocalDate today,
            ReportTotals t, int page, int pageSize, List<ReportItem> items) {
        return new RecipientReport(recipient, period.from(), period.to(), children, bodies, today, t.sent(), t.replied(),
                t.expectingReply(), t.responseRate(), t.medianDaysToReply(), t.longestDaysToReply(), t.overdue(), t.remindersSent(),
                page, pageSize, items);
    }

    /** The same figures as a totals record, for the shared summary partial. */
    public ReportTotals totals() {
        return new ReportTotals(sent, replied, expectingReply, responseRate, medianDaysToReply, longestDaysToReply, overdue, remindersSent);
    }

    /** The query string that reproduces this report (for the format links). */
    public String query() {
        return "from=" + from + "&to=" + to + (children ? "&children=true" : "");
    }
}
