package org.dispatchregister.reports;

import java.time.LocalDate;

import org.dispatchregister.dispatches.DispatchStatus;
import org.dispatchregister.dispatches.ReplyRules;

/** One original dispatch that went out, reduced to what the analytics group by. */
public record AnalyticsFact(String category, Long recipientId, String recipient, String kind, LocalDate sentOn,
        DispatchStatus status, boolean replyExpected, LocalDate firstAnswerOn) {

    static final String SELECT = "select new org.dispatchregister.reports.AnalyticsFact(c.name, r.id, r.name, k.name, d.sentOn, "
            + "d.status, d.replyExpected, " + ReportRules.FIRST_ANSWER + ") from Dispatch d join d.statement s join s.kind k "
            + "join d.recipient r left join r.category c where " + ReportRules.SENT_ORIGINAL + " and d.sentOn is not null";

    Integer daysToReply() {
        return ReportItem.days(sentOn, firstAnswerOn);
    }

    /** Answered, by {@link ReplyRules#isAnswered}. */
    boolean answered() {
        return ReplyRules.isAnswered(status);
    }

    /** Counted for the response rate, by {@link ReplyRules#countsForRate} (every fact is an original dispatch). */
    boolean countsForRate() {
        return ReplyRules.countsForRate(true, replyExpected, status);
    }
}
