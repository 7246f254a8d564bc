package org.dispatchregister.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import io.quarkus.cache.CacheResult;

import org.dispatchregister.audit.AuditHistory;
import org.dispatchregister.common.RegisterConfig;
import org.dispatchregister.dispatches.DispatchStatus;
import org.dispatchregister.web.Messages;
import org.dispatchregister.web.ReportMsg;
import org.dispatchregister.web.RequestLanguage;

/**
 * Response-rate analytics in three queries: one projection row per original dispatch (grouped
 * here, because a median is not portable SQL), dispatches per month and answers per month
 * (grouped in SQL).
 */
@ApplicationScoped
public class AnalyticsService {

    static final int RANKED = 10;
    static final int MONTHS_SHOWN = 24;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RegisterConfig config;

    @Inject
    AuditHistory audit;

    /**
     * The analytics of a period as of today. Computing them reads every dispatch of the period, so the
     * result is kept until anything changes: the key holds the id of the latest audit line, which every
     * change writes (on whichever instance), so one indexed lookup tells whether a kept result still holds.
     */
    @Transactional
    public Analytics analytics(String fromText, String toText) {
        ReportPeriod.parseOpen(fromText, toText, "/reports/analytics");
        return computed(fromText == null ? "" : fromText.trim(), toText == null ? "" : toText.trim(), LocalDate.now(clock),
                audit.latestId(), RequestLanguage.current().tag());
    }

    /** Cached per language too: the charts' titles and the "No category" group are in the reader's language. */
    @CacheResult(cacheName = "analytics")
    @Transactional
    Analytics computed(String fromText, String toText, LocalDate today, long latestChange, String language) {
        ReportPeriod period = ReportPeriod.parseOpen(fromText, toText, "/reports/analytics");
        List<AnalyticsFact> facts = facts(em, period);
        int minSample = config.reports().minSample();

        GroupFigures overall = GroupFigures.of(facts, f -> "All", f -> 0L).stream().findFirst()
                .orElse(new GroupFigures("All", 0L, 0, 0, 0, null, null));
        List<GroupFigures> byCategory = sorted(GroupFigures.of(facts, f -> f.category() == null ? Messages.reports().no_category() : f.category(), f -> 0L));
        List<GroupFigures> byKind = sorted(GroupFigures.of(facts, AnalyticsFact::kind, f -> 0L));
        List<GroupFigures> byYear = sorted(GroupFigures.of(facts, f -> String.valueOf(f.sentOn().getYear()), f -> 0L));
        // ranked on the sample the rate is computed from: dispatches expecting a reply
        List<GroupFigures> ranked = GroupFigures.of(facts, AnalyticsFact::recipient, AnalyticsFact::recipientId).stream()
                .filter(g -> g.expectingReply() >= Math.max(1, minSample)).sorted(GroupFigures.best()).toList();
        // a body that answered nothing is never a "best responder"
        List<GroupFigures> best = ranked.stream().filter(g -> g.responseRate() > 0).limit(RANKED).toList();
        // worst: from the other end, never repeating a body already shown among the best
        List<GroupFigures> worst = ranked.stream().filter(g -> !best.contains(g)).sorted(GroupFigures.worst()).limit(RANKED)
                .toList();

        LocalDate monthsTo = period.to() != null ? period.to() : today;
        LocalDate monthsFrom = period.from() != null ? period.from()
                : YearMonth.from(monthsTo).minusMonths(MONTHS_SHOWN - 1L).atDay(1);
        List<Analytics.Month> months = months(monthsFrom, monthsTo);

        ReportMsg text = Messages.reports();
        Analytics.Charts charts = new Analytics.Charts(
                rateChart(text, text.chart_rate_category(), byCategory), rateChart(text, text.chart_rate_kind(), byKind),
                rateChart(text, text.chart_rate_year(), byYear),
                SvgChart.lines(text.chart_per_month(), text.col_month(), text.chart_count(),
                        months.stream().map(Analytics.Month::label).toList(),
                        List.of(new SvgChart.Series(text.col_dispatches_sent(), "#1f4e79", false,
                                months.stream().map(Analytics.Month::dispatches).toList()),
                                new SvgChart.Series(text.col_answers_received(), "#1e7b45", true,
                                        months.stream().map(Analytics.Month::replies).toList()))));
        return new Analytics(period, fromText, toText, overall,
                byCategory, byKind, byYear, best, worst, minSample, months, monthsFrom, monthsTo, charts);
    }

