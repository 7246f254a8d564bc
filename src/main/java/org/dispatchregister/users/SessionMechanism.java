package org.dispatchregister.users;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.dispatchregister.web.Redirects;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.quarkus.vertx.http.runtime.security.PersistentLoginManager;
import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * Browser sign-in and sessions (the pages' authentication mechanism, "session" in the path
 * permissions). Replaces Quarkus' form mechanism to add what it lacks: sessions that can be ended
 * (a per-user generation and a session id in the cookie, checked on every request), a sign-in form
 * that another site cannot submit (login CSRF), a key kept across restarts and never logged, and
 * redirects that are local paths, never built from the Host header.
 */
@ApplicationScoped
public class SessionMechanism implements HttpAuthenticationMechanism {

    public static final String SCHEME = "session";
    static final String SIGN_IN_PATH = "/j_security_check";
    /** Where to go after signing in: the page that asked for it, a local path only. */
    static final String RETURN_COOKIE = "dr-return";
    static final String SESSION_ID = "sessionId";
    static final String GENERATION = "sessionGeneration";

    @Inject
    SessionCookie cookie;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        if (context.request().method() == HttpMethod.POST && SIGN_IN_PATH.equals(context.normalizedPath())) {
            return signIn(context, identities);
        }
        PersistentLoginManager.RestoreResult restored = cookie.restore(context);
        SessionCookie.Value value = restored == null ? null : SessionCookie.Value.parse(restored.getPrincipal());
        if (value == null) {
            return Uni.createFrom().optional(Optional.empty());
        }
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(new SessionRequest(value), context))
                .onItem().invoke(identity -> cookie.write(context, value, restored));
    }

    private Uni<SecurityIdentity> signIn(RoutingContext context, IdentityProviderManager identities) {
        context.request().setExpectMultipart(true);
        return Uni.createFrom().emitter(emitter -> {
            context.request().endHandler(ended -> {
                try {
                    if (!SameOrigin.check(context)) {
                        // Login CSRF: another site's form would sign the victim into the attacker's account.
                        redirect(context, "/login?error=origin");
                        emitter.complete(null);
                        return;
                    }
                    MultiMap form = context.request().formAttributes();
                    String username = form.get("j_username");
                    String password = form.get("j_password");
                    if (username == null || password == null) {
                        emitter.fail(new AuthenticationFailedException());
                        return;
                    }
                    var request = new UsernamePasswordAuthenticationRequest(username, new PasswordCredential(password.toCharArray()));
                    identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, context)).subscribe().with(identity -> {
                        try {
                            Integer generation = identity.getAttribute(GENERATION);
                            cookie.write(context, new SessionCookie.Value(generation == null ? 0 : generation, cookie.newSessionId(),
                                    identity.getPrincipal().getName()), null);
                            redirect(context, returnTarget(context));
                            emitter.complete(null);
                        } catch (Throwable t) {
                            emitter.fail(t);
                        }
                    }, emitter::fail);
                } catch (Throwable t) {
                    emitter.fail(t);
                }
            });
            context.request().resume();
        });
    }

    private static String returnTarget(RoutingContext context) {
        Cookie back = context.request().getCookie(RETURN_COOKIE);
        if (back == null) {
            return "/";
        }
        context.response().addCookie(Cookie.cookie(RETURN_COOKIE, "").setPath("/").setMaxAge(0));
        String target = java.net.URLDecoder.decode(back.getValue(), java.nio.charset.StandardCharsets.UTF_8);
        return Redirects.isLocalPath(target) && !target.startsWith("/login") ? target : "/";
    }

    private static void redirect(RoutingContext context, String location) {
        context.response().setStatusCode(302).putHeader(HttpHeaderNames.LOCATION, location).end();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (context.request().method() == HttpMethod.POST && SIGN_IN_PATH.equals(context.normalizedPath())) {
            return Uni.createFrom().item(new ChallengeData(302, HttpHeaderNames.LOCATION, "/login?error=true"));
        }
        if (context.request().getCookie(cookie.name()) != null) {
            // expired, signed out or revoked: let the browser forget it
            cookie.clear(context);
        }
        if (context.request().method() == HttpMethod.GET) {
            String path = context.request().uri();
            if (Redirects.isLocalPath(path) && path.length() <= 1000) {
                context.response().addCookie(Cookie.cookie(RETURN_COOKIE, java.net.URLEncoder.encode(path,
                        java.nio.charset.StandardCharsets.UTF_8)).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.STRICT)
                        .setSecure(context.request().isSSL()));
            }
        }
        return Uni.createFrom().item(new ChallengeData(302, HttpHeaderNames.LOCATION, "/login"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(UsernamePasswordAuthenticationRequest.class, SessionRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.POST, SIGN_IN_PATH, SCHEME));
    }
}
