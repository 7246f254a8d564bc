package org.dispatchregister.reports;

import java.time.LocalDate;

import org.dispatchregister.dispatches.ReplyKind;

/** A reply as read for a report, keyed by the original dispatch it answers (itself or through a reminder). */
record ReplyRow(Long originalId, LocalDate receivedOn, ReplyKind kind, String theirReference) {

    /** Replies to the originals selected by {@code originals} (a subquery over d) or to their reminders. */
    static String query(String originals) {
        return "select new org.dispatchregister.reports.ReplyRow(coalesce(o.id, ad.id), a.receivedOn, a.kind, a.theirReference) "
                + "from Reply a join a.dispatch ad left join ad.followUpOf o where coalesce(o.id, ad.id) in (" + originals + ") "
                + "order by a.receivedOn, a.id";
    }

    ReportReply toReport(LocalDate originalSentOn) {
        return new ReportReply(receivedOn, kind.label, theirReference, ReportItem.days(originalSentOn, receivedOn),
                ReportRules.ANSWER_KINDS.contains(kind));
    }
}
