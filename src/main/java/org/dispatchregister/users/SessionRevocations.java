package org.dispatchregister.users;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.dispatchregister.audit.AuditLog;

/**
 * Ending sessions. Session cookies are encrypted and kept by the browser, so ending one means
 * remembering, in the database (every instance reads it with the user's status), either that one
 * session id (sign-out, until the cookie would have expired anyway) or a new session generation for
 * the user (every earlier session ends: sign out everywhere, password change or reset, deactivation).
 */
@ApplicationScoped
public class SessionRevocations {

    @Inject
    UserStatusCache statusCache;

    @Inject
    SessionCookie cookie;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Ends one session (sign-out): a copy of its cookie no longer works anywhere. */
    @Transactional
    public void endSession(String username, String sessionId) {
        LocalDateTime now = LocalDateTime.now(clock);
        var em = StaffUser.getEntityManager();
        em.createNativeQuery("delete from revoked_session where expires_at < ?1").setParameter(1, now).executeUpdate();
        em.createNativeQuery("insert into revoked_session (session_id, username, expires_at) values (?1, ?2, ?3)")
                .setParameter(1, sessionId).setParameter(2, username)
                .setParameter(3, now.plus(cookie.timeout()).plusMinutes(5)).executeUpdate();
        statusCache.evict(username);
    }

    /**
     * Ends every session of the user (a bulk update: no version bump, so an administrator's open edit
     * form of the user does not become stale). Returns the new generation.
     */
    @Transactional
    public int endAllSessions(StaffUser user, String why) {
        StaffUser.update("sessionGeneration = sessionGeneration + 1 where id = ?1", user.id);
        int generation = StaffUser.getEntityManager()
                .createQuery("select u.sessionGeneration from StaffUser u where u.id = ?1", Integer.class)
                .setParameter(1, user.id).getSingleResult();
        audit.record("SESSIONS_ENDED", "StaffUser", user.id, "Every session of " + user.username + " ended: " + why);
        statusCache.evict(user.username);
        return generation;
    }

    /** Signed-out sessions of the user whose cookies could still be valid. */
    static Set<String> revokedSessionIds(String username) {
        @SuppressWarnings("unchecked")
        List<String> ids = StaffUser.getEntityManager()
                .createNativeQuery("select session_id from revoked_session where username = ?1").setParameter(1, username)
                .getResultList();
        return ids.isEmpty() ? Set.of() : new HashSet<>(ids);
    }
}
