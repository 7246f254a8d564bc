package org.dispatchregister.statements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.dispatchregister.web.Messages;
import org.dispatchregister.attachments.Attachment;
import org.dispatchregister.attachments.AttachmentService;
import org.dispatchregister.audit.AuditEventView;
import org.dispatchregister.audit.AuditHistory;
import org.dispatchregister.common.NotFound;
import org.dispatchregister.common.Role;
import org.dispatchregister.web.Enums;
import org.dispatchregister.web.Flash;
import org.dispatchregister.web.FormErrors;
import org.dispatchregister.web.FormValidator;
import org.dispatchregister.web.Option;
import org.dispatchregister.web.PageInfo;
import org.dispatchregister.web.QueryString;
import org.dispatchregister.web.Redirects;
import org.dispatchregister.web.Sort;
import org.dispatchregister.web.OnceOnly;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Statement pages: the searchable list, the create/edit form, issuing, the detail page with its distribution matrix. */
@Path("/statements")
@RolesAllowed(Role.VIEWER_ROLE)
@Produces(MediaType.TEXT_HTML)
public class StatementsResource {

    @CheckedTemplate(basePath = "statements")
    static class Templates {
        static native TemplateInstance list(List<StatementQuery.Row> rows, PageInfo page, StatementQuery.Filter filter,
                String yearText, String statusText, List<Option> kinds, List<Option> years, List<Option> statuses);

        static native TemplateInstance form(Long id, String action, StatementForm form, FormErrors errors, List<Option> kinds,
                boolean issued);

        static native TemplateInstance detail(Statement s, List<Attachment> attachments, String statusFilter, FormErrors errors,
                List<AuditEventView> history, long maxMegabytes);
    }

    @Inject
    StatementService statements;

    @Inject
    StatementQuery query;

    @Inject
    AttachmentService attachments;

    @Inject
    FormValidator validator;

    @Inject
    AuditHistory audit;

    @Inject
    Flash flash;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    org.dispatchregister.common.RegisterConfig config;

    @GET
    public TemplateInstance list(@RestQuery String q, @RestQuery String kind, @RestQuery String year, @RestQuery String status,
            @RestQuery String topic, @RestQuery String sort, @RestQuery String dir, @RestQuery Integer page) {
        Integer y = parseYear(year);
        StatementStatus st = Enums.parse(StatementStatus.class, status);
        StatementQuery.Filter filter = new StatementQuery.Filter(q, kind, y, st, topic);
        String qs = new QueryString().add("q", q).add("kind", kind).add("year", y).add("status", st).add("topic", topic).toString();
        Sort order = StatementQuery.SORTS.parse(sort, dir);
        PageInfo info = PageInfo.of(page, query.count(filter), "/statements", qs, order);
        List<Option> years = query.years().stream().map(v -> new Option(v.toString(), v.toString())).toList();
        return Templates.list(query.page(filter, order, info.offset(), info.size()), info, filter, y == null ? "" : y.toString(),
                st == null ? "" : st.name(), query.kindOptions(), years, StatementQuery.statusOptions());
    }

    @GET
    @Path("new")
    @RolesAllowed(Role.CLERK_ROLE)
    public TemplateInstance newForm(@Context UriInfo uri) {
        MultivaluedMap<String, String> p = uri.getQueryParameters();
        StatementForm blank = StatementForm.blank("STATEMENT", LocalDate.now(clock).toString());
        StatementForm form = new StatementForm(p.getFirst("kindCode") != null ? p.getFirst("kindCode") : blank.kindCode(),
                or(p, "title", ""), or(p, "reference", ""), or(p, "issuedOn", blank.issuedOn()), or(p, "place", ""),
                or(p, "signatory", ""), or(p, "language", blank.language()), or(p, "summary", ""), or(p, "fullText", ""),
                or(p, "topics", ""), or(p, "inResponseTo", ""), or(p, "responseReference", ""), or(p, "responseDate", ""),
                null, List.of(), null);
        return Templates.form(null, "/statements", form, FormErrors.none(), query.kindOptions(), false);
    }

