package org.dispatchregister.recipients;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.dispatchregister.support.Session;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The register listing reads a full page with one row query and one count, whatever the rows. */
@QuarkusTest
class RecipientListStatementsTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void aPageOfFiftyRowsTakesAtMostTwoStatements() {
        String tag = RegisterFixtures.uniqueAcronym();
        Recipient parent = RegisterFixtures.body("Parent " + tag, null, null);
        for (int i = 0; i < 62; i++) {
            RegisterFixtures.body(String.format("Counted %s %02d", tag, i), null, parent.id, "alias " + i);
        }
        Session viewer = Session.viewer();
        String url = "/recipients?q=counted+" + tag + "&sort=country&dir=desc";
        viewer.get(url).then().statusCode(200); // warms the sign-in status and category caches
        Statistics stats = sessionFactory.getStatistics();
        stats.clear();
        viewer.get(url).then().statusCode(200).body(containsString("1–50 of 62")).body(containsString("Parent " + tag));
        long statements = stats.getPrepareStatementCount();
        assertTrue(statements <= 2, "statements for a 50-row page: " + statements);
        stats.clear();
        viewer.get(url + "&page=2").then().statusCode(200).body(containsString("51–62 of 62"));
        assertTrue(stats.getPrepareStatementCount() <= 2, "page 2: " + stats.getPrepareStatementCount());
    }
}
