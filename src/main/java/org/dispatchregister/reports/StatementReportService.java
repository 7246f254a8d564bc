package org.dispatchregister.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.dispatchregister.common.NotFound;
import org.dispatchregister.dispatches.Dispatch;
import org.dispatchregister.dispatches.DispatchStatus;
import org.hibernate.jpa.HibernateHints;

/**
 * Builds the per-statement distribution report in four queries: the statement, its original
 * dispatches (planned and withdrawn included, so the status counts add up), their replies, and
 * the counts by status.
 */
@ApplicationScoped
public class StatementReportService {

    private static final String WHERE = "where s.id = :id and " + Dispatch.ORIGINAL;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public StatementReport.Head head(Long id) {
        return NotFound.orThrow(em.createQuery(StatementReport.Head.SELECT + "where s.id = :id", StatementReport.Head.class)
                .setParameter("id", id).getResultStream().findFirst().orElse(null));
    }

    @Transactional
    public StatementReport report(Long id) {
        StatementReport.Head head = head(id);
        LocalDate today = LocalDate.now(clock);
        List<SentDispatch> rows = query(id).getResultList();
        Map<Long, List<ReportReply>> replies = replies(id, rows);
        List<ReportItem> items = new ArrayList<>(rows.size());
        for (SentDispatch d : rows) {
            items.add(ReportItem.of(d, today, replies.getOrDefault(d.dispatchId(), List.of())));
        }
        List<ReportItem> wentOut = items.stream()
                .filter(i -> !ReportRules.NOT_SENT.contains(DispatchStatus.valueOf(i.status()))).toList();
        return new StatementReport(head, today, ReportTotals.of(wentOut), byStatus(id), items);
    }

    /** The dispatches one by one from a scrolling query, for exports. Call inside a transaction. */
    public void stream(Long id, Consumer<ReportItem> sink) {
        LocalDate today = LocalDate.now(clock);
        try (Stream<SentDispatch> rows = query(id).setHint(HibernateHints.HINT_FETCH_SIZE, 200).getResultStream()) {
            rows.forEach(d -> sink.accept(ReportItem.of(d, today, List.of())));
        }
    }

    private TypedQuery<SentDispatch> query(Long id) {
        return em.createQuery(SentDispatch.SELECT + WHERE + " order by r.sortName, r.name, d.id", SentDispatch.class)
                .setParameter("id", id).setParameter("notSent", ReportRules.NOT_SENT)
                .setParameter("answerKinds", ReportRules.ANSWER_KINDS);
    }

    private Map<Long, List<ReportReply>> replies(Long id, List<SentDispatch> rows) {
        Map<Long, List<ReportReply>> byDispatch = new HashMap<>();
        if (rows.isEmpty()) {
            return byDispatch;
        }
        Map<Long, LocalDate> sentOn = new HashMap<>();
        rows.forEach(d -> sentOn.put(d.dispatchId(), d.sentOn()));
        em.createQuery(ReplyRow.query("select d.id from Dispatch d join d.statement s " + WHERE), ReplyRow.class)
                .setParameter("id", id).getResultList()
                .forEach(row -> byDispatch.computeIfAbsent(row.originalId(), k -> new ArrayList<>())
                        .add(row.toReport(sentOn.get(row.originalId()))));
        return byDispatch;
    }

    private List<StatementReport.StatusCount> byStatus(Long id) {
        Map<DispatchStatus, Long> counts = new HashMap<>();
        em.createQuery("select d.status, count(d.id) from Dispatch d where d.statement.id = :id and " + Dispatch.ORIGINAL
                + " group by d.status", Object[].class).setParameter("id", id).getResultList()
                .forEach(row -> counts.put((DispatchStatus) row[0], (Long) row[1]));
        List<StatementReport.StatusCount> result = new ArrayList<>();
        for (DispatchStatus status : DispatchStatus.values()) {
            if (counts.containsKey(status)) {
                result.add(new StatementReport.StatusCount(status.name(), counts.get(status)));
            }
        }
        return result;
    }
}
