package org.dispatchregister.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's clock in every test: real time, unless a test class fixes "today" for its figures
 * (ages, overdue, this year). Replaces the app's default clock bean, so fixed dates need no second
 * Quarkus start with another profile. The state is static so that test code can set it without
 * injection; a class that fixes it resets it in its @AfterAll.
 */
@ApplicationScoped
public class TestClock extends Clock {

    private static volatile Clock current = Clock.systemDefaultZone();

    /** From now on, "now" is 10:00 UTC on the given day. */
    public static void fix(LocalDate today) {
        current = Clock.fixed(today.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    /** Back to real time. */
    public static void reset() {
        current = Clock.systemDefaultZone();
    }

    @Override
    public ZoneId getZone() {
        return current.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return current.withZone(zone);
    }

    @Override
    public Instant instant() {
        return current.instant();
    }
}
