package org.dispatchregister.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.SecurityIdentity;

/** Who is acting right now: the signed-in user, or "system" for start-up work and seeding. */
public final class AuditActor {

    public static final String SYSTEM = "system";

    private AuditActor() {
    }

    public static String current() {
        ManagedContext requestContext = Arc.container().requestContext();
        if (!requestContext.isActive()) {
            return SYSTEM;
        }
        SecurityIdentity identity = Arc.container().instance(SecurityIdentity.class).get();
        if (identity == null || identity.isAnonymous()) {
            return SYSTEM;
        }
        return identity.getPrincipal().getName();
    }
}
