package org.dispatchregister.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
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
