package org.dispatchregister.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.dispatchregister.common.RegisterConfig;

/**
 * What every printed report carries besides its content: the institution's header and footer from
 * the configuration, the print date, and the print stylesheet (static/report-print.css), inlined
 * because the PDF renderer fetches nothing.
 */
public record PrintInfo(String institution, String header, String footer, LocalDate printedOn, String css) {

    @ApplicationScoped
    public static class Source {

        static final String STYLESHEET = "META-INF/resources/static/report-print.css";

        @Inject
        RegisterConfig config;

        @Inject
        Clock clock;

        private volatile String css;

        public PrintInfo now() {
            return new PrintInfo(config.institution().name(), config.institution().header(), config.reports().footer(),
                    LocalDate.now(clock), stylesheet());
        }

        private String stylesheet() {
            if (css == null) {
                try (InputStream in = PrintInfo.class.getClassLoader().getResourceAsStream(STYLESHEET)) {
                    css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return css;
        }
    }
}
