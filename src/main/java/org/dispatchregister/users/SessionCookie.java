package org.dispatchregister.users;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.http.runtime.security.PersistentLoginManager;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/**
 * The encrypted session cookie (AES-GCM, Quarkus' own {@link PersistentLoginManager}): an idle
 * expiry plus {@code generation:sessionId:username}. Renewed at most once a minute while in use.
 */
@ApplicationScoped
public class SessionCookie {

    /** The contents of a session cookie. */
    public record Value(int generation, String sessionId, String username) {

        String encode() {
            return generation + ":" + sessionId + ":" + username;
        }

        static Value parse(String text) {
            String[] parts = text == null ? new String[0] : text.split(":", 3);
            if (parts.length != 3 || parts[1].isEmpty() || parts[2].isEmpty()) {
                return null;
            }
            try {
                return new Value(Integer.parseInt(parts[0]), parts[1], parts[2]);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "dr-session")
    String name;

    @ConfigProperty(name = "quarkus.http.auth.form.timeout", defaultValue = "PT8H")
    Duration timeout;

    @ConfigProperty(name = "quarkus.http.auth.form.new-cookie-interval", defaultValue = "PT1M")
    Duration renewInterval;

    @Inject
    SessionKey key;

    private final SecureRandom random = new SecureRandom();
    private PersistentLoginManager manager;

    @PostConstruct
    void init() {
        manager = new PersistentLoginManager(key.key(), name, timeout.toMillis(), renewInterval.toMillis(), true,
                CookieSameSite.STRICT.name(), "/", -1, null);
    }

    public String name() {
        return name;
    }

    public Duration timeout() {
        return timeout;
    }

    /** The cookie's contents and whether it is due for renewal; null if absent, expired or not ours. */
    PersistentLoginManager.RestoreResult restore(RoutingContext context) {
        return manager.restore(context);
    }

    /** Sets the cookie for a new session (restored == null) or renews it when due. */
    void write(RoutingContext context, Value value, PersistentLoginManager.RestoreResult restored) {
        manager.save(value.encode(), context, name, restored, context.request().isSSL());
    }

    /** A session id: 128 random bits. */
    String newSessionId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Removes the cookie from the browser. */
    void clear(RoutingContext context) {
        context.response().addCookie(Cookie.cookie(name, "").setPath("/").setMaxAge(0).setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT).setSecure(context.request().isSSL()));
    }
}
