package org.dispatchregister.dispatches;

import java.time.LocalDate;

import org.dispatchregister.web.Enums;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The dispatches list's filter as the bulk bar carries it (hidden fields), for "all matching the filter": the
 * same filter the page showed, read again when the action is applied.
 */
public record BulkFilterForm(@RestForm("f-statement") Long statement, @RestForm("f-recipient") Long recipient,
        @RestForm("f-list") Long list, @RestForm("f-q") String q, @RestForm("f-status") String status,
        @RestForm("f-overdue") String overdue) {

    DispatchQuery.Filter toFilter(LocalDate today) {
        return new DispatchQuery.Filter(statement, recipient, list, q, Enums.parse(DispatchStatus.class, status),
                overdue != null && !overdue.isEmpty(), today);
    }
}
