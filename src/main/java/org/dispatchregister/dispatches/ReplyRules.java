package org.dispatchregister.dispatches;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;


/**
 * The one definition of "answered", "counted for the response rate" and "overdue", shared by the
 * workflow pages, the dashboard, every report, the analytics and the API.
 * <ul>
 * <li><b>Answered</b> ⇔ the status is REPLIED, whether an answering reply moved it there or a clerk
 * set it by hand. An acknowledgement is not an answer: it moves a dispatch to ACKNOWLEDGED, which
 * still awaits a reply. Any other kind of reply moves it to REPLIED.</li>
 * <li><b>Counted for the response rate</b> ⇔ an original dispatch ({@link Dispatch#ORIGINAL}) that
 * expects a reply and went out and was not returned (SENT, DELIVERED, ACKNOWLEDGED or REPLIED): a body
 * is never ranked for public statements that asked nothing, nor for letters it never received.</li>
 * <li><b>Overdue</b> is derived, never stored: a reply is expected, the dispatch still awaits one, and
 * its due date has passed.</li>
 * </ul>
 */
public final class ReplyRules {

    /** Reply kinds that count as an answer (for REPLIED, the response rate and days to reply). */
    public static final Set<ReplyKind> ANSWER_KINDS = EnumSet.of(ReplyKind.SUBSTANTIVE, ReplyKind.HOLDING,
            ReplyKind.REFUSAL, ReplyKind.FORWARDED);

    /** Statuses of a dispatch that has gone out and still awaits an answer. */
    public static final Set<DispatchStatus> AWAITING = EnumSet.of(DispatchStatus.SENT, DispatchStatus.DELIVERED,
            DispatchStatus.ACKNOWLEDGED);

    /** Statuses of a dispatch counted for the response rate: it went out and was not returned. */
    public static final Set<DispatchStatus> RATE_STATUSES = EnumSet.of(DispatchStatus.SENT, DispatchStatus.DELIVERED,
            DispatchStatus.ACKNOWLEDGED, DispatchStatus.REPLIED);

    /** JPQL condition on a Dispatch aliased {@code d}: answered. Same rule as {@link #isAnswered}. */
    public static final String ANSWERED_JPQL = "d.status = org.dispatchregister.dispatches.DispatchStatus.REPLIED";

    /** JPQL condition on a Dispatch aliased {@code d}: counted for the response rate. Same rule as {@link #countsForRate}. */
    public static final String COUNTS_FOR_RATE_JPQL = Dispatch.ORIGINAL + " and d.replyExpected = true and d.status in ("
            + "org.dispatchregister.dispatches.DispatchStatus.SENT, org.dispatchregister.dispatches.DispatchStatus.DELIVERED, "
            + "org.dispatchregister.dispatches.DispatchStatus.ACKNOWLEDGED, org.dispatchregister.dispatches.DispatchStatus.REPLIED)";

    /** SQL condition on a dispatch aliased {@code d}, with one date parameter for today. */
    public static final String OVERDUE_SQL = "d.reply_expected = true and d.status in ('SENT','DELIVERED','ACKNOWLEDGED') "
            + "and d.reply_due_on is not null and d.reply_due_on < ?";

    /** JPQL condition on a Dispatch aliased {@code d}, with a named parameter {@code :today}. */
    public static final String OVERDUE_JPQL = "d.replyExpected = true and d.status in ("
            + "org.dispatchregister.dispatches.DispatchStatus.SENT, org.dispatchregister.dispatches.DispatchStatus.DELIVERED, "
            + "org.dispatchregister.dispatches.DispatchStatus.ACKNOWLEDGED) and d.replyDueOn is not null and d.replyDueOn < :today";

    private ReplyRules() {
    }

    /** Answered: the status is REPLIED. */
    public static boolean isAnswered(DispatchStatus status) {
        return status == DispatchStatus.REPLIED;
    }

    /** Counted for the response rate: original, a reply expected, went out and not returned. */
    public static boolean countsForRate(boolean original, boolean replyExpected, DispatchStatus status) {
        return original && replyExpected && RATE_STATUSES.contains(status);
    }

    /** Awaiting a reply: one is expected, and the dispatch went out and is neither answered nor returned. */
    public static boolean isAwaiting(boolean replyExpected, DispatchStatus status) {
        return replyExpected && AWAITING.contains(status);
    }

    public static boolean isOverdue(boolean replyExpected, DispatchStatus status, LocalDate dueOn, LocalDate today) {
        return isAwaiting(replyExpected, status) && dueOn != null && dueOn.isBefore(today);
    }

    /** The status a dispatch moves to when a reply of this kind is recorded against it. */
    public static DispatchStatus statusAfter(ReplyKind kind, DispatchStatus current) {
        if (ANSWER_KINDS.contains(kind)) {
            return DispatchStatus.REPLIED;
        }
        return current == DispatchStatus.REPLIED ? DispatchStatus.REPLIED : DispatchStatus.ACKNOWLEDGED;
    }
}
