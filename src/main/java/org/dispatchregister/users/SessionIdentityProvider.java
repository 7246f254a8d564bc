package org.dispatchregister.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;

/**
 * Rebuilds the identity from the encrypted session cookie on each request, from the current user
 * record: a deactivated user's open session stops working, and a role change applies at once.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @Inject
    UserStatusCache statusCache;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            UserStatusCache.Status status = statusCache.get(request.getPrincipal());
            if (!status.active()) {
                throw new AuthenticationFailedException();
            }
            return PasswordIdentityProvider.identity(status.username(), status.displayName(), status.roles());
        });
    }
}
