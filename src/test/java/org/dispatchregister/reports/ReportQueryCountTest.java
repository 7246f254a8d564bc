package org.dispatchregister.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Speed by design: the number of SQL statements a report runs does not depend on its number of
 * rows. Each report builder (the page/PDF model and the streamed export) runs over 5 and over 50
 * dispatches and must prepare the same number of statements (Hibernate statistics). Measured on
 * the services, so the sign-in cache's own queries do not blur the count.
 */
@QuarkusTest
class ReportQueryCountTest implements FixedToday {

    static final ReportPeriod H1 = new ReportPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));

    @Inject
    SessionFactory sessionFactory;

    @Inject
    RecipientReportService recipients;

    @Inject
    StatementReportService statements;

    @Inject
    UnansweredReportService unanswered;

    @Inject
    AnalyticsService analytics;

    long statements(Runnable work) {
        long before = sessionFactory.getStatistics().getPrepareStatementCount();
        work.run();
        return sessionFactory.getStatistics().getPrepareStatementCount() - before;
    }

    void sameCount(String what, Runnable small, Runnable large) {
        long for5 = statements(small);
        long for50 = statements(large);
        assertEquals(for5, for50, what);
        assertTrue(for5 <= 6, what + ": a handful of statements, not one per row: " + for5);
    }

    @Test
    void sameStatementCountFor5And50Dispatches() {
        assertTrue(sessionFactory.getStatistics().isStatisticsEnabled());
        ReportFixture small = ReportFixture.create();
        ReportFixture large = ReportFixture.create();
        large.addAnswered(45, "2025-06");
        assertEquals(5, recipients.report(small.parentId, H1, false).sent());
        assertEquals(50, recipients.report(large.parentId, H1, false).sent());

        sameCount("recipient report", () -> recipients.report(small.parentId, H1, false),
                () -> recipients.report(large.parentId, H1, false));
        sameCount("recipient report with offices", () -> recipients.report(small.parentId, H1, true),
                () -> recipients.report(large.parentId, H1, true));
        sameCount("one page of the recipient report", () -> recipients.report(small.parentId, H1, true, 2, 3),
                () -> recipients.report(large.parentId, H1, true, 2, 3));
        AtomicInteger rows = new AtomicInteger();
        sameCount("recipient export", () -> QuarkusTransaction.requiringNew().run(() -> recipients.stream(small.parentId, H1, true, i -> rows.incrementAndGet())),
                () -> QuarkusTransaction.requiringNew().run(() -> recipients.stream(large.parentId, H1, true, i -> rows.incrementAndGet())));
        assertEquals(8 + 53, rows.get(), "both exports streamed every row");

        sameCount("statement report", () -> statements.report(small.statement1Id), () -> statements.report(large.statement1Id));
        sameCount("statement export", () -> QuarkusTransaction.requiringNew().run(() -> statements.stream(small.statement1Id, i -> { })),
                () -> QuarkusTransaction.requiringNew().run(() -> statements.stream(large.statement1Id, i -> { })));

        UnansweredReport.Filter smallFilter = unanswered.filter(null, null, small.categoryCode, null);
        UnansweredReport.Filter largeFilter = unanswered.filter(null, null, large.categoryCode, null);
        sameCount("unanswered", () -> unanswered.report(smallFilter), () -> unanswered.report(largeFilter));
        sameCount("one page of the unanswered report", () -> unanswered.report(smallFilter, 1, 1),
                () -> unanswered.report(largeFilter, 1, 1));
        long analyticsBefore = statements(() -> analytics.analytics("2025-01-01", "2025-06-30"));
        large.addAnswered(45, "2025-05");
        long analyticsAfter = statements(() -> analytics.analytics("2025-01-01", "2025-06-30"));
        assertEquals(analyticsBefore, analyticsAfter, "analytics before and after 45 more dispatches");
    }

    @Test
    void analyticsAreKeptUntilTheNextChange() {
        ReportFixture f = ReportFixture.create();
        Analytics first = analytics.analytics("2025-01-01", "2025-12-31");
        assertEquals(1, statements(() -> analytics.analytics("2025-01-01", "2025-12-31")), "only the check for a change");
        assertSame(first, analytics.analytics(" 2025-01-01", "2025-12-31 "), "the same period, typed with spaces");
        f.addAnswered(3, "2025-05");
        Analytics after = analytics.analytics("2025-01-01", "2025-12-31");
        assertEquals(first.overall().sent() + 3, after.overall().sent(), "recomputed after the change");
        assertEquals(first.overall().replied() + 3, after.overall().replied());
    }
}
