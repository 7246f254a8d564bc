package org.dispatchregister.support;

import java.time.LocalDateTime;

import org.dispatchregister.common.Role;
import org.dispatchregister.users.StaffUser;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Staff accounts for tests; the admin password comes from %test.register.admin.password. */
public final class TestUsers {

    public static final String ADMIN_PASSWORD = "admin-test-password";
    public static final String PASSWORD = "test-password-1";

    private TestUsers() {
    }

    /** Creates (or reactivates and resets) a user with the given role; returns the username. */
    public static String ensure(String username, String role) {
        QuarkusTransaction.requiringNew().run(() -> {
            StaffUser user = StaffUser.findByUsername(username);
            if (user == null) {
                user = new StaffUser();
                user.username = username;
                user.createdAt = LocalDateTime.now();
            }
            user.displayName = "Test " + username;
            user.role = Role.valueOf(role);
            user.active = true;
            user.passwordHash = BcryptUtil.bcryptHash(PASSWORD);
            user.persist();
        });
        return username;
    }
}
