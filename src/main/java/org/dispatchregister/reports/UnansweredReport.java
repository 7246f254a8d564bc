package org.dispatchregister.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.dispatchregister.web.Option;

/**
 * The unanswered correspondence, grouped by recipient, with the filter that produced it. {@code groups}
 * may be one page of the bodies (number {@code page}, from 1); {@code total}, {@code overdue} and {@code bodies} always count all of them.
 */
public record UnansweredReport(Filter filter, LocalDate today, List<Group> groups, long total, long overdue, long bodies,
        int page, List<Option> categories, List<Option> kinds) {

    /** The filter as given (texts for refilling the form) and as parsed. */
    public record Filter(String from, String to, String category, String kind, ReportPeriod period) {
        public String query() {
            StringBuilder q = new StringBuilder();
            append(q, "from", from);
            append(q, "to", to);
            append(q, "category", category);
            append(q, "kind", kind);
            return q.toString();
        }

        private static void append(StringBuilder q, String name, String value) {
            if (value != null && !value.isBlank()) {
                q.append(q.isEmpty() ? "" : "&").append(name).append('=')
                        .append(java.net.URLEncoder.encode(value.trim(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    /** One recipient's unanswered dispatches. */
    public record Group(Long recipientId, String recipient, String category, List<UnansweredRow> rows) {
        public long overdue() {
            return rows.stream().filter(UnansweredRow::overdue).count();
        }

        public Integer oldestAgeDays() {
            return rows.stream().map(UnansweredRow::ageDays).filter(java.util.Objects::nonNull).max(Integer::compare).orElse(null);
        }
    }

    static List<Group> group(List<UnansweredRow> rows) {
        List<Group> groups = new ArrayList<>();
        Group current = null;
        for (UnansweredRow row : rows) {
            if (current == null || !current.recipientId().equals(row.recipientId())) {
                current = new Group(row.recipientId(), row.recipient(), row.category(), new ArrayList<>());
                groups.add(current);
            }
            current.rows().add(row);
        }
        return groups;
    }
}
