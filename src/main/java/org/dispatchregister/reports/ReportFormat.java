package org.dispatchregister.reports;

import java.util.Locale;

/** The ways a report can be delivered: the page, a printable PDF, or a spreadsheet export. */
public enum ReportFormat {
    HTML, PDF, CSV, XLSX;

    public static ReportFormat parse(String text, String backTo) {
        if (text == null || text.isBlank()) {
            return HTML;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ReportInputException("Unknown format. Choose html, pdf, csv or xlsx.", backTo);
        }
    }
}
