package org.dispatchregister.reports;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.dispatchregister.dispatches.ReplyKind;
import org.dispatchregister.web.EnumLabels;

/** A reply as read for a report, keyed by the original dispatch it answers (itself or through a reminder). */
record ReplyRow(Long originalId, LocalDate receivedOn, ReplyKind kind, String theirReference, Long replyId) {

    /**
     * Replies to the dispatches {@code :originals} themselves and replies to their reminders, as
     * (original id, received on, kind, their reference, reply id): two selects in one statement, each
     * served by an index (reply.dispatch_id; dispatch.follow_up_of_id), where one "or" would scan.
     */
    static final String TO_ORIGINALS = "select ad.id, a.receivedOn, a.kind, a.theirReference, a.id "
            + "from Reply a join a.dispatch ad where ad.id in (:originals) "
            + "union all select ad.followUpOf.id, a.receivedOn, a.kind, a.theirReference, a.id "
            + "from Reply a join a.dispatch ad where ad.followUpOf.id in (:originals)";

    static ReplyRow of(Object[] row) {
        return new ReplyRow((Long) row[0], (LocalDate) row[1], (ReplyKind) row[2], (String) row[3], (Long) row[4]);
    }

    /** The order replies are listed in under their dispatch. */
    static final Comparator<ReplyRow> RECEIVED = Comparator.comparing(ReplyRow::receivedOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ReplyRow::replyId);

    /** Replies to the originals selected by {@code originals} (a subquery over d) or to their reminders. */
    static String query(String originals) {
        return "select new org.dispatchregister.reports.ReplyRow(coalesce(o.id, ad.id), a.receivedOn, a.kind, a.theirReference, a.id) "
                + "from Reply a join a.dispatch ad left join ad.followUpOf o where coalesce(o.id, ad.id) in (" + originals + ") "
                + "order by a.receivedOn, a.id";
    }

    ReportReply toReport(LocalDate originalSentOn) {
        return new ReportReply(receivedOn, EnumLabels.shown(kind), theirReference, ReportItem.days(originalSentOn, receivedOn),
                ReportRules.ANSWER_KINDS.contains(kind));
    }
}
