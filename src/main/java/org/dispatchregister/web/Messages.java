package org.dispatchregister.web;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The texts of {@link Msg} (and the other bundles) for Java code (flash and validation messages): in the request's language or a given one. */
public final class Messages {

    private Messages() {
    }

    public static Msg msg() {
        return msg(RequestLanguage.current());
    }

    public static Msg msg(Language language) {
        return bundle(Msg.class, language);
    }

    /** The texts of the reports and error pages ({@link ReportMsg}) in the request's language. */
    public static ReportMsg reports() {
        return bundle(ReportMsg.class, RequestLanguage.current());
    }

    /** The texts of the register's pages ({@link RegisterMsg}) in the request's language. */
    public static RegisterMsg register() {
        return bundle(RegisterMsg.class, RequestLanguage.current());
    }

    /** The texts of the administration's pages ({@link AdminMsg}) in the request's language. */
    public static AdminMsg admin() {
        return bundle(AdminMsg.class, RequestLanguage.current());
    }

    /** A bundle in a language: English is the bundle's default, the others its localized files. */
    public static <T> T bundle(Class<T> bundle, Language language) {
        return language == Language.EN ? MessageBundles.get(bundle) : MessageBundles.get(bundle, Localized.Literal.of(language.tag()));
    }

    /** The texts of the daily-use pages ({@link DailyMsg}) in the request's language. */
    public static DailyMsg daily() {
        Language language = RequestLanguage.current();
        return language == Language.EN ? MessageBundles.get(DailyMsg.class)
                : MessageBundles.get(DailyMsg.class, Localized.Literal.of(language.tag()));
    }

    /** The texts of e-mail ({@link MailMsg}) in the request's language. */
    public static MailMsg mail() {
        return bundle(MailMsg.class, RequestLanguage.current());
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
