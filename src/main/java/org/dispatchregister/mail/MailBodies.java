package org.dispatchregister.mail;

import java.util.Locale;

import org.dispatchregister.statements.Statement;
import org.dispatchregister.web.Language;
import org.dispatchregister.web.MailMsg;
import org.dispatchregister.web.Messages;

/**
 * The default subject and body of a statement's e-mail: our reference and the title; a body written for the kind
 * of statement (a note verbale in its formal phrasing, an appeal asking for a reply, a plain covering letter
 * otherwise), in the statement's language when it is one of the interface's, else English.
 */
final class MailBodies {

    private MailBodies() {
    }

    static String subject(Statement s) {
        return MimeBuilder.oneLine((s.reference == null ? "" : s.reference + " ") + s.title);
    }

    static String body(Statement s, String institution) {
        MailMsg msg = Messages.bundle(MailMsg.class, language(s.language));
        String ref = s.reference == null ? "" : s.reference;
        String date = s.issuedOn == null ? "" : s.issuedOn.toString();
        String code = s.kind.code == null ? "" : s.kind.code;
        return switch (code) {
            case "NOTE_VERBALE" -> msg.body_note_verbale(institution, ref, date, s.title);
            case "APPEAL", "LETTER" -> msg.body_appeal(institution, s.kind.name, ref, date, s.title);
            default -> msg.body_default(institution, s.kind.name, ref, date, s.title);
        };
    }

    static Language language(String statementLanguage) {
        String l = statementLanguage == null ? "" : statementLanguage.trim().toLowerCase(Locale.ROOT);
        if (l.startsWith("az")) {
            return Language.AZ;
        }
        if (l.startsWith("ru") || l.startsWith("рус")) {
            return Language.RU;
        }
        return Language.EN;
    }
}
