package org.dispatchregister.reports;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.dispatchregister.dispatches.Dispatch;
import org.dispatchregister.dispatches.DispatchStatus;
import org.dispatchregister.dispatches.ReplyRules;
import org.dispatchregister.recipients.Channel;
import org.dispatchregister.web.EnumLabels;

/** A dispatch that expects a reply and has none: projection row plus its age and overdue state as of today. */
public record UnansweredRow(Long recipientId, String recipient, String category, Long statementId, String reference,
        String title, String kind, LocalDate sentOn, LocalDate replyDueOn, DispatchStatus status, Channel channel,
        Long reminders, LocalDate today) {

    /** Which dispatches the report lists: the from and where clauses shared by its rows and its per-body totals. */
    static final String FROM_WHERE = "from Dispatch d join d.statement s join s.kind k join d.recipient r left join r.category c "
            + "where " + Dispatch.ORIGINAL + " and d.replyExpected = true and d.status in (:awaiting) and " + ReportRules.UNANSWERED;

    static final String SELECT = "select new org.dispatchregister.reports.UnansweredRow(r.id, r.name, c.name, s.id, s.reference, "
            + "s.title, k.name, d.sentOn, d.replyDueOn, d.status, d.channel, " + ReportRules.REMINDERS + ") " + FROM_WHERE;

    /** The projection's constructor: today is set afterwards with {@link #on}. */
    public UnansweredRow(Long recipientId, String recipient, String category, Long statementId, String reference, String title,
            String kind, LocalDate sentOn, LocalDate replyDueOn, DispatchStatus status, Channel channel, Long reminders) {
        this(recipientId, recipient, category, statementId, reference, title, kind, sentOn, replyDueOn, status, channel, reminders,
                null);
    }

    UnansweredRow on(LocalDate day) {
        return new UnansweredRow(recipientId, recipient, category, statementId, reference, title, kind, sentOn, replyDueOn, status,
                channel, reminders, day);
    }

    public Integer ageDays() {
        return sentOn == null ? null : (int) ChronoUnit.DAYS.between(sentOn, today);
    }

    public boolean overdue() {
        return ReplyRules.isOverdue(true, status, replyDueOn, today);
    }

    public String statusLabel() {
        return ReportItem.label(status.name());
    }

    public String channelLabel() {
        return channel == null ? "" : EnumLabels.shown(channel);
    }
}
