package org.dispatchregister.reports;

import java.time.LocalDate;

import org.dispatchregister.dispatches.DispatchStatus;
import org.dispatchregister.dispatches.ReplyRules;

/** One original dispatch that went out, reduced to what the analytics group by. */
public record AnalyticsFact(String category, Long recipientId, String recipient, String kind, Long dispatchId, LocalDate sentOn,
        DispatchStatus status, boolean replyExpected, LocalDate firstAnswerOn) {

    /**
     * The facts as (recipient id, statement id, dispatch id, sent on, status, reply expected), read from the
     * dispatch table alone: names come from {@link #RECIPIENTS} and {@link #KINDS} (a few thousand rows each)
     * and the first answer from {@link ReportRules#FIRST_ANSWERS} (one grouped scan of the replies). Joining
     * the names in, and {@link ReportRules#FIRST_ANSWER}'s four subqueries per row, made the analytics of
     * 200,000 dispatches take seconds.
     */
    static final String SELECT = "select d.recipient.id, d.statement.id, d.id, d.sentOn, d.status, d.replyExpected from Dispatch d "
            + "where " + ReportRules.SENT_ORIGINAL + " and d.sentOn is not null";

    /** (recipient id, name, category name) of every body. */
    static final String RECIPIENTS = "select r.id, r.name, c.name from Recipient r left join r.category c";

    /** (statement id, kind name) of every statement. */
    static final String KINDS = "select s.id, k.name from Statement s join s.kind k";

    Integer daysToReply() {
        return ReportItem.days(sentOn, firstAnswerOn);
    }

    /** Answered, by {@link ReplyRules#isAnswered}. */
    boolean answered() {
        return ReplyRules.isAnswered(status);
    }

    /** Awaiting a reply, by {@link ReplyRules#isAwaiting}. */
    boolean awaiting() {
        return ReplyRules.isAwaiting(replyExpected, status);
    }

    /** Counted for the response rate, by {@link ReplyRules#countsForRate} (every fact is an original dispatch). */
    boolean countsForRate() {
        return ReplyRules.countsForRate(true, replyExpected, status);
    }
}
