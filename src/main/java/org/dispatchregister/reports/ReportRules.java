package org.dispatchregister.reports;

import java.util.EnumSet;
import java.util.Set;

import org.dispatchregister.dispatches.Dispatch;
import org.dispatchregister.dispatches.DispatchStatus;
import org.dispatchregister.dispatches.ReplyKind;
import org.dispatchregister.dispatches.ReplyRules;

/**
 * How the reports read the register, in JPQL fragments over a Dispatch aliased {@code d}. The
 * meaning of "answered" and "awaiting" comes from {@link ReplyRules}; this class only adds what a
 * report counts: an original dispatch ({@link Dispatch#ORIGINAL}) that went out (neither planned
 * nor withdrawn). A reply linked to a reminder answers the original it follows up.
 */
final class ReportRules {

    /** Statuses of a dispatch that never went out. */
    static final Set<DispatchStatus> NOT_SENT = EnumSet.of(DispatchStatus.PLANNED, DispatchStatus.WITHDRAWN);

    /** Parameter values for {@code :answerKinds}. */
    static final Set<ReplyKind> ANSWER_KINDS = ReplyRules.ANSWER_KINDS;

    /** Parameter values for {@code :awaiting}. */
    static final Set<DispatchStatus> AWAITING = ReplyRules.AWAITING;

    /** An original dispatch that went out; parameter {@code :notSent}. */
    static final String SENT_ORIGINAL = Dispatch.ORIGINAL + " and d.status not in (:notSent)";

    /*
     * Replies to d itself and replies to d's reminders are looked up by two separate subqueries, each
     * served by an index (reply.dispatch_id; dispatch.follow_up_of_id). One subquery with
     * "ad.id = d.id or ad.followUpOf.id = d.id" cannot use either index and scanned every reply
     * for every dispatch: minutes on 200,000 dispatches.
     */
    private static final String FIRST_DIRECT = "(select min(a.receivedOn) from Reply a "
            + "where a.dispatch.id = d.id and a.kind in (:answerKinds))";
    private static final String FIRST_VIA_REMINDER = "(select min(a.receivedOn) from Reply a join a.dispatch ad "
            + "where ad.followUpOf.id = d.id and a.kind in (:answerKinds))";

    /** The date of the first answering reply to d or to one of its reminders; parameter {@code :answerKinds}. */
    static final String FIRST_ANSWER = "(case when " + FIRST_DIRECT + " is null then " + FIRST_VIA_REMINDER
            + " when " + FIRST_VIA_REMINDER + " is null then " + FIRST_DIRECT
            + " when " + FIRST_DIRECT + " <= " + FIRST_VIA_REMINDER + " then " + FIRST_DIRECT
            + " else " + FIRST_VIA_REMINDER + " end)";

    /** How many reminders (follow-ups that went out) d has had; parameter {@code :notSent}. */
    /**
     * The same date as {@link #FIRST_ANSWER} for every original dispatch at once: rows of (original
     * dispatch id, first answer), grouped over the answering replies to it or to its reminders; parameter
     * {@code :answerKinds}. For reports over many dispatches, where one scan beats subqueries per row.
     */
    static final String FIRST_ANSWERS = "select coalesce(ad.followUpOf.id, ad.id), min(a.receivedOn) from Reply a join a.dispatch ad "
            + "where a.kind in (:answerKinds) group by coalesce(ad.followUpOf.id, ad.id)";

    static final String REMINDERS = "(select count(f.id) from Dispatch f where f.followUpOf.id = d.id and f.status not in (:notSent))";

    /** No answering reply to d or its reminders; parameter {@code :answerKinds}. */
    static final String UNANSWERED = "not exists (select a.id from Reply a where a.dispatch.id = d.id and a.kind in (:answerKinds)) "
            + "and not exists (select a.id from Reply a join a.dispatch ad where ad.followUpOf.id = d.id and a.kind in (:answerKinds))";

    private ReportRules() {
    }
}
