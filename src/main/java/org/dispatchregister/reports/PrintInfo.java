package org.dispatchregister.reports;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.dispatchregister.common.RegisterConfig;

/** The running header and footer of printed reports, from the configuration. */
public record PrintInfo(String institution, String header, String footer, LocalDate printedOn) {

    @ApplicationScoped
    public static class Source {
        @Inject
        RegisterConfig config;

        @Inject
        Clock clock;

        public PrintInfo now() {
            return new PrintInfo(config.institution().name(), config.institution().header(), config.reports().footer(),
                    LocalDate.now(clock));
        }
    }
}
