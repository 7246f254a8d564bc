package org.dispatchregister.reports;

import java.util.ArrayList;
import java.util.List;

/** The figures under a report: sent, replied, response rate, median and longest days to reply, overdue, reminders. */
public record ReportTotals(long sent, long replied, Double responseRate, Double medianDaysToReply, Integer longestDaysToReply,
        long overdue, long remindersSent) {

    public static ReportTotals of(List<ReportItem> items) {
        List<Integer> days = new ArrayList<>();
        long replied = 0;
        long overdue = 0;
        long reminders = 0;
        for (ReportItem item : items) {
            if (item.replied()) {
                replied++;
                if (item.daysToReply() != null) {
                    days.add(item.daysToReply());
                }
            }
            if (item.overdue()) {
                overdue++;
            }
            reminders += item.reminders();
        }
        return new ReportTotals(items.size(), replied, ReportStats.responseRate(items.size(), replied), ReportStats.median(days),
                ReportStats.longest(days), overdue, reminders);
    }

    public String responseRateShown() {
        return responseRate == null ? "—" : ReportStats.show(responseRate) + " %";
    }

    public String medianShown() {
        return ReportStats.show(medianDaysToReply);
    }

    public String longestShown() {
        return longestDaysToReply == null ? "—" : String.valueOf(longestDaysToReply);
    }
}
