package org.dispatchregister.users;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/**
 * What a session cookie says: who, from which session generation of that user, and which session.
 * {@link SessionIdentityProvider} turns it into an identity only while the generation is current
 * and the session was not signed out.
 */
public class SessionRequest extends BaseAuthenticationRequest {

    private final SessionCookie.Value value;

    public SessionRequest(SessionCookie.Value value) {
        this.value = value;
    }

    public SessionCookie.Value value() {
        return value;
    }
}
