package org.dispatchregister.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Report tests run on a fixed "today" (2025-07-01) so that ages and overdue figures can be computed
 * by hand. The alternative clock is enabled only for tests using this profile; the rest of the
 * suite keeps real time.
 */
public class FixedClockProfile implements QuarkusTestProfile {

    public static final LocalDate TODAY = LocalDate.of(2025, 7, 1);

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(FixedClockProducer.class);
    }

    @Alternative
    @ApplicationScoped
    public static class FixedClockProducer {
        @Produces
        @ApplicationScoped
        Clock clock() {
            return Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        }
    }
}
