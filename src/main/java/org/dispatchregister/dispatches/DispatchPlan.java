package org.dispatchregister.dispatches;

import java.time.LocalDate;
import java.util.List;

/** The expanded, de-duplicated set of recipients a dispatch would reach, as the preview shows it. */
public record DispatchPlan(List<Row> rows) {

    /**
     * One recipient. {@code previousDispatchId} is set when the statement already went to it: such a row is
     * only included when the clerk ticked "as follow-up" for it.
     */
    public record Row(Long recipientId, String name, String acronym, Long viaListId, String viaListName,
            Long previousDispatchId, LocalDate previousSentOn, boolean included) {

        public boolean isAlreadySent() {
            return previousDispatchId != null;
        }
    }

    public List<Row> included() {
        return rows.stream().filter(Row::included).toList();
    }

    public long alreadySent() {
        return rows.stream().filter(Row::isAlreadySent).count();
    }
}
