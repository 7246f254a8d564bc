package org.dispatchregister.users;

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

    public record Status(String username, String displayName, Set<String> roles, boolean active, long loadedAtNanos) {
    }

    private final Map<String, Status> entries = new ConcurrentHashMap<>();

    @ActivateRequestContext
    public Status get(String username) {
        String key = username.toLowerCase();
        Status cached = entries.get(key);
        if (cached != null && System.nanoTime() - cached.loadedAtNanos() < TTL.toNanos()) {
            return cached;
        }
        StaffUser user = StaffUser.findByUsername(username);
        Status fresh = user == null ? new Status(username, username, Set.of(), false, System.nanoTime())
                : new Status(user.username, user.displayName, user.role.grantedRoles(), user.active, System.nanoTime());
        entries.put(key, fresh);
        return fresh;
    }

    public void evict(String username) {
        entries.remove(username.toLowerCase());
    }
}
