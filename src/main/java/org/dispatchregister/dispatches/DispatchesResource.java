package org.dispatchregister.dispatches;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dispatchregister.web.RequestLanguage;
import org.dispatchregister.web.EnumLabels;
import org.dispatchregister.web.Language;
import org.dispatchregister.web.Messages;
import org.dispatchregister.audit.AuditEventView;
import org.dispatchregister.audit.AuditHistory;
import org.dispatchregister.common.NotFound;
import org.dispatchregister.common.Role;
import org.dispatchregister.recipients.Channel;
import org.dispatchregister.web.Enums;
import org.dispatchregister.web.Flash;
import org.dispatchregister.web.FormDates;
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

/** The dispatches list with its bulk actions, the dispatch page (edit, replies, reminders) and the reminder form. */
@Path("/dispatches")
@RolesAllowed(Role.VIEWER_ROLE)
@Produces(MediaType.TEXT_HTML)
public class DispatchesResource {

    /** A file attached to one of the replies shown. */
    public record ReplyFile(Long replyId, Long id, String fileName) {
    }

    @CheckedTemplate(basePath = "dispatches")
    public static class Templates {
        static native TemplateInstance list(List<DispatchQuery.Row> rows, PageInfo page, DispatchQuery.Filter filter,
                String statusText, List<Option> statuses, List<Option> actions, LocalDate today, String back,
                List<Option> statements, List<Option> lists, boolean checkAll, String checkAllUrl);

        public static native TemplateInstance detail(Dispatch d, DispatchEditForm form, FormErrors errors, List<Option> statuses,
                List<Option> channels, List<Reply> replies, List<ReplyFile> replyFiles, List<Dispatch> reminders,
                ReplyForm replyForm, FormErrors replyErrors, List<Option> replyKinds, boolean overdue,
                List<AuditEventView> history);

        static native TemplateInstance reminder(Dispatch d, ReminderForm form, FormErrors errors, List<Option> channels,
                long reminders, String letterLanguage, List<Option> letterLanguages);
    }

    @Inject
    DispatchQuery query;

    @Inject
    DispatchService dispatches;

    @Inject
    BulkUpdates bulk;

    @Inject
    AuditHistory audit;

    @Inject
    EntityManager em;

    @Inject
    Flash flash;

    @Inject
    Clock clock;

    @GET
    public TemplateInstance list(@RestQuery Long statement, @RestQuery Long recipient, @RestQuery Long list, @RestQuery String q,
            @RestQuery String status, @RestQuery String overdue, @RestQuery String sort, @RestQuery String dir, @RestQuery Integer page,
            @RestQuery String check) {
        LocalDate today = LocalDate.now(clock);
        DispatchStatus st = Enums.parse(DispatchStatus.class, status);
        boolean od = overdue != null && !overdue.isEmpty();
        DispatchQuery.Filter filter = new DispatchQuery.Filter(statement, recipient, list, q, st, od, today);
        Sort order = DispatchQuery.SORTS.parse(sort, dir);
        PageInfo info = PageInfo.of(page, query.count(filter), "/dispatches", filter.query().toString(), order);
        // "Select all on this page" is a link that reloads the page with every box ticked: no script needed.
        boolean checkAll = "all".equals(check);
        String here = info.pageUrl(info.number());
        String checkAllUrl = checkAll ? here : here + (here.contains("?") ? "&" : "?") + "check=all";
        return Templates.list(query.page(filter, order, info.offset(), info.size()), info, filter, st == null ? "" : st.name(),
                DispatchQuery.statusOptions(List.of(DispatchStatus.values())), BulkAction.options(), today, here,
                query.statementOptions(), query.listOptions(), checkAll, checkAllUrl);
    }

    @POST
    @Path("bulk")
    @RolesAllowed(Role.CLERK_ROLE)
    public Response bulk(@RestForm List<Long> ids, @RestForm String action, @RestForm String date, @RestForm String back,
            @RestForm String scope, @BeanParam BulkFilterForm matching) {
        String target = back != null && back.startsWith("/dispatches") ? Redirects.localOr(back, "/dispatches") : "/dispatches";
        if ("filter".equals(scope)) {
            // every dispatch the list's filter matches, not only the ticked rows of this page
            ids = query.ids(matching.toFilter(LocalDate.now(clock)), BulkUpdates.MAX_SELECTION + 1);
        }
        BulkAction a = Enums.parse(BulkAction.class, action);
        FormErrors errors = new FormErrors();
        LocalDate when = FormDates.parse("date", date, errors);
        if (ids == null || ids.isEmpty()) {
            flash.set(Messages.notices().select_dispatch_first());
        } else if (a == null) {
            flash.set(Messages.notices().choose_action());
        } else if (errors.isPresent() || (a.needsDate() && when == null)) {
            flash.set(Messages.notices().bulk_date_needed(EnumLabels.shown(a), RequestLanguage.current().dateExample()));
        } else if (when != null && when.isAfter(LocalDate.now(clock))) {
            flash.set(Messages.notices().bulk_date_future());
        } else if (ids.size() > BulkUpdates.MAX_SELECTION) {
            flash.set(Messages.notices().bulk_too_many(BulkUpdates.MAX_SELECTION));
        } else {
            BulkUpdates.Outcome outcome = bulk.apply(a, ids, when);
            flash.set(outcome.skipped() > 0 ? Messages.notices().bulk_done_skipped(EnumLabels.shown(a), outcome.changed(), outcome.skipped())
                    : Messages.notices().bulk_done(EnumLabels.shown(a), outcome.changed()));
        }
        return Redirects.seeOther(target);
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@RestPath Long id) {
        Dispatch d = load(id);
        return page(d, DispatchEditForm.of(d), FormErrors.none(), ReplyForm.blank(LocalDate.now(clock).toString()), FormErrors.none());
    }

