package org.dispatchregister.web;

import java.time.LocalDate;
import java.util.regex.Pattern;

import io.quarkus.qute.TemplateExtension;

/**
 * {value.dateInput}: the value of a date field written as the user's language writes dates. Text that
 * is not a date (what the user typed, refused) is shown back as it was typed.
 */
@TemplateExtension
public class DateTemplateExtensions {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    static String dateInput(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        FormDates.Reading reading = FormDates.read(value);
        return reading.date() == null ? value : RequestLanguage.current().format(reading.date());
    }

    /** A stored value (an audit history line) that is an ISO date, shown the language's way; other text as it is. */
    public static String isoDateShown(String value) {
        if (value == null || !ISO_DATE.matcher(value).matches()) {
            return value;
        }
        FormDates.Reading reading = FormDates.read(value);
        return reading.date() == null ? value : RequestLanguage.current().format(reading.date());
    }

    static String dateInput(LocalDate value) {
        return RequestLanguage.current().format(value);
    }
}
