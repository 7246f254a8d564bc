package org.dispatchregister.users;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dispatchregister.common.Role;

import io.quarkus.security.identity.SecurityIdentity;

/** The signed-in user as templates see it: {inject:me.displayName}, {inject:me.canEdit}. */
@Named("me")
@RequestScoped
public class CurrentUser {

    static final String DISPLAY_NAME = "displayName";

    @Inject
    SecurityIdentity identity;

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public String getUsername() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    public String getDisplayName() {
        Object name = identity.getAttribute(DISPLAY_NAME);
        return name != null ? name.toString() : getUsername();
    }

    public boolean isCanEdit() {
        return identity.hasRole(Role.CLERK_ROLE);
    }

    public boolean isAdmin() {
        return identity.hasRole(Role.ADMIN_ROLE);
    }

    public String getRoleName() {
        if (identity.hasRole(Role.ADMIN_ROLE)) {
            return "Administrator";
        }
        return identity.hasRole(Role.CLERK_ROLE) ? "Clerk" : "Viewer";
    }
}
