package org.dispatchregister.users;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The sign-in page (the form posts to Quarkus' j_security_check) and sign-out. */
@Path("/")
public class LoginResource {

    @CheckedTemplate(basePath = "users")
    static class Templates {
        static native TemplateInstance login(String error);
    }

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public Response login(@RestQuery String error, @RestCookie("dr-login-notice") String notice) {
        String message = null;
        if (error != null) {
            if ("locked".equals(notice)) {
                message = "This account is locked after too many failed sign-ins. Try again in 15 minutes or ask an administrator to reset the password.";
            } else if ("inactive".equals(notice)) {
                message = "This account has been deactivated. Ask an administrator.";
            } else {
                message = "Wrong user name or password.";
            }
        }
        var response = Response.ok(Templates.login(message));
        if (notice != null) {
            response.header(HttpHeaders.SET_COOKIE, new NewCookie.Builder(PasswordIdentityProvider.LOGIN_NOTICE_COOKIE)
                    .value("").path("/login").maxAge(0).build());
        }
        return response.build();
    }

    @POST
    @Path("logout")
    @Authenticated
    public Response logout() {
        // Form sessions are stateless encrypted cookies: signing out removes the cookie.
        return Response.seeOther(java.net.URI.create("/login"))
                .header(HttpHeaders.SET_COOKIE, new NewCookie.Builder("dr-session").value("").path("/").maxAge(0)
                        .httpOnly(true).sameSite(NewCookie.SameSite.STRICT).build())
                .build();
    }
}
