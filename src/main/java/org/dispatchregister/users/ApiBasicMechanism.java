package org.dispatchregister.users;

import java.util.Set;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.dispatchregister.web.ApiProblem;
import org.dispatchregister.web.FormErrors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.BasicAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * HTTP Basic for the API (the "basic" mechanism of the /api/* path permission; quarkus.http.auth.basic is off so this
 * is the only one): Quarkus' own Basic mechanism, except that a refused call (no credentials, wrong ones, a throttled
 * name) answers in the API's one error shape, a problem details body ({@link ApiProblem}), with the Basic challenge,
 * instead of an empty 401. The refusal happens before the application runs, so no exception mapper could give it one.
 */
@Singleton
public class ApiBasicMechanism implements HttpAuthenticationMechanism {

    /** Where Quarkus keeps the mechanism that should answer a failed attempt. */
    private static final String MECHANISM_KEY = HttpAuthenticationMechanism.class.getName();

    private final BasicAuthenticationMechanism basic;

    @Inject
    ApiBasicMechanism(@ConfigProperty(name = "quarkus.http.auth.realm", defaultValue = "Dispatch Register") String realm) {
        this.basic = new BasicAuthenticationMechanism(realm, false);
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        // Quarkus' mechanism names itself as the one to challenge a failed attempt: name this one, so that the
        // refusal of wrong credentials gets the body too
        Uni<SecurityIdentity> identity = basic.authenticate(context, identities);
        context.put(MECHANISM_KEY, this);
        return identity.onFailure().invoke(() -> context.put(MECHANISM_KEY, this));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return basic.getChallenge(context);
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        return basic.getChallenge(context).map(challenge -> {
            HttpServerResponse response = context.response();
            response.setStatusCode(challenge.status);
            if (challenge.headerName != null) {
                response.headers().set(challenge.headerName, challenge.headerContent);
            }
            response.headers().set("Content-Type", ApiProblem.MEDIA_TYPE).set("Cache-Control", "no-store");
            response.end(ApiProblem.json(challenge.status, "Sign in: send the user name and password of an account of this register "
                    + "with HTTP Basic authentication.", FormErrors.none()));
            return true;
        });
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return basic.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return basic.getCredentialTransport(context);
    }

    @Override
    public int getPriority() {
        return basic.getPriority();
    }
}
