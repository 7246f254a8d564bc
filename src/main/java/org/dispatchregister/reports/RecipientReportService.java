package org.dispatchregister.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.dispatchregister.common.NotFound;
import org.dispatchregister.web.PageInfo;
import org.hibernate.jpa.HibernateHints;

/**
 * Builds the per-recipient report: the body, its descendants when asked, the dispatches sent to
 * them in the period with their replies. A fixed number of queries whatever the number of rows:
 * the head, one per hierarchy level, the dispatches, the replies.
 */
@ApplicationScoped
public class RecipientReportService {

    private static final String WHERE = "where r.id in (:ids) and " + ReportRules.SENT_ORIGINAL
            + " and d.sentOn between :from and :to";

    @Inject
    EntityManager em;

    @Inject
    RecipientScope scope;

    @Inject
    Clock clock;

    /** The body, or 404. */
    @Transactional
    public RecipientHead head(Long id) {
        return NotFound.orThrow(em.createQuery(RecipientHead.SELECT + "where r.id = :id", RecipientHead.class)
                .setParameter("id", id).getResultStream().findFirst().orElse(null));
    }

    /** The whole report, every row with its replies: the PDF and the API. */
    @Transactional
    public RecipientReport report(Long id, ReportPeriod period, boolean children) {
        return report(id, period, children, 1, Integer.MAX_VALUE);
    }

    /**
     * The figures over every dispatch of the period, and the rows of one page with their replies (the
     * replies are read for that page only): a busy body's report costs about the same as a quiet one's.
     * A page past the end shows the last one.
     */
    @Transactional
    public RecipientReport report(Long id, ReportPeriod period, boolean children, int page, int pageSize) {
        RecipientHead head = head(id);
        LocalDate today = LocalDate.now(clock);
        Set<Long> ids = scope.of(id, children);
        List<SentDispatch> sent = sentQuery(ids, period).getResultList();
        ReportTotals totals = ReportTotals.of(sent.stream().map(d -> ReportItem.of(d, today, List.of())).toList());
        int shown = PageInfo.within(page, sent.size(), pageSize);
        int first = (int) Math.min(sent.size(), (long) (shown - 1) * pageSize);
        List<SentDispatch> onPage = sent.subList(first, (int) Math.min(sent.size(), (long) first + pageSize));
        Map<Long, List<ReportReply>> replies = replies(ids, period, onPage, onPage.size() == sent.size());
        List<ReportItem> items = new ArrayList<>(onPage.size());
        for (SentDispatch d : onPage) {
            items.add(ReportItem.of(d, today, replies.getOrDefault(d.dispatchId(), List.of())));
        }
        return RecipientReport.of(head, period, children, ids.size(), today, totals, shown, pageSize, items);
    }

    /**
     * Feeds the report's dispatches (without their reply lists) to the sink one by one from a
     * scrolling query: for exports that must not hold the whole report in memory. Call inside a transaction.
     */
    public void stream(Long id, ReportPeriod period, boolean children, Consumer<ReportItem> sink) {
        LocalDate today = LocalDate.now(clock);
        Set<Long> ids = scope.of(id, children);
        try (Stream<SentDispatch> rows = sentQuery(ids, period).setHint(HibernateHints.HINT_FETCH_SIZE, 200).getResultStream()) {
            rows.forEach(d -> sink.accept(ReportItem.of(d, today, List.of())));
        }
    }

    private TypedQuery<SentDispatch> sentQuery(Set<Long> ids, ReportPeriod period) {
        return em.createQuery(SentDispatch.SELECT + WHERE + " order by d.sentOn, d.id", SentDispatch.class)
                .setParameter("ids", ids).setParameter("from", period.from()).setParameter("to", period.to())
                .setParameter("notSent", ReportRules.NOT_SENT).setParameter("answerKinds", ReportRules.ANSWER_KINDS);
    }

    /**
     * The replies to the listed dispatches or to their reminders, by original dispatch: for every row of the
     * period through a subquery, for a page through its ids (at most a page's worth); one statement either way.
     */
    private Map<Long, List<ReportReply>> replies(Set<Long> ids, ReportPeriod period, List<SentDispatch> listed, boolean everyRow) {
        Map<Long, List<ReportReply>> byDispatch = new HashMap<>();
        if (listed.isEmpty()) {
            return byDispatch;
        }
        Map<Long, LocalDate> sentOn = new HashMap<>();
        listed.forEach(d -> sentOn.put(d.dispatchId(), d.sentOn()));
        List<ReplyRow> rows;
        if (everyRow) {
            rows = em.createQuery(ReplyRow.query("select d.id from Dispatch d join d.recipient r " + WHERE), ReplyRow.class)
                    .setParameter("ids", ids).setParameter("from", period.from()).setParameter("to", period.to())
                    .setParameter("notSent", ReportRules.NOT_SENT).getResultList();
        } else {
            rows = new ArrayList<>(em.createQuery(ReplyRow.TO_ORIGINALS, Object[].class).setParameter("originals", sentOn.keySet())
                    .getResultStream().map(ReplyRow::of).toList());
            rows.sort(ReplyRow.RECEIVED);
        }
        rows.forEach(row -> byDispatch.computeIfAbsent(row.originalId(), k -> new ArrayList<>())
                .add(row.toReport(sentOn.get(row.originalId()))));
        return byDispatch;
    }
}
