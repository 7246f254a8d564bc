package org.dispatchregister.users;

import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dispatchregister.audit.AuditEventView;
import org.dispatchregister.audit.AuditHistory;
import org.dispatchregister.common.Role;
import org.dispatchregister.web.Flash;
import org.dispatchregister.web.FormErrors;
import org.dispatchregister.web.FormValidator;
import org.dispatchregister.web.EnumLabels;
import org.dispatchregister.web.Messages;
import org.dispatchregister.web.Option;
import org.dispatchregister.web.Redirects;
import org.dispatchregister.web.OnceOnly;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/** Administrators manage staff accounts: create, edit role and status, reset a password. */
@Path("/admin/users")
@RolesAllowed(Role.ADMIN_ROLE)
@Produces(MediaType.TEXT_HTML)
public class UsersResource {

    @CheckedTemplate(basePath = "users")
    static class Templates {
        static native TemplateInstance list(List<StaffUser> users);

        static native TemplateInstance form(Long id, String action, UserForm form, FormErrors errors, List<Option> roles,
                List<Option> languages, List<AuditEventView> history);
    }

    @Inject
    UserService users;

    @Inject
    FormValidator validator;

    @Inject
    AuditHistory audit;

    @Inject
    Flash flash;

    @Inject
    SecurityIdentity identity;

    @GET
    public TemplateInstance list() {
        return Templates.list(users.list());
    }

    @GET
    @Path("new")
    public TemplateInstance newForm() {
        return Templates.form(null, "/admin/users", UserForm.blank(), FormErrors.none(), roles(), languages(), List.of());
    }

    @POST
    @OnceOnly
    public Response create(@BeanParam UserForm form) {
        FormErrors errors = validator.validate(form);
        StaffUser created = users.create(form, errors);
        if (created == null) {
            return Response.status(400).entity(Templates.form(null, "/admin/users", form, errors, roles(), languages(), List.of())).build();
        }
        flash.set(Messages.notices().user_created(created.username));
        return Redirects.seeOther("/admin/users");
    }

    @GET
    @Path("{id}")
    public TemplateInstance edit(@RestPath Long id) {
        StaffUser user = users.get(id);
        return Templates.form(id, "/admin/users/" + id, UserForm.of(user), FormErrors.none(), roles(), languages(), audit.forRecord("StaffUser", id));
    }

    @POST
    @Path("{id}")
    public Response update(@RestPath Long id, @BeanParam UserForm form) {
        users.get(id);
        FormErrors errors = validator.validate(form);
        if (errors.isEmpty()) {
            try {
                users.update(id, form, identity.getPrincipal().getName(), errors);
            } catch (jakarta.persistence.OptimisticLockException stale) {
                errors.add("_form", Messages.notices().user_conflict(describe(users.get(id))));
                UserForm kept = new UserForm(form.username(), form.displayName(), form.role(), form.active(), "", form.language(),
                        users.get(id).version);
                return Response.status(409).entity(Templates.form(id, "/admin/users/" + id, kept, errors, roles(), languages(), audit.forRecord("StaffUser", id))).build();
            }
        }
        if (errors.isPresent()) {
            return Response.status(400).entity(Templates.form(id, "/admin/users/" + id, form, errors, roles(), languages(), audit.forRecord("StaffUser", id))).build();
        }
        flash.set(Messages.notices().user_saved(form.username().trim()));
        return Redirects.seeOther("/admin/users");
    }

    @POST
    @Path("{id}/password")
    public Response resetPassword(@RestPath Long id, @RestForm String newPassword) {
        StaffUser user = users.get(id);
        FormErrors errors = new FormErrors();
        users.resetPassword(id, newPassword, errors);
        if (errors.isPresent()) {
            FormErrors shown = new FormErrors().add("newPassword", errors.get("password"));
            return Response.status(400).entity(Templates.form(id, "/admin/users/" + id, UserForm.of(user), shown, roles(), languages(), audit.forRecord("StaffUser", id))).build();
        }
        flash.set(Messages.notices().password_reset(user.username));
        return Redirects.seeOther("/admin/users/" + id);
    }

    private static String describe(StaffUser user) {
        return user.displayName + ", " + user.role.name().toLowerCase() + (user.active ? ", active" : ", deactivated");
    }

    static List<Option> languages() {
        return Messages.languageOptions(Messages.msg().language_browser());
    }

    static List<Option> roles() {
        return Arrays.stream(Role.values()).map(r -> new Option(r.name(), EnumLabels.shown(r))).toList();
    }
}
