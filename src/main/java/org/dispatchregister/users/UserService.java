package org.dispatchregister.users;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import org.dispatchregister.common.NotFound;
import org.dispatchregister.common.Role;
import org.dispatchregister.web.FormErrors;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.panache.common.Sort;

/** Creating and changing staff accounts. Each change evicts the session status cache. */
@ApplicationScoped
public class UserService {

    @Inject
    UserStatusCache statusCache;

    @Inject
    Clock clock;

    public List<StaffUser> list() {
        return StaffUser.listAll(Sort.by("username"));
    }

    public StaffUser get(Long id) {
        return NotFound.orThrow(StaffUser.findById(id));
    }

    @Transactional
    public StaffUser create(UserForm form, FormErrors errors) {
        if (form.username() != null && StaffUser.findByUsername(form.username().trim()) != null) {
            errors.add("username", "This user name is taken");
        }
        PasswordRules.check("password", form.password(), errors);
        if (errors.isPresent()) {
            return null;
        }
        StaffUser user = new StaffUser();
        user.username = form.username().trim();
        user.displayName = form.displayName().trim();
        user.role = Role.valueOf(form.role());
        user.active = form.isActive();
        user.passwordHash = BcryptUtil.bcryptHash(form.password());
        user.createdAt = LocalDateTime.now(clock);
        user.persist();
        return user;
    }

    /** Updates name, role and active flag; the form's version must match (else a stale edit). */
    @Transactional
    public void update(Long id, UserForm form, String actingUsername, FormErrors errors) {
        StaffUser user = get(id);
        if (form.version() == null || form.version() != user.version) {
            throw new OptimisticLockException("stale user form");
        }
        StaffUser sameName = StaffUser.findByUsername(form.username().trim());
        if (sameName != null && !sameName.id.equals(id)) {
            errors.add("username", "This user name is taken");
        }
        boolean self = user.username.equalsIgnoreCase(actingUsername);
        if (self && (!form.isActive() || !"ADMIN".equals(form.role()))) {
            errors.add("role", "You cannot remove your own administrator role or deactivate yourself");
        }
        if (errors.isPresent()) {
            return;
        }
        String oldName = user.username;
        user.username = form.username().trim();
        user.displayName = form.displayName().trim();
        user.role = Role.valueOf(form.role());
        user.active = form.isActive();
        // Flush here, not at commit: a save that raced another one fails inside this method, where the
        // page can still answer 409 with the user's input kept.
        StaffUser.flush();
        statusCache.evict(oldName);
        statusCache.evict(user.username);
    }

    @Transactional
    public void resetPassword(Long id, String newPassword, FormErrors errors) {
        PasswordRules.check("password", newPassword, errors);
        if (errors.isPresent()) {
            return;
        }
        StaffUser user = get(id);
        user.passwordHash = BcryptUtil.bcryptHash(newPassword);
        user.lockedUntil = null;
        user.failedLogins = 0;
        user.firstFailedAt = null;
        statusCache.evict(user.username);
    }

    @Transactional
    public void changeOwnPassword(String username, String current, String next, String confirm, FormErrors errors) {
        StaffUser user = NotFound.orThrow(StaffUser.findByUsername(username));
        if (current == null || !BcryptUtil.matches(current, user.passwordHash)) {
            errors.add("current", "This is not your current password");
        }
        PasswordRules.check("password", next, errors);
        if (next != null && !next.equals(confirm)) {
            errors.add("confirm", "The two new passwords differ");
        }
        if (errors.isPresent()) {
            return;
        }
        user.passwordHash = BcryptUtil.bcryptHash(next);
        statusCache.evict(user.username);
    }
}
