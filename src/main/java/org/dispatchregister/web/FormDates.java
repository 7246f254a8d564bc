package org.dispatchregister.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dispatchregister.common.RegisterConfig;
import org.eclipse.microprofile.config.ConfigProvider;

import io.smallrye.config.SmallRyeConfig;

/**
 * The one place where a date typed by a user (form, API, report filter) is read, leniently, the ways
 * staff write dates: 2026-02-23, 23.02.2026, 23/02/2026, 23-02-2026 (day first), and with the month in
 * letters in English, Azerbaijani or Russian ("23 Feb 2026", "23 fevral 2026-cı il", "23 февраля 2026 г.",
 * "February 23, 2026"). The year must be plausible (register.dates.min-year to max-year, 1900–2100 by
 * default): 0000-01-01, a negative year or 1582-10-10 is refused with a clear message rather than
 * stored (and silently shifted by a database calendar).
 */
public final class FormDates {

    /** A date read from text: the date, or the message saying why there is none. */
    public record Reading(LocalDate date, String problem) {
    }

    /** "Enter a date as 23.02.2026 or 2026-02-23" in the reader's language (both forms are read in every language). */
    public static String notADate() {
        return Messages.notices().not_a_date();
    }

    private static final Pattern ISO = Pattern.compile("([+-]?\\d{4,9})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})");
    // 23 Feb 2026, 23. fevral 2026-cı il, 23 февраля 2026 г.
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(\\d{1,2})\\.?\\s*(\\p{L}+)\\.?,?\\s*(\\d{4})(?:\\s*-?\\s*(?:c[ıiuü]|ci|cu)?\\s*(?:il|г|года|год)?\\.?)?",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    // February 23, 2026
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

    /** Month names and their usual short forms, index 0 = January; any unambiguous start of one is read. */
    private static final List<List<String>> MONTHS = List.of(
            List.of("january", "yanvar", "январь", "января"),
            List.of("february", "fevral", "февраль", "февраля"),
            List.of("march", "mart", "март", "марта"),
            List.of("april", "aprel", "апрель", "апреля"),
            List.of("may", "май", "мая"),
            List.of("june", "iyun", "июнь", "июня"),
            List.of("july", "iyul", "июль", "июля"),
            List.of("august", "avqust", "август", "августа"),
            List.of("september", "sept", "sentyabr", "сентябрь", "сентября"),
            List.of("october", "oktyabr", "октябрь", "октября"),
            List.of("november", "noyabr", "ноябрь", "ноября"),
            List.of("december", "dekabr", "декабрь", "декабря"));

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
        LocalDate date = lenient(value.trim());
        if (date == null) {
            return new Reading(null, notADate());
        }
        RegisterConfig.Dates range = range();
        if (date.getYear() < range.minYear() || date.getYear() > range.maxYear()) {
            return new Reading(null, Messages.notices().date_between(String.valueOf(range.minYear()), String.valueOf(range.maxYear())));
        }
        return new Reading(date, null);
    }

    /** The date the text means, or null. */
    static LocalDate lenient(String text) {
        Matcher m = ISO.matcher(text);
        if (m.matches()) {
            return date(m.group(1), month(m.group(2)), m.group(3));
        }
        m = DAY_FIRST.matcher(text);
        if (m.matches()) {
            return date(m.group(4), month(m.group(3)), m.group(1));
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.matches()) {
            return date(m.group(3), monthName(m.group(2)), m.group(1));
        }
        m = MONTH_DAY_YEAR.matcher(text);
        if (m.matches()) {
            return date(m.group(3), monthName(m.group(1)), m.group(2));
        }
        return null;
    }

    private static int month(String digits) {
        return Integer.parseInt(digits);
    }

    /** 1–12 for a month name or an unambiguous start of one (at least three letters), else 0. */
    static int monthName(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('ı', 'i');
        if (w.length() < 3) {
            return 0;
        }
        Set<Integer> found = new HashSet<>();
        for (int i = 0; i < MONTHS.size(); i++) {
            for (String name : MONTHS.get(i)) {
                if (name.startsWith(w)) {
                    found.add(i + 1);
                }
            }
        }
        return found.size() == 1 ? found.iterator().next() : 0;
    }

    private static LocalDate date(String year, int month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
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
