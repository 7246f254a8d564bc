package org.dispatchregister.reports;

import java.time.LocalDate;

import org.dispatchregister.web.Messages;
import org.dispatchregister.web.FormDates;

/** An inclusive period [from, to] on the sent date. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    /**
     * Reads the period from request parameters. Missing ends default to the start of the current
     * year and today; malformed or inverted dates are refused with a message saying why.
     */
    public static ReportPeriod parse(String from, String to, LocalDate today, String backTo) {
        LocalDate start = date("start", from, backTo);
        LocalDate end = date("end", to, backTo);
        ReportPeriod period = new ReportPeriod(start != null ? start : today.withDayOfYear(1), end != null ? end : today);
        if (period.from.isAfter(period.to)) {
            throw new ReportInputException(Messages.notices().period_reversed(period.from, period.to), backTo);
        }
        return period;
    }

    /** Like {@link #parse} but both ends may stay open (null). */
    public static ReportPeriod parseOpen(String from, String to, String backTo) {
        ReportPeriod period = new ReportPeriod(date("start", from, backTo), date("end", to, backTo));
        if (period.from != null && period.to != null && period.from.isAfter(period.to)) {
            throw new ReportInputException(Messages.notices().period_reversed(period.from, period.to), backTo);
        }
        return period;
    }

    static LocalDate date(String which, String text, String backTo) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        FormDates.Reading reading = FormDates.read(trimmed);
        if (reading.problem() != null) {
            String shown = trimmed.length() > 40 ? trimmed.substring(0, 40) + "…" : trimmed;
            boolean start = "start".equals(which);
            throw new ReportInputException(reading.problem().equals(FormDates.notADate())
                    ? (start ? Messages.notices().start_date_invalid(shown, reading.problem()) : Messages.notices().end_date_invalid(shown, reading.problem()))
                    : (start ? Messages.notices().start_date_refused(shown, reading.problem()) : Messages.notices().end_date_refused(shown, reading.problem())),
                    backTo);
        }
        return reading.date();
    }

    /** For query strings and file names: "2025-01-01_2025-12-31", open ends shown as "any". */
    public String label() {
        return (from == null ? "any" : from.toString()) + "_" + (to == null ? "any" : to.toString());
    }
}
