package org.dispatchregister.users;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/**
 * Username and password, for the sign-in form and for HTTP Basic on the API. Why a sign-in was
 * refused (throttled, deactivated) is told to the sign-in page through a short-lived cookie,
 * because the sign-in form is answered by a redirect to the same error page for every failure.
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    public static final String LOGIN_NOTICE_COOKIE = "dr-login-notice";

    @Inject
    LoginService logins;

    @Inject
    UserStatusCache statusCache;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        boolean browserSignIn = routing != null && routing.request().path().endsWith(SessionMechanism.SIGN_IN_PATH);
        String password = new String(request.getPassword().getPassword());
        String address = routing == null || routing.request().remoteAddress() == null ? null
                : routing.request().remoteAddress().hostAddress();
        return context.runBlocking(() -> check(request.getUsername(), password, address, browserSignIn, routing));
    }

    @ActivateRequestContext
    SecurityIdentity check(String username, String password, String address, boolean browserSignIn, RoutingContext routing) {
        if (!browserSignIn && username != null && statusCache.recentlyVerified(username, password)) {
            UserStatusCache.Status status = statusCache.get(username);
            if (status.active()) {
                return identity(status.username(), status.displayName(), status.roles(), status.sessionGeneration(), status.language());
            }
        }
        LoginService.Result result = logins.attempt(username, password, address, browserSignIn);
        if (result.outcome() != LoginService.Outcome.OK) {
            if (browserSignIn && routing != null && result.outcome() != LoginService.Outcome.WRONG_PASSWORD) {
                String notice = result.outcome() == LoginService.Outcome.THROTTLED ? "throttled" : "inactive";
                routing.response().addCookie(Cookie.cookie(LOGIN_NOTICE_COOKIE, notice).setPath("/login").setMaxAge(60)
                        .setHttpOnly(true).setSameSite(CookieSameSite.STRICT));
            }
            throw new AuthenticationFailedException();
        }
        StaffUser user = result.user();
        statusCache.evict(user.username);
        if (!browserSignIn) {
            statusCache.rememberVerified(user.username, password);
        }
        return identity(user.username, user.displayName, user.role.grantedRoles(), user.sessionGeneration, user.language);
    }

    static SecurityIdentity identity(String username, String displayName, Set<String> roles, int sessionGeneration,
            String language) {
        var builder = QuarkusSecurityIdentity.builder();
        if (language != null) {
            // read by StaffLanguage: the page's language without a database query (error pages render on the IO thread)
            builder.addAttribute(StaffLanguage.ATTRIBUTE, language);
        }
        return builder
                .setPrincipal(new QuarkusPrincipal(username))
                .addRoles(roles)
                .addAttribute(CurrentUser.DISPLAY_NAME, displayName)
                .addAttribute(SessionMechanism.GENERATION, sessionGeneration)
                .build();
    }
}
