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

import org.dispatchregister.web.Language;
import org.dispatchregister.web.Messages;
import org.dispatchregister.web.Msg;
import org.dispatchregister.web.Redirects;
import org.dispatchregister.web.RequestLanguage;
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
        static native TemplateInstance login(String error, String notice, Language[] languages);
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
    public Response login(@RestQuery String error, @RestQuery String done, @RestQuery String lang,
            @RestCookie("dr-login-notice") String notice) {
        if (lang != null) {
            return chooseLanguage(lang);
        }
        Msg msg = Messages.msg();
        String message = null;
        if ("origin".equals(error)) {
            message = msg.login_error_origin();
        } else if (error != null) {
            if ("throttled".equals(notice)) {
                message = msg.login_error_throttled();
            } else if ("inactive".equals(notice)) {
                message = msg.login_error_inactive();
            } else {
                message = msg.login_error_wrong();
            }
        }
        String info = "everywhere".equals(done) ? msg.login_done_everywhere()
                : "out".equals(done) ? msg.login_done_out() : null;
        var response = Response.ok(Templates.login(message, info, Language.values()));
        if (notice != null) {
            response.header(HttpHeaders.SET_COOKIE, new NewCookie.Builder(PasswordIdentityProvider.LOGIN_NOTICE_COOKIE)
                    .value("").path("/login").maxAge(0).build());
        }
        return response.build();
    }

    /**
     * The sign-in page's language switcher: remembers the choice in a cookie for a year (until the user
     * chooses a language under My account, which wins) and shows the page again in that language.
     */
    private Response chooseLanguage(String tag) {
        // The raw Location header, as Redirects does: never an absolute URL built from the Host header.
        var response = Response.status(303).header(HttpHeaders.LOCATION, "/login");
        Language.fromTag(tag).ifPresent(chosen -> response.header(HttpHeaders.SET_COOKIE,
                new NewCookie.Builder(RequestLanguage.COOKIE).value(chosen.tag()).path("/").maxAge(365 * 24 * 3600)
                        .sameSite(NewCookie.SameSite.LAX).build()));
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
