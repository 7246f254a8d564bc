package org.dispatchregister.dispatches;

import java.time.LocalDate;
import java.util.Locale;

import org.dispatchregister.web.Language;

/**
 * The default text of a reminder, citing our reference and date, in the language of the letter (the
 * recipient's working language unless the clerk chooses another); the clerk edits it before sending. Dates are
 * written out as letters write them: 4 November 2020, 4 noyabr 2020-ci il, 4 ноября 2020 г.
 */
public final class ReminderLetter {

    private ReminderLetter() {
    }

    /** The English letter. */
    public static String text(String recipientName, String kindName, String reference, LocalDate issuedOn, String title,
            LocalDate sentOn, LocalDate dueOn) {
        return text(Language.EN, recipientName, kindName, reference, issuedOn, title, sentOn, dueOn);
    }

    public static String text(Language language, String recipientName, String kindName, String reference, LocalDate issuedOn,
            String title, LocalDate sentOn, LocalDate dueOn) {
        return switch (language) {
            case AZ -> azerbaijani(recipientName, reference, issuedOn, title, sentOn, dueOn);
            case RU -> russian(recipientName, reference, issuedOn, title, sentOn, dueOn);
            case EN -> english(recipientName, kindName, reference, issuedOn, title, sentOn, dueOn);
        };
    }

    private static String english(String recipientName, String kindName, String reference, LocalDate issuedOn, String title,
            LocalDate sentOn, LocalDate dueOn) {
        Language en = Language.EN;
        String what = "our " + (kindName == null ? "statement" : kindName.toLowerCase(Locale.ENGLISH));
        String ref = reference == null ? "" : " ref. " + reference;
        String of = issuedOn == null ? "" : " of " + en.writtenDate(issuedOn);
        StringBuilder text = new StringBuilder();
        text.append("To: ").append(recipientName).append("\n\n");
        text.append("We refer to ").append(what).append(ref).append(of);
        text.append(", \"").append(title).append("\"");
        if (sentOn != null) {
            text.append(", transmitted to you on ").append(en.writtenDate(sentOn));
        }
        text.append(", to which we have not yet received a reply");
        if (dueOn != null) {
            text.append(" (a reply was expected by ").append(en.writtenDate(dueOn)).append(")");
        }
        text.append(".\n\nWe would be grateful to receive your response at your earliest convenience, "
                + "quoting our reference. Should it have crossed with this reminder, please disregard this letter.");
        return text.toString();
    }

    private static String azerbaijani(String recipientName, String reference, LocalDate issuedOn, String title, LocalDate sentOn,
            LocalDate dueOn) {
        Language az = Language.AZ;
        StringBuilder text = new StringBuilder();
        text.append("Kimə: ").append(recipientName).append("\n\n");
        text.append("Bizim");
        if (issuedOn != null) {
            text.append(' ').append(az.writtenDate(issuedOn)).append(" tarixli");
        }
        if (reference != null) {
            text.append(' ').append(reference).append(" nömrəli");
        }
        text.append(" “").append(title).append("” sənədimizə istinad edirik");
        if (sentOn != null) {
            text.append(". Həmin sənəd Sizə ").append(az.writtenDate(sentOn)).append(" tarixində göndərilmişdir");
        }
        text.append(", lakin ona hələ cavab almamışıq");
        if (dueOn != null) {
            text.append(" (cavabın ").append(az.writtenDate(dueOn)).append(" tarixinədək verilməsi gözlənilirdi)");
        }
        text.append(".\n\nNömrəmizə istinadla cavabınızı mümkün qədər tez almağımıza görə minnətdar olarıq. "
                + "Cavabınız bu xatırlatma ilə eyni vaxtda göndərilibsə, xahiş edirik, bu məktubu nəzərə almayasınız.");
        return text.toString();
    }

    private static String russian(String recipientName, String reference, LocalDate issuedOn, String title, LocalDate sentOn,
            LocalDate dueOn) {
        Language ru = Language.RU;
        StringBuilder text = new StringBuilder();
        text.append("Кому: ").append(recipientName).append("\n\n");
        text.append("Ссылаемся на наш документ");
        if (reference != null) {
            text.append(" № ").append(reference);
        }
        if (issuedOn != null) {
            text.append(" от ").append(ru.writtenDate(issuedOn));
        }
        text.append(" «").append(title).append("»");
        if (sentOn != null) {
            text.append(", направленный Вам ").append(ru.writtenDate(sentOn));
        }
        text.append(", ответ на который до настоящего времени не получен");
        if (dueOn != null) {
            text.append(" (ответ ожидался до ").append(ru.writtenDate(dueOn)).append(")");
        }
        text.append(".\n\nБудем признательны за ответ в возможно короткий срок со ссылкой на наш номер. "
                + "Если Ваш ответ был направлен одновременно с настоящим напоминанием, просим не принимать это письмо во внимание.");
        return text.toString();
    }
}