    @POST
    @RolesAllowed(Role.CLERK_ROLE)
    @OnceOnly
    public Response create(@BeanParam StatementForm form) {
        FormErrors errors = validator.validate(form);
        Statement created = errors.isEmpty() ? statements.create(form, errors) : null;
        if (created == null) {
            return Response.status(400).entity(Templates.form(null, "/statements", form, errors, query.kindOptions(), false)).build();
        }
        flash.set(created.reference != null ? Messages.notices().statement_saved_as(created.reference) : Messages.notices().statement_saved_draft());
        if (!form.proposedRecipients().isEmpty()) {
            return Redirects.seeOther("/statements/" + created.id + "/dispatch?"
                    + new QueryString().addAll("recipientIds", form.proposedRecipients()));
        }
        return Redirects.seeOther("/statements/" + created.id);
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@RestPath Long id, @RestQuery String status) {
        return detailPage(id, status, FormErrors.none());
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed(Role.CLERK_ROLE)
    public TemplateInstance edit(@RestPath Long id) {
        Statement s = load(id);
        return Templates.form(id, "/statements/" + id, StatementForm.of(s), FormErrors.none(), query.kindOptions(),
                s.status == StatementStatus.ISSUED);
    }

    @POST
    @Path("{id}")
    @RolesAllowed(Role.CLERK_ROLE)
    public Response update(@RestPath Long id, @BeanParam StatementForm form) {
        Statement current = load(id);
        boolean issued = current.status == StatementStatus.ISSUED;
        FormErrors errors = validator.validate(form);
        if (errors.isEmpty()) {
            try {
                statements.update(id, form, errors);
            } catch (OptimisticLockException stale) {
                em.clear();
                errors.add("_form", Messages.notices().statement_conflict());
                StatementForm kept = withVersion(form, load(id).version);
                return Response.status(409).entity(Templates.form(id, "/statements/" + id, kept, errors, query.kindOptions(), issued)).build();
            }
        }
        if (errors.isPresent()) {
            return Response.status(400).entity(Templates.form(id, "/statements/" + id, form, errors, query.kindOptions(), issued)).build();
        }
        flash.set(Messages.notices().statement_saved());
        return Redirects.seeOther("/statements/" + id);
    }

    @POST
    @Path("{id}/issue")
    @RolesAllowed(Role.CLERK_ROLE)
    public Response issue(@RestPath Long id) {
        Statement s = statements.issue(id);
        flash.set(Messages.notices().statement_issued(s.reference));
        return Redirects.seeOther("/statements/" + id);
    }

    @POST
    @Path("{id}/attachments")
    @RolesAllowed(Role.CLERK_ROLE)
    @OnceOnly
    public Response upload(@RestPath Long id, @RestForm("file") FileUpload file) {
        statements.get(id);
        FormErrors errors = new FormErrors();
        String type = attachments.check(file, "file", errors);
        if (type == null) {
            return Response.status(400).entity(detailPage(id, null, errors)).build();
        }
        Attachment a = statements.attach(id, file, type);
        flash.set(Messages.notices().attached(a.fileName));
        return Redirects.seeOther("/statements/" + id);
    }

    private TemplateInstance detailPage(Long id, String status, FormErrors errors) {
        Statement s = load(id);
        return Templates.detail(s, statements.attachments(id), status, errors, audit.forRecord("Statement", id),
                attachmentsLimitMb());
    }

    private long attachmentsLimitMb() {
        return Math.max(1, config.attachments().maxBytes() / 1048576);
    }

    Statement load(Long id) {
        return NotFound.orThrow(em.createQuery("select s from Statement s join fetch s.kind where s.id = :id", Statement.class)
                .setParameter("id", id).getResultStream().findFirst().orElse(null));
    }

    private static Integer parseYear(String year) {
        try {
            int y = Integer.parseInt(year == null ? "" : year.trim());
            return y >= 1900 && y <= 2999 ? y : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String or(MultivaluedMap<String, String> p, String name, String fallback) {
        String v = p.getFirst(name);
        return v == null ? fallback : v;
    }

    private static StatementForm withVersion(StatementForm f, long version) {
        return new StatementForm(f.kindCode(), f.title(), f.reference(), f.issuedOn(), f.place(), f.signatory(), f.language(),
                f.summary(), f.fullText(), f.topics(), f.inResponseTo(), f.responseReference(), f.responseDate(), f.issueNow(),
                f.proposedRecipientId(), version);
    }
}
