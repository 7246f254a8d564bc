package org.dispatchregister.recipients;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dispatchregister.web.Messages;
import org.dispatchregister.audit.AuditEventView;
import org.dispatchregister.audit.AuditHistory;
import org.dispatchregister.common.Role;
import org.dispatchregister.web.Flash;
import org.dispatchregister.web.FormErrors;
import org.dispatchregister.web.Option;
import org.dispatchregister.web.PageInfo;
import org.dispatchregister.web.Redirects;
import org.dispatchregister.web.OnceOnly;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The register pages: listing with search and filters, a body's page, and the create/edit form. */
@Path("/recipients")
@RolesAllowed(Role.VIEWER_ROLE)
@Produces(MediaType.TEXT_HTML)
public class RecipientsResource {

    @CheckedTemplate(basePath = "recipients")
    static class Templates {
        static native TemplateInstance list(List<RecipientRow> rows, RecipientFilter filter, PageInfo page,
                List<Option> categories);

        static native TemplateInstance detail(Recipient r, List<RecipientRow> children,
                List<RecipientQueries.Membership> lists, List<AuditEventView> history);

        static native TemplateInstance form(Long id, String action, RecipientForm form, FormErrors errors,
                List<Option> categories, List<Option> parents, List<Option> channels);
    }

    @Inject
    RecipientQueries queries;

    @Inject
    RecipientService service;

    @Inject
    CategoryCatalog categories;

    @Inject
    AuditHistory audit;

    @Inject
    Flash flash;

    @GET
    public TemplateInstance list(@RestQuery String q, @RestQuery String category, @RestQuery String country,
            @RestQuery String parent, @RestQuery String status, @RestQuery String sort, @RestQuery String dir,
            @RestQuery String page) {
        RecipientFilter filter = RecipientFilter.of(q, category, country, parent, status, sort, dir);
        int number = PageInfo.clamp(RecipientFilter.parseId(page) == null ? null : RecipientFilter.parseId(page).intValue());
        RecipientQueries.Page result = queries.page(filter, (number - 1) * PageInfo.DEFAULT_SIZE, PageInfo.DEFAULT_SIZE);
        PageInfo info = new PageInfo(number, PageInfo.DEFAULT_SIZE, result.total(), "/recipients", filter.query());
        return Templates.list(result.rows(), filter, info, categories.options());
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@RestPath Long id) {
        Recipient r = queries.detail(id);
        return Templates.detail(r, queries.children(id), queries.listsOf(id), audit.forRecord("Recipient", id));
    }

    @GET
    @Path("new")
    @RolesAllowed(Role.CLERK_ROLE)
    public TemplateInstance newForm(@RestQuery String parent) {
        RecipientForm blank = RecipientForm.blank();
        Long parentId = RecipientFilter.parseId(parent);
        if (parentId != null) {
            blank = new RecipientForm("", "", blank.categoryCode(), parentId.toString(), "", "", "", "", "", "", "",
                    "", "", "", null, "", "");
        }
        return form(null, blank, FormErrors.none());
    }

    @POST
    @RolesAllowed(Role.CLERK_ROLE)
    @OnceOnly
    public Response create(@BeanParam RecipientForm form) {
        FormErrors errors = new FormErrors();
        RecipientInput input = form.toInput(errors, false);
        Recipient created = service.create(input, errors);
        if (created == null) {
            return Response.status(400).entity(form(null, form, errors)).build();
        }
        flash.set(Messages.notices().body_added(created.name));
        return Redirects.seeOther("/recipients/" + created.id);
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed(Role.CLERK_ROLE)
    public TemplateInstance edit(@RestPath Long id) {
        return form(id, RecipientForm.of(queries.detail(id)), FormErrors.none());
    }

    @POST
    @Path("{id}")
    @RolesAllowed(Role.CLERK_ROLE)
    public Response update(@RestPath Long id, @BeanParam RecipientForm form) {
        queries.detail(id);
        FormErrors errors = new FormErrors();
        RecipientInput input = form.toInput(errors, true);
        {
            try {
                service.update(id, input, errors);
            } catch (OptimisticLockException stale) {
                Recipient saved = queries.detail(id);
                List<String> changes = form.differencesFrom(saved);
                errors.add("_form", changes.isEmpty() ? Messages.notices().body_conflict_same() : Messages.notices().body_conflict(String.join("; ", changes)));
                return Response.status(409).entity(form(id, form.withVersion(saved.version), errors)).build();
            }
        }
        if (errors.isPresent()) {
            return Response.status(400).entity(form(id, form, errors)).build();
        }
        flash.set(Messages.notices().body_saved(form.name().trim()));
        return Redirects.seeOther("/recipients/" + id);
    }

    @POST
    @Path("{id}/archive")
    @RolesAllowed(Role.CLERK_ROLE)
    public Response archive(@RestPath Long id) {
        Recipient r = service.archive(id);
        flash.set(Messages.notices().body_archived(r.name));
        return Redirects.seeOther("/recipients/" + id);
    }

    @POST
    @Path("{id}/restore")
    @RolesAllowed(Role.CLERK_ROLE)
    public Response restore(@RestPath Long id) {
        FormErrors errors = new FormErrors();
        Recipient r = service.restore(id, errors);
        flash.set(errors.isPresent() ? errors.get("_form") : Messages.notices().body_restored(r.name));
        return Redirects.seeOther("/recipients/" + id);
    }

    private TemplateInstance form(Long id, RecipientForm form, FormErrors errors) {
        List<Option> parents = new java.util.ArrayList<>(queries.parentOptions(id));
        Long parentId = RecipientFilter.parseId(form.parentId());
        // An archived parent is not offered to others, but a body already under one must keep it on save.
        if (parentId != null && parents.stream().noneMatch(o -> o.value().equals(parentId.toString()))) {
            Recipient current = Recipient.findById(parentId);
            if (current != null) {
                parents.add(0, new Option(parentId.toString(), RecipientQueries.label(current.name, current.acronym) + " (archived)"));
            }
        }
        return Templates.form(id, id == null ? "/recipients" : "/recipients/" + id, form, errors, categories.options(),
                parents, Channel.options());
    }
}
