package org.dispatchregister.users;

import java.time.Clock;
import java.time.LocalDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.dispatchregister.audit.AuditLog;
import org.dispatchregister.common.RegisterConfig;

import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * Checks a username and password, counting failures: too many within the window lock the account
 * for the window. Every outcome of a browser sign-in is written to the audit history.
 */
@ApplicationScoped
public class LoginService {

    public enum Outcome {
        OK, WRONG_PASSWORD, LOCKED, INACTIVE
    }

    public record Result(Outcome outcome, StaffUser user, LocalDateTime lockedUntil) {
    }

    // Compared against when the username does not exist, so the answer takes as long either way.
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not-a-real-password");

    @Inject
    RegisterConfig config;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * @param recordSuccess whether a successful check is worth a history line: yes for the browser
     *        sign-in, no for HTTP Basic on every API call.
     */
    @Transactional
    public Result attempt(String username, String password, boolean recordSuccess) {
        LocalDateTime now = LocalDateTime.now(clock);
        StaffUser user = username == null ? null : StaffUser.findByUsername(username.trim());
        if (user == null) {
            BcryptUtil.matches(password == null ? "" : password, DUMMY_HASH);
            audit.record(safe(username), "LOGIN_FAILED", "StaffUser", null, "Sign-in failed: unknown user name");
            return new Result(Outcome.WRONG_PASSWORD, null, null);
        }
        if (user.lockedUntil != null && now.isBefore(user.lockedUntil)) {
            audit.record(user.username, "LOGIN_LOCKED", "StaffUser", user.id, "Sign-in refused: account locked");
            return new Result(Outcome.LOCKED, user, user.lockedUntil);
        }
        if (password == null || !BcryptUtil.matches(password, user.passwordHash)) {
            return recordFailure(user, now);
        }
        if (!user.active) {
            audit.record(user.username, "LOGIN_FAILED", "StaffUser", user.id, "Sign-in refused: account deactivated");
            return new Result(Outcome.INACTIVE, user, null);
        }
        if (recordSuccess) {
            StaffUser.update("failedLogins = 0, firstFailedAt = null, lockedUntil = null, lastLoginAt = ?1 where id = ?2",
                    now, user.id);
            audit.record(user.username, "LOGIN", "StaffUser", user.id, "Signed in");
        } else if (user.failedLogins > 0 || user.lockedUntil != null) {
            StaffUser.update("failedLogins = 0, firstFailedAt = null, lockedUntil = null where id = ?1", user.id);
        }
        return new Result(Outcome.OK, user, null);
    }

    /*
     * Sign-in bookkeeping is written with bulk updates: they do not bump the record's version (a user
     * signing in must not make an administrator's open edit form stale), and the counter is
     * incremented in the database so concurrent failures are all counted.
     */
    private Result recordFailure(StaffUser user, LocalDateTime now) {
        var window = config.login().lockoutWindow();
        if (user.firstFailedAt == null || user.firstFailedAt.plus(window).isBefore(now)) {
            StaffUser.update("failedLogins = 1, firstFailedAt = ?1 where id = ?2", now, user.id);
        } else {
            StaffUser.update("failedLogins = failedLogins + 1 where id = ?1", user.id);
        }
        int failures = StaffUser.getEntityManager()
                .createQuery("select u.failedLogins from StaffUser u where u.id = ?1", Integer.class)
                .setParameter(1, user.id).getSingleResult();
        audit.record(user.username, "LOGIN_FAILED", "StaffUser", user.id,
                "Sign-in failed: wrong password (" + failures + " of " + config.login().maxFailures() + ")");
        if (failures >= config.login().maxFailures()) {
            LocalDateTime until = now.plus(window);
            StaffUser.update("lockedUntil = ?1, failedLogins = 0, firstFailedAt = null where id = ?2", until, user.id);
            audit.record(user.username, "LOCKOUT", "StaffUser", user.id, "Account locked until " + until.withNano(0));
            return new Result(Outcome.LOCKED, user, until);
        }
        return new Result(Outcome.WRONG_PASSWORD, user, null);
    }

    private static String safe(String username) {
        if (username == null || username.isBlank()) {
            return "(blank)";
        }
        String trimmed = username.trim();
        return trimmed.length() > 60 ? trimmed.substring(0, 60) : trimmed;
    }
}
