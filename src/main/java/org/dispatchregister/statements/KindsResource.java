package org.dispatchregister.statements;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dispatchregister.web.Messages;
import org.dispatchregister.common.NotFound;
import org.dispatchregister.common.Role;
import org.dispatchregister.web.Versions;
import org.dispatchregister.web.Flash;
import org.dispatchregister.web.FormErrors;
import org.dispatchregister.web.FormValidator;
import org.dispatchregister.web.Redirects;
import org.dispatchregister.web.OnceOnly;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Administrators manage the kinds of statement and their default reply period. */
@Path("/admin/kinds")
@RolesAllowed(Role.ADMIN_ROLE)
@Produces(MediaType.TEXT_HTML)
public class KindsResource {

    @CheckedTemplate(basePath = "statements")
    static class Templates {
        static native TemplateInstance kinds(List<StatementKind> kinds);

        static native TemplateInstance kind(Long id, String action, KindForm form, FormErrors errors);
    }

    @Inject
    FormValidator validator;

    @Inject
    Flash flash;

    @GET
    public TemplateInstance list() {
        return Templates.kinds(StatementKind.listAll(Sort.by("sortOrder").and("name")));
    }

    @GET
    @Path("new")
    public TemplateInstance newForm() {
        return Templates.kind(null, "/admin/kinds", KindForm.blank(), FormErrors.none());
    }

    @GET
    @Path("{id}")
    public TemplateInstance edit(@RestPath Long id) {
        return Templates.kind(id, "/admin/kinds/" + id, KindForm.of(get(id)), FormErrors.none());
    }

    @POST
    @Transactional
    @OnceOnly
    public Response create(@BeanParam KindForm form) {
        FormErrors errors = check(form, null);
        if (errors.isPresent()) {
            return Response.status(400).entity(Templates.kind(null, "/admin/kinds", form, errors)).build();
        }
        StatementKind k = new StatementKind();
        k.code = form.code().trim();
        apply(k, form);
        k.persist();
        flash.set(Messages.notices().kind_created(k.name));
        return Redirects.seeOther("/admin/kinds");
    }

    @POST
    @Path("{id}")
    @Transactional
    public Response update(@RestPath Long id, @BeanParam KindForm form) {
        StatementKind k = get(id);
        try {
            Versions.check(form.version(), k.version);
        } catch (OptimisticLockException stale) {
            FormErrors errors = new FormErrors().add("_form", "Someone else changed this kind while you were editing. Your input is kept; save again to apply it.");
            KindForm kept = new KindForm(k.code, form.name(), form.replyExpected(), form.replyDays(), form.sortOrder(), form.active(), k.version);
            return Response.status(409).entity(Templates.kind(id, "/admin/kinds/" + id, kept, errors)).build();
        }
        KindForm fixedCode = new KindForm(k.code, form.name(), form.replyExpected(), form.replyDays(), form.sortOrder(), form.active(), form.version());
        FormErrors errors = check(fixedCode, id);
        if (errors.isPresent()) {
            return Response.status(400).entity(Templates.kind(id, "/admin/kinds/" + id, fixedCode, errors)).build();
        }
        apply(k, fixedCode);
        flash.set(Messages.notices().kind_saved(k.name));
        return Redirects.seeOther("/admin/kinds");
    }

    private FormErrors check(KindForm form, Long id) {
        FormErrors errors = validator.validate(form);
        if (form.code() != null && id == null && StatementKind.findByCode(form.code().trim()) != null) {
            errors.add("code", "This code is taken");
        }
        if (form.isReplyExpected() && form.replyDays() == null) {
            errors.add("replyDays", "Enter within how many days a reply is expected");
        }
        return errors;
    }

    private static void apply(StatementKind k, KindForm form) {
        k.name = form.name().trim();
        k.replyExpected = form.isReplyExpected();
        k.replyDays = form.isReplyExpected() ? form.replyDays() : null;
        k.sortOrder = form.sortOrder() == null ? 100 : form.sortOrder();
        k.active = form.isActive();
    }

    private static StatementKind get(Long id) {
        return NotFound.orThrow(StatementKind.findById(id));
    }
}
