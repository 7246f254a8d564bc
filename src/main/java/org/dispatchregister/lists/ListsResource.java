package org.dispatchregister.lists;

import java.util.List;
import java.util.Set;

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
import org.dispatchregister.recipients.RecipientQueries;
import org.dispatchregister.recipients.RecipientRow;
import org.dispatchregister.web.Flash;
import org.dispatchregister.web.FormErrors;
import org.dispatchregister.web.Option;
import org.dispatchregister.web.Redirects;
import org.dispatchregister.web.Messages;
import org.dispatchregister.web.OnceOnly;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Distribution list pages: all lists, one list with its members and expansion, create/edit/archive. */
@Path("/lists")
@RolesAllowed(Role.VIEWER_ROLE)
@Produces(MediaType.TEXT_HTML)
public class ListsResource {

    static final int PICKER_LIMIT = 25;

    @CheckedTemplate(basePath = "lists")
    static class Templates {
        static native TemplateInstance list(List<ListQueries.Summary> lists);

        static native TemplateInstance detail(DistributionList list, List<ListQueries.MemberRow> members,
                List<ListExpander.Member> expanded, String q, List<RecipientRow> results, Set<Long> memberIds,
                List<Option> nestable, String error, List<AuditEventView> history);

        static native TemplateInstance form(Long id, String action, ListForm form, FormErrors errors);
    }

    @Inject
    ListQueries queries;

    @Inject
    ListService service;

    @Inject
    ListExpander expander;

    @Inject
    RecipientQueries recipients;

    @Inject
    AuditHistory audit;

    @Inject
    Flash flash;

    @GET
    public TemplateInstance list() {
        return Templates.list(queries.summaries());
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@RestPath Long id, @RestQuery String q) {
        return detailPage(id, q, null);
    }

    @GET
    @Path("new")
    @RolesAllowed(Role.CLERK_ROLE)
    public TemplateInstance newForm() {
        return Templates.form(null, "/lists", ListForm.blank(), FormErrors.none());
    }

    @POST
    @RolesAllowed(Role.CLERK_ROLE)
    @OnceOnly
    public Response create(@BeanParam ListForm form) {
        FormErrors errors = new FormErrors();
        DistributionList created = service.create(form.name(), form.description(), errors);
        if (created == null) {
            return Response.status(400).entity(Templates.form(null, "/lists", form, errors)).build();
        }
        flash.set(Messages.notices().list_created(created.name));
        return Redirects.seeOther("/lists/" + created.id);
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed(Role.CLERK_ROLE)
    public TemplateInstance edit(@RestPath Long id) {
        return Templates.form(id, "/lists/" + id, ListForm.of(service.get(id)), FormErrors.none());
    }

    @POST
    @Path("{id}")
    @RolesAllowed(Role.CLERK_ROLE)
    public Response update(@RestPath Long id, @BeanParam ListForm form) {
        service.get(id);
        FormErrors errors = new FormErrors();
        try {
            service.update(id, form, errors);
        } catch (OptimisticLockException stale) {
            DistributionList saved = service.get(id);
            errors.add("_form", Messages.notices().list_conflict(saved.name, saved.description == null ? "" : saved.description));
            return Response.status(409).entity(Templates.form(id, "/lists/" + id, form.withVersion(saved.version), errors)).build();
        }
        if (errors.isPresent()) {
            return Response.status(400).entity(Templates.form(id, "/lists/" + id, form, errors)).build();
        }
        flash.set(Messages.notices().list_saved(form.name().trim()));
        return Redirects.seeOther("/lists/" + id);
    }

    @POST
    @Path("{id}/archive")
    @RolesAllowed(Role.CLERK_ROLE)
    public Response archive(@RestPath Long id) {
        DistributionList l = service.setActive(id, false);
        flash.set(Messages.notices().list_archived(l.name));
        return Redirects.seeOther("/lists/" + id);
    }

    @POST
    @Path("{id}/restore")
    @RolesAllowed(Role.CLERK_ROLE)
    public Response restore(@RestPath Long id) {
        DistributionList l = service.setActive(id, true);
        flash.set(Messages.notices().list_restored(l.name));
        return Redirects.seeOther("/lists/" + id);
    }

    @POST
    @Path("{id}/members/recipient")
    @RolesAllowed(Role.CLERK_ROLE)
    @OnceOnly
    public Response addRecipient(@RestPath Long id, @RestForm String recipientId, @RestForm String q) {
        FormErrors errors = new FormErrors();
        service.addRecipient(id, parse(recipientId), errors);
        if (errors.isPresent()) {
            return Response.status(400).entity(detailPage(id, q, errors.get("_form"))).build();
        }
        flash.set(Messages.notices().added_to_list());
        return Redirects.seeOther("/lists/" + id + (q == null || q.isBlank() ? "" : "?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** "Add to list" on a recipient page: the list is chosen in the form; back to the recipient page. */
    @POST
    @Path("members")
    @RolesAllowed(Role.CLERK_ROLE)
    @OnceOnly
    public Response addToChosenList(@RestForm String listId, @RestForm String recipientId) {
        Long list = parse(listId);
        Long recipient = parse(recipientId);
        String back = recipient == null ? "/recipients" : "/recipients/" + recipient;
        if (list == null) {
            flash.set(Messages.daily().choose_a_list());
            return Redirects.seeOther(back);
        }
        FormErrors errors = new FormErrors();
        service.addRecipient(list, recipient, errors);
        flash.set(errors.isPresent() ? errors.get("_form") : Messages.daily().added_to_list(service.get(list).name));
        return Redirects.seeOther(back);
    }

    @POST
    @Path("{id}/members/list")
    @RolesAllowed(Role.CLERK_ROLE)
    @OnceOnly
    public Response addList(@RestPath Long id, @RestForm String memberListId) {
        FormErrors errors = new FormErrors();
        service.addList(id, parse(memberListId), errors);
        if (errors.isPresent()) {
            return Response.status(400).entity(detailPage(id, null, errors.get("_form"))).build();
        }
        flash.set(Messages.notices().list_nested());
        return Redirects.seeOther("/lists/" + id);
    }

    @POST
    @Path("{id}/members/{memberId}/remove")
    @RolesAllowed(Role.CLERK_ROLE)
    public Response remove(@RestPath Long id, @RestPath Long memberId) {
        String name = service.removeMember(id, memberId);
        flash.set(Messages.notices().removed_from_list(name));
        return Redirects.seeOther("/lists/" + id);
    }

    private TemplateInstance detailPage(Long id, String q, String error) {
        DistributionList list = service.get(id);
        List<ListQueries.MemberRow> members = queries.members(id);
        List<RecipientRow> results = recipients.searchActive(q, PICKER_LIMIT);
        Set<Long> memberIds = new java.util.HashSet<>();
        members.forEach(m -> {
            if (m.recipientId() != null) {
                memberIds.add(m.recipientId());
            }
        });
        return Templates.detail(list, members, expander.expand(List.of(id)), q == null ? "" : q, results, memberIds,
                queries.nestableOptions(id), error, audit.forRecord("DistributionList", id));
    }

    private static Long parse(String id) {
        try {
            return id == null || id.isBlank() ? null : Long.valueOf(id.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
