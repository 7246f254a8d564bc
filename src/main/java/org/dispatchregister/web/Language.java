package org.dispatchregister.web;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the interface, each with the one way its staff write a date on a page or in a form
 * (Azerbaijani and Russian 23.02.2026, English 23 Feb 2026). Exports and the API keep ISO dates.
 */
public enum Language {

    AZ("az", "Azərbaycanca", "dd.MM.yyyy"),
    EN("en", "English", "d MMM yyyy"),
    RU("ru", "Русский", "dd.MM.yyyy");

    private final String tag;
    private final String nativeName;
    private final String datePattern;
    private final Locale locale;
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter dateTimeFormat;

    Language(String tag, String nativeName, String datePattern) {
        this.tag = tag;
        this.nativeName = nativeName;
        this.datePattern = datePattern;
        this.locale = Locale.forLanguageTag(tag);
        this.dateFormat = DateTimeFormatter.ofPattern(datePattern, locale);
        this.dateTimeFormat = DateTimeFormatter.ofPattern(datePattern + " HH:mm", locale);
    }

    public String tag() {
        return tag;
    }

    public String nativeName() {
        return nativeName;
    }

    public String datePattern() {
        return datePattern;
    }

    public Locale locale() {
        return locale;
    }

    public String format(LocalDate date) {
        return date == null ? "" : dateFormat.format(date);
    }

    /** Date and time to the minute: seconds mean nothing to a reader of the register. */
    public String format(LocalDateTime dateTime) {
        return dateTime == null ? "" : dateTimeFormat.format(dateTime);
    }

    /** 23.02.2026 or 23 Feb 2026: the example of the language's way of writing a date. */
    public String dateExample() {
        return format(LocalDate.of(2026, 2, 23));
    }

    /** A count the language's way: 4,000 (en), 4.000 (az), 4 000 (ru). */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A figure with at most one decimal the language's way: 66.7 (en), 66,7 (az, ru); "—" for none. */
    public String decimal(Double value) {
        if (value == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setGroupingUsed(false);
        return format.format(value);
    }

    /** A percentage the language's way: 66.7 % (en, as the reports always wrote it), 66,7% (az), 66,7 % (ru). */
    public String percent(Double value) {
        if (value == null) {
            return "—";
        }
        return decimal(value) + (this == AZ ? "%" : this == RU ? "\u00a0%" : " %");
    }

    /** A month as a chart and its table label it: Feb 2026, fev 2026, февр. 2026. */
    public String month(YearMonth month) {
        return this == AZ ? AZ_MONTHS_SHORT[month.getMonthValue() - 1] + " " + month.getYear() : MONTH_FORMATS[ordinal()].format(month);
    }

    private static final String[] AZ_MONTHS_SHORT = { "yan", "fev", "mar", "apr", "may", "iyn", "iyl", "avq", "sen", "okt", "noy", "dek" };
    private static final DateTimeFormatter[] MONTH_FORMATS = { null, DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH),
        DateTimeFormatter.ofPattern("LLL yyyy", Locale.forLanguageTag("ru")) };

    /** A date written out in a letter: 23 February 2026, 23 fevral 2026-cı il, 23 февраля 2026 г. */
    public String writtenDate(LocalDate date) {
        if (date == null) {
            return "";
        }
        return switch (this) {
            case EN -> WRITTEN_EN.format(date);
            case RU -> WRITTEN_RU.format(date) + " г.";
            case AZ -> date.getDayOfMonth() + " " + AZ_MONTHS[date.getMonthValue() - 1] + " " + date.getYear() + "-"
                    + azOrdinalSuffix(date.getYear()) + " il";
        };
    }

    private static final DateTimeFormatter WRITTEN_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    // MMMM in Russian is the genitive form of a date: 23 февраля
    private static final DateTimeFormatter WRITTEN_RU = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("ru"));
    private static final String[] AZ_MONTHS = { "yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr",
        "oktyabr", "noyabr", "dekabr" };
    private static final String[] AZ_UNITS = { "", "ci", "ci", "cü", "cü", "ci", "cı", "ci", "ci", "cu" };
    private static final String[] AZ_TENS = { "", "cu", "ci", "cu", "cı", "ci", "cı", "ci", "ci", "cı" };

    /**
     * The ordinal ending of a year in Azerbaijani follows the vowel of the last number word read: 2026 (altı) -cı,
     * 2020 (iyirmi) -ci, 2023 (üç) -cü, 2019 (doqquz) -cu, 2100 (yüz) -cü, 2000 (min) -ci.
     */
    static String azOrdinalSuffix(int year) {
        if (year % 10 != 0) {
            return AZ_UNITS[year % 10];
        }
        if (year % 100 != 0) {
            return AZ_TENS[year / 10 % 10];
        }
        return year % 1000 != 0 ? "cü" : "ci";
    }

    /**
     * The language a recipient's working language means: a tag (az, en-GB, ru) or its name in any of the three
     * languages (English, ingilis dili, Английский; Azerbaijani, Azərbaycan dili; Russian, rus dili, русский).
     */
    public static Optional<Language> fromName(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("az") || t.startsWith("азерб")) {
            return Optional.of(AZ);
        }
        if (t.startsWith("en") || t.startsWith("ingilis") || t.startsWith("англ")) {
            return Optional.of(EN);
        }
        if (t.startsWith("ru") || t.startsWith("rus") || t.startsWith("рус")) {
            return Optional.of(RU);
        }
        return fromTag(t);
    }

    /** The language with this tag ("az", "ru-RU" → RU), if it is one of ours. */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        for (Language l : values()) {
            if (l.tag.equals(language)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The first of ours that an Accept-Language header asks for (by its weights), if any. */
    public static Optional<Language> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        List<String> tags = new ArrayList<>();
        for (Language l : values()) {
            tags.add(l.tag);
        }
        return fromTag(Locale.lookupTag(ranges, tags));
    }
}
