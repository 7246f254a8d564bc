package org.dispatchregister.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;


/** Reads yyyy-MM-dd form values, recording a clear message for a value that is not a date. */
public final class FormDates {

    private FormDates() {
    }

    public static LocalDate parse(String field, String value, FormErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(field, "Enter a date as yyyy-mm-dd");
            return null;
        }
    }

    public static String trim(String value) {
        if (value == null) {
            return null;
        }
        String t = value.trim();
        return t.isEmpty() ? null : t;
    }
}
