package org.dispatchregister.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Rebuilds the identity from the session cookie on each request, from the current user record: a
 * deactivated user's open session stops working, a role change applies at once, and a session of
 * an earlier generation or one that was signed out is refused (on every instance within the status
 * cache's few seconds, on this one at once).
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<SessionRequest> {

    @Inject
    UserStatusCache statusCache;

    @Override
    public Class<SessionRequest> getRequestType() {
        return SessionRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SessionRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            SessionCookie.Value session = request.value();
            UserStatusCache.Status status = statusCache.get(session.username());
            if (!status.accepts(session)) {
                throw new AuthenticationFailedException();
            }
            return QuarkusSecurityIdentity.builder(
                    PasswordIdentityProvider.identity(status.username(), status.displayName(), status.roles(), status.sessionGeneration(),
                            status.language()))
                    .addAttribute(SessionMechanism.SESSION_ID, session.sessionId())
                    .build();
        });
    }
}
