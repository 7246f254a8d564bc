package org.dispatchregister.dashboard;

import org.dispatchregister.web.RequestLanguage;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.dispatchregister.dispatches.Dispatch;
import org.dispatchregister.dispatches.ReplyRules;
import org.dispatchregister.reports.ReportStats;

/** The dashboard figures for the current year, "today" from the injected clock. */
@ApplicationScoped
public class DashboardQuery {

    /**
     * The headline numbers. {@code replies} counts every letter received, acknowledgements included;
     * {@code responseRate} is the share of the dispatches counted for the rate ({@code expectingReply},
     * all years, by {@link ReplyRules}) that are answered, in percent, as in the reports and analytics.
     */
    public record Figures(int year, long statements, long dispatches, long replies, Double responseRate, long expectingReply,
            long overdue) {

        public String responseRateShown() {
            return RequestLanguage.current().percent(responseRate);
        }
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Figures figures() {
        LocalDate today = today();
        LocalDate from = today.withDayOfYear(1);
        LocalDate to = from.plusYears(1);
        long statements = count("select count(s) from Statement s where s.status = org.dispatchregister.statements.StatementStatus.ISSUED "
                + "and s.issuedOn >= :from and s.issuedOn < :to", from, to);
        long dispatches = count("select count(d) from Dispatch d where " + Dispatch.ORIGINAL + " and d.sentOn >= :from and d.sentOn < :to "
                + "and d.status not in (org.dispatchregister.dispatches.DispatchStatus.PLANNED, "
                + "org.dispatchregister.dispatches.DispatchStatus.WITHDRAWN)", from, to);
        long replies = count("select count(r) from Reply r where r.receivedOn >= :from and r.receivedOn < :to", from, to);
        Object[] rate = em.createQuery("select count(d), sum(case when " + ReplyRules.ANSWERED_JPQL + " then 1 else 0 end) "
                + "from Dispatch d where " + ReplyRules.COUNTS_FOR_RATE_JPQL, Object[].class).getSingleResult();
        long expected = ((Number) rate[0]).longValue();
        long answered = rate[1] == null ? 0 : ((Number) rate[1]).longValue();
        long overdue = em.createQuery("select count(d) from Dispatch d where " + ReplyRules.OVERDUE_JPQL, Long.class)
                .setParameter("today", today).getSingleResult();
        return new Figures(today.getYear(), statements, dispatches, replies, ReportStats.responseRate(expected, answered), expected,
                overdue);
    }

    private long count(String jpql, LocalDate from, LocalDate to) {
        return em.createQuery(jpql, Long.class).setParameter("from", from).setParameter("to", to).getSingleResult();
    }
}
