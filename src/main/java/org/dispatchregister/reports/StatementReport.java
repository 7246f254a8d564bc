package org.dispatchregister.reports;

import java.time.LocalDate;
import java.util.List;

/** The distribution of one statement: who received it, how, where each dispatch stands, what came back. */
public record StatementReport(Head statement, LocalDate today, ReportTotals totals, List<StatusCount> byStatus,
        List<ReportItem> items) {

    public record Head(Long id, String title, String reference, String kind, LocalDate issuedOn) {
        static final String SELECT = "select new org.dispatchregister.reports.StatementReport$Head(s.id, s.title, s.reference, "
                + "k.name, s.issuedOn) from Statement s join s.kind k ";
    }

    public record StatusCount(String status, long count) {
        public String label() {
            return ReportItem.label(status);
        }
    }
}
