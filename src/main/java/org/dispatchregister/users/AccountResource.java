package org.dispatchregister.users;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dispatchregister.web.Flash;
import org.dispatchregister.web.FormErrors;
import org.dispatchregister.web.Redirects;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/** "My account": every signed-in user can change their own password. */
@Path("/account")
@Authenticated
public class AccountResource {

    @CheckedTemplate(basePath = "users")
    static class Templates {
        static native TemplateInstance account(FormErrors errors);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    UserService users;

    @Inject
    Flash flash;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show() {
        return Templates.account(FormErrors.none());
    }

    @POST
    @Path("password")
    @Produces(MediaType.TEXT_HTML)
    public Response changePassword(@RestForm String current, @RestForm String password, @RestForm String confirm) {
        FormErrors errors = new FormErrors();
        users.changeOwnPassword(identity.getPrincipal().getName(), current, password, confirm, errors);
        if (errors.isPresent()) {
            return Response.status(400).entity(Templates.account(errors)).build();
        }
        flash.set("Your password has been changed.");
        return Redirects.seeOther("/account");
    }
}
