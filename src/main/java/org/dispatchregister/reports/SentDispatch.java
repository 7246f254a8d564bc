package org.dispatchregister.reports;

import java.time.LocalDate;

import org.dispatchregister.dispatches.DispatchStatus;
import org.dispatchregister.recipients.Channel;

/** One original dispatch as the reports read it (a JPQL constructor projection, never an entity). */
public record SentDispatch(Long dispatchId, LocalDate sentOn, Long statementId, String reference, String kind, String title,
        Long recipientId, String recipientName, String viaList, Channel channel, DispatchStatus status, boolean replyExpected,
        LocalDate replyDueOn, LocalDate firstAnswerOn, Long reminders, String emailMessageId, java.time.LocalDateTime emailAcceptedAt,
        String emailAddresses) {

    /** The proof of the e-mail that carried this dispatch (one per dispatch at most), or null. */
    org.dispatchregister.mail.MailProof email() {
        return emailMessageId == null ? null : new org.dispatchregister.mail.MailProof(emailMessageId, emailAcceptedAt, emailAddresses);
    }

    /** The accepted e-mail of d, read in the same statement as the row (a report page stays a handful of statements). */
    private static final String EMAIL = "(select max(m.%s) from MailSend m where m.dispatch = d and m.state = org.dispatchregister.mail.MailState.SENT)";

    /** The select list matching the constructor, over d (Dispatch), s (Statement), k (kind), r (Recipient), l (list). */
    static final String SELECT = "select new org.dispatchregister.reports.SentDispatch(d.id, d.sentOn, s.id, s.reference, k.name, "
            + "s.title, r.id, r.name, l.name, d.channel, d.status, d.replyExpected, d.replyDueOn, " + ReportRules.FIRST_ANSWER
            + ", " + ReportRules.REMINDERS + ", " + EMAIL.formatted("messageId") + ", " + EMAIL.formatted("acceptedAt") + ", "
            + EMAIL.formatted("addresses") + ") from Dispatch d join d.statement s join s.kind k join d.recipient r "
            + "left join d.viaList l ";
}
