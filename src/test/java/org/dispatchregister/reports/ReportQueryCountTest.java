package org.dispatchregister.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.dispatchregister.support.Session;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Speed by design: the number of SQL statements a report runs does not depend on its number of
 * rows. The same reports over 5 and over 50 dispatches must prepare the same number of statements.
 */
@QuarkusTest
@TestProfile(FixedClockProfile.class)
class ReportQueryCountTest {

    @Inject
    SessionFactory sessionFactory;

    long statements(Runnable request) {
        request.run(); // warm up caches (sign-in state, templates) outside the measurement
        long before = sessionFactory.getStatistics().getPrepareStatementCount();
        request.run();
        return sessionFactory.getStatistics().getPrepareStatementCount() - before;
    }

    @Test
    void sameStatementCountFor5And50Dispatches() {
        assertTrue(sessionFactory.getStatistics().isStatisticsEnabled());
        ReportFixture small = ReportFixture.create();
        ReportFixture large = ReportFixture.create();
        large.addAnswered(45, "2025-06");
        Session viewer = Session.viewer();
        String range = "?from=2025-01-01&to=2025-06-30";
        for (String suffix : new String[] { "", "&children=true", "&format=csv", "&format=xlsx", "&format=pdf" }) {
            Supplier<String> url5 = () -> "/reports/recipients/" + small.parentId + range + suffix;
            Supplier<String> url50 = () -> "/reports/recipients/" + large.parentId + range + suffix;
            long for5 = statements(() -> assertEquals(200, viewer.get(url5.get()).statusCode()));
            long for50 = statements(() -> assertEquals(200, viewer.get(url50.get()).statusCode()));
            assertEquals(for5, for50, "statements for " + suffix);
            assertTrue(for5 <= 8, "a handful of statements, not one per row: " + for5 + " for " + suffix);
        }
        String body = viewer.get("/reports/recipients/" + large.parentId + range).asString();
        assertTrue(body.contains("data-figure=\"sent\">50<"), "the large report really has 50 rows");
        long stmt5 = statements(() -> viewer.get("/reports/statements/" + small.statement1Id).then().statusCode(200));
        long stmt50 = statements(() -> viewer.get("/reports/statements/" + large.statement1Id).then().statusCode(200));
        assertEquals(stmt5, stmt50, "statement report");
        long un5 = statements(() -> viewer.get("/reports/unanswered?category=" + small.categoryCode).then().statusCode(200));
        long un50 = statements(() -> viewer.get("/reports/unanswered?category=" + large.categoryCode).then().statusCode(200));
        assertEquals(un5, un50, "unanswered report");
    }
}
