package org.dispatchregister.dispatches;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dispatchregister.web.Messages;
import org.dispatchregister.attachments.AttachmentService;
import org.dispatchregister.audit.AuditEventView;
import org.dispatchregister.audit.AuditHistory;
import org.dispatchregister.common.Role;
import org.dispatchregister.recipients.RecipientQueries;
import org.dispatchregister.recipients.RecipientQueries.PickScope;
import org.dispatchregister.web.Enums;
import org.dispatchregister.web.Flash;
import org.dispatchregister.web.FormErrors;
import org.dispatchregister.web.Option;
import org.dispatchregister.web.PageInfo;
import org.dispatchregister.web.QueryString;
import org.dispatchregister.web.Redirects;
import org.dispatchregister.web.Sort;
import org.dispatchregister.web.OnceOnly;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The replies list, the form for an incoming letter (linked or not), a reply's page and linking it later. */
@Path("/replies")
@RolesAllowed(Role.VIEWER_ROLE)
@Produces(MediaType.TEXT_HTML)
public class RepliesResource {

    /** A file attached to the reply. */
    public record FileLink(Long id, String fileName, long sizeBytes) {
    }

    @CheckedTemplate(basePath = "replies")
    static class Templates {
        static native TemplateInstance list(List<ReplyQuery.Row> rows, PageInfo page, ReplyQuery.Filter filter, String kindText,
                List<Option> kinds);

        static native TemplateInstance form(ReplyForm form, FormErrors errors, List<Option> kinds, List<Option> recipients,
                List<Option> statements, String from);

        static native TemplateInstance detail(ReplyQuery.Row reply, List<FileLink> files, FormErrors errors, String recipientId,
                String statementId, List<Option> recipients, List<Option> statements, List<AuditEventView> history);
    }

    /** At most this many bodies offered after a "From" search. */
    static final int FROM_SEARCH_LIMIT = 50;

    @Inject
    ReplyQuery query;

    @Inject
    RecipientQueries recipientQueries;

    @Inject
    ReplyService replies;

    @Inject
    ReplyAttachments attachments;

    @Inject
    AuditHistory audit;

    @Inject
    EntityManager em;

    @Inject
    Flash flash;

    @Inject
    Clock clock;

    @GET
    public TemplateInstance list(@RestQuery String q, @RestQuery String kind, @RestQuery String unlinked, @RestQuery String sort,
            @RestQuery String dir, @RestQuery Integer page) {
        ReplyKind k = Enums.parse(ReplyKind.class, kind);
        boolean ul = unlinked != null && !unlinked.isEmpty();
        ReplyQuery.Filter filter = new ReplyQuery.Filter(q, k, ul);
        String qs = new QueryString().add("q", q).add("kind", k).add("unlinked", ul ? "on" : null).toString();
        Sort order = ReplyQuery.SORTS.parse(sort, dir);
        PageInfo info = PageInfo.of(page, query.count(filter), "/replies", qs, order);
        return Templates.list(query.page(filter, order, info.offset(), info.size()), info, filter, k == null ? "" : k.name(), ReplyKind.options());
    }

    @GET
    @Path("new")
    @RolesAllowed(Role.CLERK_ROLE)
    public TemplateInstance newForm(@RestQuery String from) {
        ReplyForm blank = ReplyForm.blank(LocalDate.now(clock).toString());
        if (from == null || from.isBlank()) {
            return Templates.form(blank, FormErrors.none(), ReplyKind.options(), recipientOptions(), statementOptions(), "");
        }
        // "From" narrowed by the register's one search; a single body found is chosen at once
        List<RecipientQueries.Pick> found = recipientQueries.pick(from, PickScope.ACTIVE, FROM_SEARCH_LIMIT);
        List<Option> options = found.stream().map(p -> new Option(p.id().toString(), p.label())).toList();
        ReplyForm form = found.size() == 1 ? blank.withRecipient(found.get(0).id().toString()) : blank;
        return Templates.form(form, FormErrors.none(), ReplyKind.options(), options, statementOptions(), from.strip());
    }

    @POST
    @RolesAllowed(Role.CLERK_ROLE)
    @OnceOnly
    public Response create(@BeanParam ReplyForm form) {
        FormErrors errors = new FormErrors();
        ReplyInput input = form.toInput(LocalDate.now(clock), errors);
        String type = form.hasAttachment() ? attachments.check(form, errors) : null;
        Reply reply = errors.isPresent() ? null : attachments.recordIncoming(form, input, type, errors);
        if (reply == null) {
            return Response.status(400).entity(Templates.form(form, errors, ReplyKind.options(), recipientOptions(), statementOptions(), "")).build();
        }
        flash.set(reply.dispatch != null ? Messages.notices().reply_recorded_linked() : Messages.notices().reply_recorded_unlinked());
        return Redirects.seeOther("/replies/" + reply.id);
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@RestPath Long id) {
        return detailPage(id, FormErrors.none(), "", "");
    }

    @POST
    @Path("{id}/link")
    @RolesAllowed(Role.CLERK_ROLE)
    public Response link(@RestPath Long id, @RestForm String dispatchId, @RestForm String recipientId, @RestForm String statementId) {
        replies.get(id);
        FormErrors errors = new FormErrors();
        replies.link(id, parse(dispatchId), parse(recipientId), parse(statementId), errors);
        if (errors.isPresent()) {
            em.clear();
            return Response.status(400).entity(detailPage(id, errors, recipientId, statementId)).build();
        }
        flash.set(Messages.notices().reply_linked());
        return Redirects.seeOther("/replies/" + id);
    }

    private TemplateInstance detailPage(Long id, FormErrors errors, String recipientId, String statementId) {
        ReplyQuery.Row row = query.row(id);
        List<FileLink> files = em.createQuery("select new org.dispatchregister.dispatches.RepliesResource$FileLink(a.id, a.fileName, a.sizeBytes) "
                + "from Reply r join r.attachments a where r.id = :id order by a.id", FileLink.class).setParameter("id", id).getResultList();
        boolean linking = row.dispatchId() == null;
        return Templates.detail(row, files, errors, recipientId == null || recipientId.isEmpty() ? str(row.recipientId()) : recipientId,
                statementId == null || statementId.isEmpty() ? str(row.statementId()) : statementId,
                linking ? recipientOptions() : List.of(), linking ? statementOptions() : List.of(), audit.forRecord("Reply", id));
    }

    private List<Option> recipientOptions() {
        return recipientQueries.activeOptions();
    }

    private List<Option> statementOptions() {
        return em.createQuery("select s.id, s.reference, s.title, s.issuedOn from Statement s where exists "
                + "(select d.id from Dispatch d where d.statement = s) order by s.issuedOn desc nulls last, s.id desc", Object[].class)
                .setMaxResults(500).getResultList().stream()
                .map(r -> new Option(r[0].toString(), (r[1] == null ? "draft" : r[1]) + " · " + r[3] + " · " + abbreviate((String) r[2]))).toList();
    }

    private static String abbreviate(String s) {
        return s.length() > 70 ? s.substring(0, 69) + "…" : s;
    }

    private static String str(Long v) {
        return v == null ? "" : v.toString();
    }

    private static Long parse(String v) {
        try {
            return v == null || v.isBlank() ? null : Long.valueOf(v.trim());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
