package org.dispatchregister.users;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dispatchregister.web.Flash;
import org.dispatchregister.web.FormErrors;
import org.dispatchregister.web.Language;
import org.dispatchregister.web.Messages;
import org.dispatchregister.web.Option;
import org.dispatchregister.web.Redirects;
import org.dispatchregister.web.RequestLanguage;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/** "My account": every signed-in user can change their own password and end all their sessions. */
@Path("/account")
@Authenticated
public class AccountResource {

    @CheckedTemplate(basePath = "users")
    static class Templates {
        static native TemplateInstance account(FormErrors errors, int minLength, String language, List<Option> languages);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    UserService users;

    @Inject
    SessionRevocations revocations;

    @Inject
    SessionCookie cookie;

    @Inject
    RoutingContext routing;

    @Inject
    Flash flash;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show() {
        return page(FormErrors.none(), null);
    }

    private TemplateInstance page(FormErrors errors, String typedLanguage) {
        String language = typedLanguage != null ? typedLanguage : users.languageOf(identity.getPrincipal().getName());
        return Templates.account(errors, PasswordRules.MIN_LENGTH, language,
                Messages.languageOptions(Messages.msg().language_browser()));
    }

    /** A new password ends every other session of the user; this one goes on with a fresh cookie. */
    @POST
    @Path("password")
    @Produces(MediaType.TEXT_HTML)
    public Response changePassword(@RestForm String current, @RestForm String password, @RestForm String confirm) {
        FormErrors errors = new FormErrors();
        String address = routing.request().remoteAddress() == null ? null : routing.request().remoteAddress().hostAddress();
        int generation = users.changeOwnPassword(identity.getPrincipal().getName(), current, password, confirm, address, errors);
        if (errors.isPresent()) {
            return Response.status(400).entity(page(errors, null)).build();
        }
        String sessionId = identity.getAttribute(SessionMechanism.SESSION_ID);
        if (sessionId != null) {
            cookie.write(routing, new SessionCookie.Value(generation, sessionId, identity.getPrincipal().getName()), null);
        }
        flash.set(Messages.notices().password_changed());
        return Redirects.seeOther("/account");
    }

    /** The interface language of this user; blank follows the browser. The change is in the audit history. */
    @POST
    @Path("language")
    @Produces(MediaType.TEXT_HTML)
    public Response changeLanguage(@RestForm String language) {
        FormErrors errors = new FormErrors();
        users.changeOwnLanguage(identity.getPrincipal().getName(), language, errors);
        if (errors.isPresent()) {
            return Response.status(400).entity(page(errors, language)).build();
        }
        Language shown = Language.fromTag(language).orElseGet(RequestLanguage::current);
        flash.set(Messages.msg(shown).language_saved());
        return Redirects.seeOther("/account");
    }

    /** "Sign out everywhere": ends every session of this user, this one included (a lost phone, a shared computer). */
    @POST
    @Path("sessions/end")
    @Produces(MediaType.TEXT_HTML)
    public Response signOutEverywhere() {
        revocations.endAllSessions(users.byUsername(identity.getPrincipal().getName()), "signed out everywhere from My account");
        cookie.clear(routing);
        return Redirects.seeOther("/login?done=everywhere");
    }
}
