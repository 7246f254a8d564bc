package org.dispatchregister.common;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.quarkus.arc.DefaultBean;

/**
 * The application's sense of "now". Everything that compares dates (lockouts, overdue replies)
 * injects this clock so tests can replace it with a fixed one.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
