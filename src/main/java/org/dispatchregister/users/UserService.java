package org.dispatchregister.users;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.dispatchregister.web.Messages;
import org.dispatchregister.common.NotFound;
import org.dispatchregister.common.Role;
import org.dispatchregister.web.Versions;
import org.dispatchregister.web.FormErrors;
import org.dispatchregister.web.Language;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.panache.common.Sort;

/** Creating and changing staff accounts. Each change evicts the session status cache. */
@ApplicationScoped
public class UserService {

    @Inject
    UserStatusCache statusCache;

    @Inject
    LoginService logins;

    @Inject
    LoginThrottle throttle;

    @Inject
    Clock clock;

    public List<StaffUser> list() {
        return StaffUser.listAll(Sort.by("username"));
    }

    public StaffUser byUsername(String username) {
        return NotFound.orThrow(StaffUser.findByUsername(username));
    }

    public StaffUser get(Long id) {
        return NotFound.orThrow(StaffUser.findById(id));
    }

    @Transactional
    public StaffUser create(UserForm form, FormErrors errors) {
        if (form.username() != null && StaffUser.findByUsername(form.username().trim()) != null) {
            errors.add("username", Messages.notices().user_name_taken());
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
        user.language = languageTag(form.language());
        user.passwordHash = BcryptUtil.bcryptHash(form.password());
        user.createdAt = LocalDateTime.now(clock);
        user.persist();
        return user;
    }

    /** Updates name, role and active flag; the form's version must match (else a stale edit). */
    @Transactional
    public void update(Long id, UserForm form, String actingUsername, FormErrors errors) {
        StaffUser user = get(id);
        Versions.check(form.version(), user.version);
        StaffUser sameName = StaffUser.findByUsername(form.username().trim());
        if (sameName != null && !sameName.id.equals(id)) {
            errors.add("username", Messages.notices().user_name_taken());
        }
        boolean self = user.username.equalsIgnoreCase(actingUsername);
        if (self && (!form.isActive() || !"ADMIN".equals(form.role()))) {
            errors.add("role", Messages.notices().own_role());
        }
        if (errors.isPresent()) {
            return;
        }
        String oldName = user.username;
        if (user.active && !form.isActive()) {
            // a deactivated user's sessions end for good: reactivating the account does not revive them
            user.sessionGeneration++;
        }
        user.username = form.username().trim();
        user.displayName = form.displayName().trim();
        user.role = Role.valueOf(form.role());
        user.active = form.isActive();
        user.language = languageTag(form.language());
        // Flush here, not at commit: a save that raced another one fails inside this method, where the
        // page can still answer 409 with the user's input kept.
        StaffUser.flush();
        statusCache.evict(oldName);
        statusCache.evict(user.username);
    }

    /** The tag of the user's chosen language, "" when they follow the browser. */
    public String languageOf(String username) {
        String tag = byUsername(username).language;
        return tag == null ? "" : tag;
    }

    /** The signed-in user's own choice of interface language; blank goes back to following the browser. */
    @Transactional
    public void changeOwnLanguage(String username, String tag, FormErrors errors) {
        if (tag != null && !tag.isBlank() && Language.fromTag(tag).isEmpty()) {
            errors.add("language", Messages.msg().language_unknown());
            return;
        }
        StaffUser user = byUsername(username);
        user.language = languageTag(tag);
        StaffUser.flush();
        statusCache.evict(user.username);
    }

    /** The stored form of a chosen language: its tag, or null for "as the browser asks". */
    static String languageTag(String tag) {
        return Language.fromTag(tag).map(Language::tag).orElse(null);
    }

    @Transactional
    public void resetPassword(Long id, String newPassword, FormErrors errors) {
        PasswordRules.check("password", newPassword, errors);
        if (errors.isPresent()) {
            return;
        }
        StaffUser user = get(id);
        user.passwordHash = BcryptUtil.bcryptHash(newPassword);
        // whoever knew the old password may have a session: end them all
        user.sessionGeneration++;
        throttle.clear(user.username);
        statusCache.evict(user.username);
    }

    /** Changes the signed-in user's own password; returns the new session generation (every earlier session ends). */
    @Transactional
    public int changeOwnPassword(String username, String current, String next, String confirm, String address, FormErrors errors) {
        StaffUser user = byUsername(username);
        LoginService.Result check = logins.checkCurrentPassword(user, current, address);
        if (check.outcome() == LoginService.Outcome.THROTTLED) {
            errors.add("current", Messages.notices().password_wait(Math.max(1, check.retryAfter().toSeconds())));
        } else if (check.outcome() != LoginService.Outcome.OK) {
            errors.add("current", Messages.notices().not_current_password());
        }
        PasswordRules.check("password", next, errors);
        if (next != null && !next.equals(confirm)) {
            errors.add("confirm", Messages.notices().passwords_differ());
        }
        if (errors.isPresent()) {
            return -1;
        }
        user.passwordHash = BcryptUtil.bcryptHash(next);
        user.sessionGeneration++;
        statusCache.evict(user.username);
        return user.sessionGeneration;
    }
}
