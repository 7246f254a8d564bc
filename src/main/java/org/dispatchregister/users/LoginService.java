package org.dispatchregister.users;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.dispatchregister.audit.AuditLog;

import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * Checks a username and password, throttled per user name and client address ({@link LoginThrottle}).
 * Unknown user names and throttled ones get the same answers as known ones, so nothing tells an
 * attacker which accounts exist. Outcomes of browser sign-ins are written to the audit history.
 */
@ApplicationScoped
public class LoginService {

    public enum Outcome {
        OK, WRONG_PASSWORD, THROTTLED, INACTIVE
    }

    public record Result(Outcome outcome, StaffUser user, Duration retryAfter) {
    }

    // Compared against when the username does not exist, so the answer takes as long either way.
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not-a-real-password");

    @Inject
    AuditLog audit;

    @Inject
    LoginThrottle throttle;

    @Inject
    Clock clock;

    /**
     * @param recordSuccess whether a successful check is worth a history line: yes for the browser
     *        sign-in, no for HTTP Basic on every API call.
     */
    @Transactional
    public Result attempt(String username, String password, String address, boolean recordSuccess) {
        String what = recordSuccess ? "sign-in" : "API sign-in";
        Duration wait = throttle.waitFor(username, address, what);
        if (!wait.isZero()) {
            return new Result(Outcome.THROTTLED, null, wait);
        }
        StaffUser user = username == null ? null : StaffUser.findByUsername(username.trim());
        boolean matches = PasswordRules.matches(password, user == null ? DUMMY_HASH : user.passwordHash);
        if (user == null || !matches) {
            if (throttle.failed(username, address, what)) {
                audit.record(safe(username), "LOGIN_FAILED", "StaffUser", user == null ? null : user.id,
                        "Sign-in failed (" + what + (address == null ? "" : " from " + address) + ")");
            }
            return new Result(Outcome.WRONG_PASSWORD, null, Duration.ZERO);
        }
        throttle.succeeded(username);
        if (!user.active) {
            audit.record(user.username, "LOGIN_FAILED", "StaffUser", user.id, "Sign-in refused: account deactivated");
            return new Result(Outcome.INACTIVE, user, Duration.ZERO);
        }
        if (recordSuccess) {
            StaffUser.update("lastLoginAt = ?1 where id = ?2", LocalDateTime.now(clock), user.id);
            audit.record(user.username, "LOGIN", "StaffUser", user.id, "Signed in" + (address == null ? "" : " from " + address));
        }
        return new Result(Outcome.OK, user, Duration.ZERO);
    }

    /** The current-password check of My account, throttled like a sign-in: a stolen session must not guess it quickly. */
    public Result checkCurrentPassword(StaffUser user, String password, String address) {
        String what = "current password on My account";
        Duration wait = throttle.waitFor(user.username, address, what);
        if (!wait.isZero()) {
            return new Result(Outcome.THROTTLED, user, wait);
        }
        if (!PasswordRules.matches(password, user.passwordHash)) {
            if (throttle.failed(user.username, address, what)) {
                audit.record(user.username, "PASSWORD_CHECK_FAILED", "StaffUser", user.id, "Wrong current password on My account");
            }
            return new Result(Outcome.WRONG_PASSWORD, user, Duration.ZERO);
        }
        throttle.succeeded(user.username);
        return new Result(Outcome.OK, user, Duration.ZERO);
    }

    private static String safe(String username) {
        if (username == null || username.isBlank()) {
            return "(blank)";
        }
        String trimmed = username.trim();
        byte[] bytes = trimmed.getBytes(StandardCharsets.UTF_8);
        return bytes.length > 60 ? trimmed.substring(0, Math.min(trimmed.length(), 60)) : trimmed;
    }
}
