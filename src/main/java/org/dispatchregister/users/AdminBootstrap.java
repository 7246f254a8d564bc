package org.dispatchregister.users;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.dispatchregister.common.RegisterConfig;
import org.dispatchregister.common.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;

/** First start with no users: creates "admin" so somebody can sign in and create the others. */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Inject
    RegisterConfig config;

    @Inject
    Clock clock;

    @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080")
    int port;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (StaffUser.count() > 0) {
            LOG.infof("Dispatch Register is running: sign in at http://localhost:%d/login", port);
            return;
        }
        String configured = config.admin().password().filter(p -> !p.isBlank()).orElse(null);
        String password = configured != null ? configured : randomPassword();
        StaffUser admin = new StaffUser();
        admin.username = "admin";
        admin.displayName = "Administrator";
        admin.role = Role.ADMIN;
        admin.active = true;
        admin.passwordHash = BcryptUtil.bcryptHash(password);
        admin.createdAt = LocalDateTime.now(clock);
        admin.persist();
        if (configured == null) {
            // Printed once, on purpose: this is the only way the operator learns the first password.
            LOG.warnf("%n%n    First start: created user 'admin' with password  %s%n"
                    + "    Sign in at http://localhost:%d/login and change it under 'My account'.%n", password, port);
        } else {
            LOG.infof("First start: created user 'admin' with the password from register.admin.password; "
                    + "sign in at http://localhost:%d/login", port);
        }
    }

    static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
