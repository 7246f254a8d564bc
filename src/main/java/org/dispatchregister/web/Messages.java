package org.dispatchregister.web;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The texts of {@link Msg} (and {@link ReportMsg}) for Java code (flash and validation messages): in the request's language or a given one. */
public final class Messages {

    private Messages() {
    }

    public static Msg msg() {
        return msg(RequestLanguage.current());
    }

    public static Msg msg(Language language) {
        return language == Language.EN ? MessageBundles.get(Msg.class)
                : MessageBundles.get(Msg.class, Localized.Literal.of(language.tag()));
    }

    /** The texts of the reports and error pages ({@link ReportMsg}) in the request's language. */
    public static ReportMsg reports() {
        Language language = RequestLanguage.current();
        return language == Language.EN ? MessageBundles.get(ReportMsg.class)
                : MessageBundles.get(ReportMsg.class, Localized.Literal.of(language.tag()));
    }

    /** The language choices of a select, each in its own language, after an optional blank choice. */
    public static List<Option> languageOptions(String blankLabel) {
        List<Option> options = new ArrayList<>();
        if (blankLabel != null) {
            options.add(new Option("", blankLabel));
        }
        for (Language l : Language.values()) {
            options.add(new Option(l.tag(), l.nativeName()));
        }
        return options;
    }
}
