package org.dispatchregister.users;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

/**
 * Whether a signed-in user may still act, checked on every request that carries a session cookie,
 * so deactivating a user or changing a role takes effect on sessions already open. Entries live a
 * few seconds: changes made on this instance evict at once; another instance sees them within the TTL.
 */
@ApplicationScoped
public class UserStatusCache {

    static final Duration TTL = Duration.ofSeconds(5);

    /**
     * What a request needs to know about its user: roles, whether still active, the session generation
     * (sessions of an earlier one have ended), the sessions that were signed out and the chosen language.
     */
    public record Status(String username, String displayName, Set<String> roles, boolean active, int sessionGeneration,
            Set<String> revokedSessions, String language, long loadedAtNanos) {

        /** Whether a session cookie of this generation and id may still act for the user. */
        public boolean accepts(SessionCookie.Value session) {
            return active && session.generation() == sessionGeneration && !revokedSessions.contains(session.sessionId());
        }
    }

    /** How long a password verified for HTTP Basic is trusted without running bcrypt again. */
    static final Duration CREDENTIAL_TTL = Duration.ofSeconds(60);

    private record Verified(byte[] digest, long verifiedAtNanos) {
    }

    private final Map<String, Status> entries = new ConcurrentHashMap<>();
    // bcrypt costs tens of milliseconds by design; an API script sends the password on every call.
    private final Map<String, Verified> verifiedPasswords = new ConcurrentHashMap<>();
    private final byte[] salt = new byte[32];

    public UserStatusCache() {
        new SecureRandom().nextBytes(salt);
    }

    /** Whether this exact password was verified for this user within the credential TTL. */
    public boolean recentlyVerified(String username, String password) {
        Verified v = verifiedPasswords.get(username.toLowerCase());
        return v != null && System.nanoTime() - v.verifiedAtNanos() < CREDENTIAL_TTL.toNanos()
                && MessageDigest.isEqual(v.digest(), digest(password));
    }

    public void rememberVerified(String username, String password) {
        verifiedPasswords.put(username.toLowerCase(), new Verified(digest(password), System.nanoTime()));
    }

    private byte[] digest(String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @ActivateRequestContext
    public Status get(String username) {
        String key = username.toLowerCase();
        Status cached = entries.get(key);
        if (cached != null && System.nanoTime() - cached.loadedAtNanos() < TTL.toNanos()) {
            return cached;
        }
        StaffUser user = StaffUser.findByUsername(username);
        Status fresh = user == null ? new Status(username, username, Set.of(), false, -1, Set.of(), null, System.nanoTime())
                : new Status(user.username, user.displayName, user.role.grantedRoles(), user.active, user.sessionGeneration,
                        SessionRevocations.revokedSessionIds(user.username), user.language, System.nanoTime());
        entries.put(key, fresh);
        return fresh;
    }

    /** Forgets the user's status and any verified password: call on every change to the account. */
    public void evict(String username) {
        entries.remove(username.toLowerCase());
        verifiedPasswords.remove(username.toLowerCase());
    }
}
