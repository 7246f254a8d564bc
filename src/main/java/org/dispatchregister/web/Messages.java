package org.dispatchregister.web;

import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.arc.Arc;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;
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

    /** The texts written by Java code (flash messages, form errors) ({@link NoticeMsg}) in the request's language. */
    public static NoticeMsg notices() {
        return bundle(NoticeMsg.class, RequestLanguage.current());
    }

    /** A count as the request's language writes it (4,000 / 4.000 / 4 000). */
    public static String number(long value) {
        return RequestLanguage.current().number(value);
    }

    /** A bundle in a language: English is the bundle's default, the others its localized files. */
    public static <T> T bundle(Class<T> bundle, Language language) {
        if (Arc.container() == null) {
            return english(bundle);
        }
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

    /**
     * Outside a running application (plain unit tests of rules that write messages) the English texts of the
     * annotations, their {parameters} filled in.
     */
    static <T> T english(Class<T> bundle) {
        return bundle.cast(Proxy.newProxyInstance(bundle.getClassLoader(), new Class<?>[] { bundle }, (proxy, method, args) -> {
            Message message = method.getAnnotation(Message.class);
            if (message == null) {
                throw new UnsupportedOperationException(method.getName());
            }
            String text = message.value();
            Parameter[] parameters = method.getParameters();
            for (int i = 0; i < parameters.length; i++) {
                Object value = args[i] instanceof LocalDate d ? Language.EN.format(d) : args[i];
                text = text.replace("{" + parameters[i].getName() + "}", String.valueOf(value));
            }
            return text;
        }));
    }
}
