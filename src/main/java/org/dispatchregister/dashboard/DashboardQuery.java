package org.dispatchregister.dashboard;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.dispatchregister.dispatches.Dispatch;
import org.dispatchregister.dispatches.ReplyRules;

/** The dashboard figures for the current year, "today" from the injected clock. */
@ApplicationScoped
public class DashboardQuery {

    /** The headline numbers. {@code responseRate} is the share of dispatches expecting a reply that got an answer, in percent. */
    public record Figures(int year, long statements, long dispatches, long replies, Long responseRate, long awaitingOrAnswered,
            long overdue) {
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
        Object[] rate = em.createQuery("select count(d), sum(case when d.status = org.dispatchregister.dispatches.DispatchStatus.REPLIED "
                + "then 1 else 0 end) from Dispatch d where d.replyExpected = true and " + Dispatch.ORIGINAL + " and d.status not in "
                + "(org.dispatchregister.dispatches.DispatchStatus.PLANNED, org.dispatchregister.dispatches.DispatchStatus.WITHDRAWN, "
                + "org.dispatchregister.dispatches.DispatchStatus.RETURNED)", Object[].class).getSingleResult();
        long expected = ((Number) rate[0]).longValue();
        long answered = rate[1] == null ? 0 : ((Number) rate[1]).longValue();
        long overdue = em.createQuery("select count(d) from Dispatch d where " + ReplyRules.OVERDUE_JPQL, Long.class)
                .setParameter("today", today).getSingleResult();
        return new Figures(today.getYear(), statements, dispatches, replies, expected == 0 ? null : Math.round(100.0 * answered / expected),
                expected, overdue);
    }

    private long count(String jpql, LocalDate from, LocalDate to) {
        return em.createQuery(jpql, Long.class).setParameter("from", from).setParameter("to", to).getSingleResult();
    }
}
