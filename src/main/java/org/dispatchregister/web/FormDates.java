package org.dispatchregister.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.dispatchregister.common.RegisterConfig;
import org.eclipse.microprofile.config.ConfigProvider;

import io.smallrye.config.SmallRyeConfig;

/**
 * The one place where a date typed by a user (form, API, report filter) is read: yyyy-MM-dd, and a
 * plausible year (register.dates.min-year to max-year, 1900–2100 by default). 0000-01-01, a negative
 * year or 1582-10-10 is refused with a clear message rather than stored (and silently shifted by a
 * database calendar).
 */
public final class FormDates {

    /** A date read from text: the date, or the message saying why there is none. */
    public record Reading(LocalDate date, String problem) {
    }

    public static final String NOT_A_DATE = "Enter a date as yyyy-mm-dd";

    private FormDates() {
    }

    public static LocalDate parse(String field, String value, FormErrors errors) {
        Reading reading = read(value);
        if (reading.problem() != null) {
            errors.add(field, reading.problem());
        }
        return reading.date();
    }

    /** Blank is no date and no problem. */
    public static Reading read(String value) {
        if (value == null || value.isBlank()) {
            return new Reading(null, null);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return new Reading(null, NOT_A_DATE);
        }
        RegisterConfig.Dates range = range();
        if (date.getYear() < range.minYear() || date.getYear() > range.maxYear()) {
            return new Reading(null, "Enter a date between " + range.minYear() + " and " + range.maxYear() + " (yyyy-mm-dd)");
        }
        return new Reading(date, null);
    }

    private static RegisterConfig.Dates range() {
        return ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(RegisterConfig.class).dates();
    }

    public static String trim(String value) {
        if (value == null) {
            return null;
        }
        String t = value.trim();
        return t.isEmpty() ? null : t;
    }
}
