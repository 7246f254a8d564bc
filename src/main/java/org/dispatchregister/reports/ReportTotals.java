package org.dispatchregister.reports;

import org.dispatchregister.web.RequestLanguage;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures under a report: sent, answered ({@code replied}), how many of them are counted for the
 * response rate ({@code expectingReply}), the rate, median and longest days to reply, overdue, reminders.
 * Answered and counted are decided by {@link org.dispatchregister.dispatches.ReplyRules}.
 */
public record ReportTotals(long sent, long replied, long expectingReply, Double responseRate, Double medianDaysToReply,
        Integer longestDaysToReply, long overdue, long remindersSent) {

    public static ReportTotals of(List<ReportItem> items) {
        List<Integer> days = new ArrayList<>();
        long replied = 0;
        long expecting = 0;
        long answeredOfExpecting = 0;
        long overdue = 0;
        long reminders = 0;
        for (ReportItem item : items) {
            if (item.replied()) {
                replied++;
                if (item.daysToReply() != null) {
                    days.add(item.daysToReply());
                }
            }
            if (item.countsForRate()) {
                expecting++;
                if (item.replied()) {
                    answeredOfExpecting++;
                }
            }
            if (item.overdue()) {
                overdue++;
            }
            reminders += item.reminders();
        }
        return new ReportTotals(items.size(), replied, expecting, ReportStats.responseRate(expecting, answeredOfExpecting),
                ReportStats.median(days), ReportStats.longest(days), overdue, reminders);
    }

    public String responseRateShown() {
        return RequestLanguage.current().percent(responseRate);
    }

    public String medianShown() {
        return RequestLanguage.current().decimal(medianDaysToReply);
    }

    public String longestShown() {
        return longestDaysToReply == null ? "—" : String.valueOf(longestDaysToReply);
    }
}
