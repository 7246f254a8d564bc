package org.dispatchregister.users;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.dispatchregister.web.Redirects;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/** The sign-in page (the form posts to /j_security_check, see {@link SessionMechanism}) and sign-out. */
@Path("/")
public class LoginResource {

    @CheckedTemplate(basePath = "users")
    static class Templates {
        static native TemplateInstance login(String error, String notice);
    }

    @Inject
    SessionRevocations revocations;

    @Inject
    SessionCookie cookie;

    @Inject
    SecurityIdentity identity;

    @Inject
    RoutingContext routing;

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public Response login(@RestQuery String error, @RestQuery String done, @RestCookie("dr-login-notice") String notice) {
        String message = null;
        if ("origin".equals(error)) {
            message = "The sign-in did not come from this site's own page, so it was refused. Sign in here.";
        } else if (error != null) {
            if ("throttled".equals(notice)) {
                message = "Too many failed sign-ins for this user name or from this computer. Wait a minute, then try again.";
            } else if ("inactive".equals(notice)) {
                message = "This account has been deactivated. Ask an administrator.";
            } else {
                message = "Wrong user name or password.";
            }
        }
        String info = "everywhere".equals(done) ? "You have been signed out on every device."
                : "out".equals(done) ? "You have been signed out." : null;
        var response = Response.ok(Templates.login(message, info));
        if (notice != null) {
            response.header(HttpHeaders.SET_COOKIE, new NewCookie.Builder(PasswordIdentityProvider.LOGIN_NOTICE_COOKIE)
                    .value("").path("/login").maxAge(0).build());
        }
        return response.build();
    }

    /** Ends this session for good: a copy of its cookie stops working too (on every instance). */
    @POST
    @Path("logout")
    @Authenticated
    public Response logout() {
        String sessionId = identity.getAttribute(SessionMechanism.SESSION_ID);
        if (sessionId != null) {
            revocations.endSession(identity.getPrincipal().getName(), sessionId);
        }
        cookie.clear(routing);
        return Redirects.seeOther("/login?done=out");
    }
}
