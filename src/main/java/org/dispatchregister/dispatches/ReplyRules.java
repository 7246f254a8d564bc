package org.dispatchregister.dispatches;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;


/**
 * The one definition of "answered" and "overdue", shared by the workflow pages and the reports.
 * An acknowledgement is not an answer: it moves a dispatch to ACKNOWLEDGED, which still awaits a
 * reply. Any other kind of reply moves it to REPLIED. Overdue is derived, never stored: a reply is
 * expected, the dispatch still awaits one, and its due date has passed.
 */
public final class ReplyRules {

    /** Reply kinds that count as an answer (for REPLIED, the response rate and days to reply). */
    public static final Set<ReplyKind> ANSWER_KINDS = EnumSet.of(ReplyKind.SUBSTANTIVE, ReplyKind.HOLDING,
            ReplyKind.REFUSAL, ReplyKind.FORWARDED);

    /** Statuses of a dispatch that has gone out and still awaits an answer. */
    public static final Set<DispatchStatus> AWAITING = EnumSet.of(DispatchStatus.SENT, DispatchStatus.DELIVERED,
            DispatchStatus.ACKNOWLEDGED);

    /** SQL condition on a dispatch aliased {@code d}, with one date parameter for today. */
    public static final String OVERDUE_SQL = "d.reply_expected = true and d.status in ('SENT','DELIVERED','ACKNOWLEDGED') "
            + "and d.reply_due_on is not null and d.reply_due_on < ?";

    /** JPQL condition on a Dispatch aliased {@code d}, with a named parameter {@code :today}. */
    public static final String OVERDUE_JPQL = "d.replyExpected = true and d.status in ("
            + "org.dispatchregister.dispatches.DispatchStatus.SENT, org.dispatchregister.dispatches.DispatchStatus.DELIVERED, "
            + "org.dispatchregister.dispatches.DispatchStatus.ACKNOWLEDGED) and d.replyDueOn is not null and d.replyDueOn < :today";

    private ReplyRules() {
    }

    public static boolean isOverdue(boolean replyExpected, DispatchStatus status, LocalDate dueOn, LocalDate today) {
        return replyExpected && AWAITING.contains(status) && dueOn != null && dueOn.isBefore(today);
    }

    /** The status a dispatch moves to when a reply of this kind is recorded against it. */
    public static DispatchStatus statusAfter(ReplyKind kind, DispatchStatus current) {
        if (ANSWER_KINDS.contains(kind)) {
            return DispatchStatus.REPLIED;
        }
        return current == DispatchStatus.REPLIED ? DispatchStatus.REPLIED : DispatchStatus.ACKNOWLEDGED;
    }
}
