package org.dispatchregister.reports;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.dispatchregister.dispatches.DispatchStatus;
import org.dispatchregister.dispatches.ReplyRules;
import org.dispatchregister.mail.MailProof;
import org.dispatchregister.web.EnumLabels;
import org.dispatchregister.web.Enums;
import org.dispatchregister.web.RequestLanguage;

/**
 * One dispatch in a report: what was sent, to whom, how, where it stands, the replies, the days to
 * the first answer, and whether it is overdue today.
 */
public record ReportItem(Long dispatchId, LocalDate sentOn, Long statementId, String reference, String kind, String title,
        Long recipientId, String recipient, String viaList, String channel, String status, boolean replyExpected,
        LocalDate replyDueOn, LocalDate firstReplyOn, Integer daysToReply, boolean overdue, long reminders,
        List<ReportReply> replies, MailProof email) {

    /** With the proof of the e-mail that carried it, when it was sent from the register. */
    static ReportItem of(SentDispatch d, LocalDate today, List<ReportReply> replies) {
        return new ReportItem(d.dispatchId(), d.sentOn(), d.statementId(), d.reference(), d.kind(), d.title(), d.recipientId(),
                d.recipientName(), d.viaList(), d.channel() == null ? null : EnumLabels.shown(d.channel()), d.status().name(),
                d.replyExpected(), d.replyDueOn(), d.firstAnswerOn(), days(d.sentOn(), d.firstAnswerOn()),
                ReplyRules.isOverdue(d.replyExpected(), d.status(), d.replyDueOn(), today),
                d.reminders() == null ? 0 : d.reminders(), replies, d.email());
    }

    static Integer days(LocalDate sentOn, LocalDate receivedOn) {
        if (sentOn == null || receivedOn == null) {
            return null;
        }
        return (int) ChronoUnit.DAYS.between(sentOn, receivedOn);
    }

    /** Answered, by the one rule of {@link ReplyRules#isAnswered} (a status set to REPLIED by hand counts). */
    public boolean replied() {
        return ReplyRules.isAnswered(DispatchStatus.valueOf(status));
    }

    /** Counted for the response rate by {@link ReplyRules#countsForRate}; a report lists original dispatches only. */
    public boolean countsForRate() {
        return ReplyRules.countsForRate(true, replyExpected, DispatchStatus.valueOf(status));
    }

    /** The status in words: "Acknowledged". */
    public String statusLabel() {
        return ReportItem.label(status);
    }

    /** A dispatch status code in the reader's language, capitalised as a table cell: "Acknowledged", "Göndərilib". */
    static String label(String code) {
        DispatchStatus status = Enums.parse(DispatchStatus.class, code);
        String words = status == null ? code : EnumLabels.shown(status);
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(RequestLanguage.current().locale()) + words.substring(1);
    }

    /** For the status badge: ok, warn or bad. */
    public String statusClass() {
        if (overdue) {
            return "bad";
        }
        return switch (status) {
            case "REPLIED" -> "ok";
            case "RETURNED" -> "bad";
            case "PLANNED", "WITHDRAWN" -> "off";
            default -> "warn";
        };
    }
}
