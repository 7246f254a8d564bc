package org.dispatchregister.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dispatchregister.common.RegisterConfig;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * The language of this request: the signed-in user's choice, else the {@value #COOKIE} cookie (set by
 * the sign-in page's switcher), else the browser's Accept-Language, else register.default-locale.
 * Templates see it as {inject:lang}.
 */
@Named("lang")
@RequestScoped
public class RequestLanguage {

    public static final String COOKIE = "dr-lang";

    @Inject
    Instance<UserLanguage> userLanguage;

    @Inject
    CurrentVertxRequest request;

    @Inject
    RegisterConfig config;

    private static final LocalDate EXAMPLE = LocalDate.of(2026, 2, 23);

    private Language language;

    @PostConstruct
    void resolve() {
        String path = path();
        if (path != null && (path.equals("/api") || path.startsWith("/api/"))) {
            // the API is language-neutral: codes, ISO dates, English messages unless the client asks for another
            language = Language.fromAcceptLanguage(header("Accept-Language")).orElse(Language.EN);
            return;
        }
        language = userChoice()
                .or(() -> Language.fromTag(cookie()))
                .or(() -> Language.fromAcceptLanguage(header("Accept-Language")))
                .or(() -> Language.fromTag(config.defaultLocale()))
                .orElse(Language.EN);
    }

    private Optional<Language> userChoice() {
        for (UserLanguage source : userLanguage) {
            Optional<Language> chosen = source.chosen();
            if (chosen.isPresent()) {
                return chosen;
            }
        }
        return Optional.empty();
    }

    private String cookie() {
        RoutingContext rc = request.getCurrent();
        Cookie c = rc == null ? null : rc.request().getCookie(COOKIE);
        return c == null ? null : c.getValue();
    }

    private String path() {
        RoutingContext rc = request.getCurrent();
        return rc == null ? null : rc.normalizedPath();
    }

    private String header(String name) {
        RoutingContext rc = request.getCurrent();
        return rc == null ? null : rc.request().getHeader(name);
    }

    public Language getLanguage() {
        return language;
    }

    /** For &lt;html lang&gt;. */
    public String getTag() {
        return language.tag();
    }

    public Locale getLocale() {
        return language.locale();
    }

    /** 23.02.2026 or 23 Feb 2026: how this language writes a date, shown as the example in date fields. */
    public String getDateExample() {
        return language.format(EXAMPLE);
    }

    public String format(LocalDate date) {
        return language.format(date);
    }

    public String format(LocalDateTime dateTime) {
        return language.format(dateTime);
    }

    /** The language of the request being served, or the configured default outside a request (startup, jobs). */
    public static Language current() {
        var container = Arc.container();
        if (container != null && container.requestContext().isActive()) {
            return container.instance(RequestLanguage.class).get().getLanguage();
        }
        return Language.fromTag(defaultTag()).orElse(Language.EN);
    }

    private static String defaultTag() {
        try {
            return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getOptionalValue("register.default-locale", String.class).orElse("en");
        } catch (RuntimeException noConfig) {
            return "en";
        }
    }
}