    /** Every original dispatch that went out in the period, as facts (also the annual summary's). */
    static List<AnalyticsFact> facts(EntityManager em, ReportPeriod period) {
        StringBuilder jpql = new StringBuilder(AnalyticsFact.SELECT);
        if (period.from() != null) {
            jpql.append(" and d.sentOn >= :from");
        }
        if (period.to() != null) {
            jpql.append(" and d.sentOn <= :to");
        }
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class).setParameter("notSent", ReportRules.NOT_SENT);
        if (period.from() != null) {
            query.setParameter("from", period.from());
        }
        if (period.to() != null) {
            query.setParameter("to", period.to());
        }
        Map<Long, Object[]> recipients = new HashMap<>();
        em.createQuery(AnalyticsFact.RECIPIENTS, Object[].class).getResultStream().forEach(r -> recipients.put((Long) r[0], r));
        Map<Long, String> kinds = new HashMap<>();
        em.createQuery(AnalyticsFact.KINDS, Object[].class).getResultStream().forEach(k -> kinds.put((Long) k[0], (String) k[1]));
        Map<Long, LocalDate> firstAnswers = new HashMap<>();
        em.createQuery(ReportRules.FIRST_ANSWERS, Object[].class).setParameter("answerKinds", ReportRules.ANSWER_KINDS)
                .getResultStream().forEach(a -> firstAnswers.put((Long) a[0], (LocalDate) a[1]));
        List<AnalyticsFact> facts = new ArrayList<>();
        query.getResultStream().forEach(d -> {
            Object[] recipient = recipients.get((Long) d[0]);
            facts.add(new AnalyticsFact((String) recipient[2], (Long) d[0], (String) recipient[1], kinds.get((Long) d[1]), (Long) d[2],
                    (LocalDate) d[3], (DispatchStatus) d[4], (Boolean) d[5], firstAnswers.get((Long) d[2])));
        });
        return facts;
    }

    private List<Analytics.Month> months(LocalDate from, LocalDate to) {
        Map<YearMonth, Long> sent = perMonth("select year(d.sentOn), month(d.sentOn), count(d.id) from Dispatch d where "
                + ReportRules.SENT_ORIGINAL + " and d.sentOn between :from and :to group by year(d.sentOn), month(d.sentOn)",
                from, to, true);
        Map<YearMonth, Long> answers = perMonth("select year(a.receivedOn), month(a.receivedOn), count(a.id) from Reply a "
                + "where a.kind in (:answerKinds) and a.receivedOn between :from and :to "
                + "group by year(a.receivedOn), month(a.receivedOn)", from, to, false);
        List<Analytics.Month> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(new Analytics.Month(RequestLanguage.current().month(m), sent.getOrDefault(m, 0L), answers.getOrDefault(m, 0L)));
        }
        return months;
    }

    private Map<YearMonth, Long> perMonth(String jpql, LocalDate from, LocalDate to, boolean dispatches) {
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class).setParameter("from", from).setParameter("to", to);
        if (dispatches) {
            query.setParameter("notSent", ReportRules.NOT_SENT);
        } else {
            query.setParameter("answerKinds", ReportRules.ANSWER_KINDS);
        }
        Map<YearMonth, Long> result = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            result.put(YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()), ((Number) row[2]).longValue());
        }
        return result;
    }

    private static List<GroupFigures> sorted(List<GroupFigures> groups) {
        return groups.stream().sorted(GroupFigures.byLabel()).toList();
    }

    private static io.quarkus.qute.RawString rateChart(ReportMsg text, String title, List<GroupFigures> groups) {
        return SvgChart.percentBars(title, text.chart_rate_axis(), text.chart_no_data(), groups.stream().map(GroupFigures::label).toList(),
                groups.stream().map(GroupFigures::responseRate).toList());
    }
}
