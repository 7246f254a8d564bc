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

    @Transactional
    public RecipientReport report(Long id, ReportPeriod period, boolean children) {
        RecipientHead head = head(id);
        LocalDate today = LocalDate.now(clock);
        Set<Long> ids = scope.of(id, children);
        List<SentDispatch> sent = sentQuery(ids, period).getResultList();
        Map<Long, List<ReportReply>> replies = replies(ids, period, sent);
        List<ReportItem> items = new ArrayList<>(sent.size());
        for (SentDispatch d : sent) {
            items.add(ReportItem.of(d, today, replies.getOrDefault(d.dispatchId(), List.of())));
        }
        return RecipientReport.of(head, period, children, ids.size(), today, items);
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

    private Map<Long, List<ReportReply>> replies(Set<Long> ids, ReportPeriod period, List<SentDispatch> sent) {
        Map<Long, List<ReportReply>> byDispatch = new HashMap<>();
        if (sent.isEmpty()) {
            return byDispatch;
        }
        Map<Long, LocalDate> sentOn = new HashMap<>();
        sent.forEach(d -> sentOn.put(d.dispatchId(), d.sentOn()));
        String originals = "select d.id from Dispatch d join d.recipient r " + WHERE;
        em.createQuery(ReplyRow.query(originals), ReplyRow.class).setParameter("ids", ids)
                .setParameter("from", period.from()).setParameter("to", period.to())
                .setParameter("notSent", ReportRules.NOT_SENT).getResultList()
                .forEach(row -> byDispatch.computeIfAbsent(row.originalId(), k -> new ArrayList<>())
                        .add(row.toReport(sentOn.get(row.originalId()))));
        return byDispatch;
    }
}
