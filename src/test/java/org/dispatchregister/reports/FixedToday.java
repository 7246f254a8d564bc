package org.dispatchregister.reports;

import java.time.LocalDate;

import org.dispatchregister.support.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Report tests run on a fixed "today" (2025-07-01) so that ages and overdue figures can be computed by
 * hand. A test class implementing this sets the app's clock before its own @BeforeAll methods run
 * (JUnit runs inherited ones first) and gives real time back after its last test; the rest of the suite
 * keeps real time, and no second Quarkus start is needed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public interface FixedToday {

    LocalDate TODAY = LocalDate.of(2025, 7, 1);

    @BeforeAll
    default void fixToday() {
        TestClock.fix(TODAY);
    }

    @AfterAll
    default void realTimeAgain() {
        TestClock.reset();
    }
}
