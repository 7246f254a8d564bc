package org.dispatchregister.users;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.dispatchregister.web.Language;
import org.dispatchregister.web.UserLanguage;

import io.quarkus.security.identity.SecurityIdentity;

/** The signed-in user's chosen language, read from the cached user status (a change shows at once). */
@RequestScoped
public class StaffLanguage implements UserLanguage {

    @Inject
    SecurityIdentity identity;

    @Inject
    UserStatusCache statusCache;

    @Override
    public Optional<Language> chosen() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        return Language.fromTag(statusCache.get(identity.getPrincipal().getName()).language());
    }
}
