package org.dispatchregister.reports;

import java.util.List;

/**
 * The year in one paragraph, as annual reports quote their international correspondence ("4 statements, 7 appeals
 * and 2 special reports: 21 letters to 11 bodies; 9 answered, 12 awaiting a reply"), with the table behind it: by kind
 * of statement and by category of body. One record, rendered to the page, the PDF and the exports.
 */
public record AnnualSummary(int year, List<Integer> years, String paragraph, Line total, List<Line> byKind, List<Line> byCategory) {

    /**
     * One row: the statements (of a kind; null for a category), the letters (original dispatches that went out in the
     * year), the bodies they went to, how many are answered and how many still await a reply (both as
     * {@link org.dispatchregister.dispatches.ReplyRules} decides), and the median days to the first answer.
     */
    public record Line(String label, Long statements, long letters, long bodies, long answered, long awaiting, Double medianDays) {

        public String medianShown() {
            return ReportStats.show(medianDays);
        }
    }

    /** How many statements of one kind went out in the year (code for the wording, name for the table). */
    record KindCount(String code, String name, long statements) {
    }
}