    @POST
    @Path("{id}")
    @RolesAllowed(Role.CLERK_ROLE)
    public Response update(@RestPath Long id, @BeanParam DispatchEditForm form) {
        load(id);
        FormErrors errors = new FormErrors();
        DispatchEdit edit = form.toEdit(errors);
        if (errors.isEmpty()) {
            try {
                dispatches.update(id, edit, errors);
            } catch (OptimisticLockException stale) {
                em.clear();
                Dispatch current = load(id);
                errors.add("_form", Messages.notices().dispatch_conflict(EnumLabels.shown(current.status)));
                return Response.status(409).entity(page(current, form.withVersion(current.version), errors, blankReply(), FormErrors.none())).build();
            }
        }
        if (errors.isPresent()) {
            em.clear();
            return Response.status(400).entity(page(load(id), form, errors, blankReply(), FormErrors.none())).build();
        }
        flash.set(Messages.notices().dispatch_saved());
        return Redirects.seeOther("/dispatches/" + id);
    }

    @GET
    @Path("{id}/reminder")
    @RolesAllowed(Role.CLERK_ROLE)
    public TemplateInstance reminderForm(@RestPath Long id, @RestQuery String lang) {
        Dispatch d = load(id);
        // the letter is written in the recipient's working language unless the clerk chose another
        Language language = Language.fromTag(lang).or(() -> Language.fromName(d.recipient.workingLanguage)).orElse(Language.EN);
        String text = ReminderLetter.text(language, d.recipient.name, d.statement.kind.name, d.statement.reference, d.statement.issuedOn,
                d.statement.title, d.sentOn, d.replyDueOn);
        ReminderForm form = new ReminderForm(text, d.channel.name(), LocalDate.now(clock).toString());
        return Templates.reminder(d, form, FormErrors.none(), Channel.options(), reminderCount(id), language.tag(),
                Messages.languageOptions(null));
    }

    @POST
    @Path("{id}/reminder")
    @RolesAllowed(Role.CLERK_ROLE)
    @OnceOnly
    public Response remind(@RestPath Long id, @BeanParam ReminderForm form) {
        load(id);
        FormErrors errors = new FormErrors();
        Dispatch reminder = dispatches.remind(id, form, errors);
        if (reminder == null) {
            em.clear();
            Dispatch d = load(id);
            return Response.status(400).entity(Templates.reminder(d, form, errors, Channel.options(), reminderCount(id),
                    Language.fromName(d.recipient.workingLanguage).orElse(Language.EN).tag(), Messages.languageOptions(null))).build();
        }
        flash.set(Messages.notices().reminder_recorded(reminder.sentOn));
        return Redirects.seeOther("/dispatches/" + id);
    }

    /** The dispatch page; also used by the replies resource to re-render with the reply form's messages. */
    public TemplateInstance page(Dispatch d, DispatchEditForm form, FormErrors errors, ReplyForm replyForm, FormErrors replyErrors) {
        List<Reply> replies = Reply.list("dispatch.id = ?1 order by receivedOn, id", d.id);
        List<ReplyFile> files = replies.isEmpty() ? List.of()
                : em.createQuery("select new org.dispatchregister.dispatches.DispatchesResource$ReplyFile(r.id, a.id, a.fileName) "
                        + "from Reply r join r.attachments a where r.id in :ids order by a.id", ReplyFile.class)
                        .setParameter("ids", replies.stream().map(r -> r.id).toList()).getResultList();
        List<Dispatch> reminders = Dispatch.list("followUpOf.id = ?1 and letterText is not null order by sentOn, id", d.id);
        boolean overdue = ReplyRules.isOverdue(d.replyExpected, d.status, d.replyDueOn, LocalDate.now(clock));
        return Templates.detail(d, form, errors, DispatchQuery.statusOptions(DispatchTransitions.choices(d.status)),
                Channel.options(), replies, files, reminders, replyForm, replyErrors, ReplyKind.options(),
                overdue, audit.forRecord("Dispatch", d.id));
    }

    /** Loads a dispatch with everything its page shows. */
    public Dispatch load(Long id) {
        return NotFound.orThrow(em.createQuery("select d from Dispatch d join fetch d.statement s join fetch s.kind "
                + "join fetch d.recipient left join fetch d.viaList left join fetch d.followUpOf where d.id = :id", Dispatch.class)
                .setParameter("id", id).getResultStream().findFirst().orElse(null));
    }

    private long reminderCount(Long id) {
        return Dispatch.count("followUpOf.id = ?1 and letterText is not null", id);
    }

    private ReplyForm blankReply() {
        return ReplyForm.blank(LocalDate.now(clock).toString());
    }
}
