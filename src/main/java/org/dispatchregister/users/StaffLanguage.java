package org.dispatchregister.users;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.dispatchregister.web.Language;
import org.dispatchregister.web.UserLanguage;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The signed-in user's chosen language, carried by the identity, which is rebuilt on every request from the
 * cached user status (so a change shows at once). Never a database query: error pages ask on the IO thread.
 */
@RequestScoped
public class StaffLanguage implements UserLanguage {

    static final String ATTRIBUTE = "language";

    @Inject
    SecurityIdentity identity;

    @Override
    public Optional<Language> chosen() {
        String tag = identity.isAnonymous() ? null : identity.getAttribute(ATTRIBUTE);
        return Language.fromTag(tag);
    }
}
