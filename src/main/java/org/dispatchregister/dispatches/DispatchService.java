package org.dispatchregister.dispatches;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.dispatchregister.web.Messages;
import org.dispatchregister.audit.AuditActor;
import org.dispatchregister.audit.AuditBulk;
import org.dispatchregister.common.NotFound;
import org.dispatchregister.lists.DistributionList;
import org.dispatchregister.recipients.Channel;
import org.dispatchregister.recipients.Recipient;
import org.dispatchregister.statements.Statement;
import org.dispatchregister.statements.StatementService;
import org.dispatchregister.statements.StatementStatus;
import org.dispatchregister.web.Versions;
import org.dispatchregister.web.Enums;
import org.dispatchregister.web.FormErrors;

/** Creating dispatches (many at once), editing one, and sending a reminder for an unanswered one. */
@ApplicationScoped
public class DispatchService {

    private static final int IN_CHUNK = 1000;

    @Inject
    EntityManager em;

    @Inject
    DispatchPlanner planner;

    @Inject
    StatementService statements;

    @Inject
    AuditBulk auditBulk;

    @Inject
    Clock clock;

    public Dispatch get(Long id) {
        return NotFound.orThrow(Dispatch.findById(id));
    }

    /**
     * Creates one dispatch per planned recipient in one transaction; nothing at all when any input is
     * refused. A draft statement is issued first (it gets its reference). Insert-only: recipients,
     * statement and lists are references, the plan's queries are the only reads.
     */
    @Transactional
    public List<Dispatch> create(Long statementId, DispatchRequest request, FormErrors errors) {
        Statement statement = statements.get(statementId);
        checkDetails(request, errors);
        DispatchPlan plan = planner.plan(statementId, request, errors);
        if (errors.isEmpty() && plan.included().isEmpty()) {
            errors.add("_form", Messages.notices().everyone_received());
        }
        if (errors.isPresent()) {
            return List.of();
        }
        if (statement.status == StatementStatus.DRAFT) {
            statements.issue(statementId);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String user = AuditActor.current();
        DispatchStatus status = request.sentOn().isAfter(LocalDate.now(clock)) ? DispatchStatus.PLANNED : DispatchStatus.SENT;
        List<DispatchPlan.Row> rows = plan.included();
        // References, not loaded rows: the plan has already checked every recipient, and the audit
        // names an unloaded reference by its id without loading it.
        Map<Long, Recipient> recipients = new HashMap<>();
        rows.forEach(row -> recipients.put(row.recipientId(), em.getReference(Recipient.class, row.recipientId())));
        Map<Long, DistributionList> lists = byId(DistributionList.class,
                rows.stream().map(DispatchPlan.Row::viaListId).filter(Objects::nonNull).distinct().toList());
        Map<Long, Dispatch> previous = byId(Dispatch.class,
                rows.stream().map(DispatchPlan.Row::previousDispatchId).filter(Objects::nonNull).toList());
        if (rows.size() > 1) {
            auditBulk.createdTogether(Dispatch.class, bulkSummary(statement, rows.size(), lists.values()));
        }
        List<Dispatch> created = new ArrayList<>(rows.size());
        for (DispatchPlan.Row row : rows) {
            Dispatch d = new Dispatch();
            d.statement = statement;
            d.recipient = recipients.get(row.recipientId());
            d.viaList = lists.get(row.viaListId());
            d.followUpOf = previous.get(row.previousDispatchId());
            d.channel = request.channel();
            d.status = status;
            d.sentOn = request.sentOn();
            d.replyExpected = request.replyExpected();
            d.replyDueOn = request.replyExpected() ? request.replyDueOn() : null;
            d.note = request.note() == null || request.note().isBlank() ? null : request.note().trim();
            d.createdAt = now;
            d.createdBy = user;
            d.updatedAt = now;
            em.persist(d);
            created.add(d);
        }
        return created;
    }

    /** The one audit line of a bulk dispatch: statement, count and the lists it went through. */
    private static String bulkSummary(Statement statement, int count, java.util.Collection<DistributionList> lists) {
        String via = lists.isEmpty() ? "" : " via " + String.join(", ", lists.stream().map(l -> l.auditLabel()).sorted().toList());
        return "Dispatched " + statement.auditLabel() + " to " + count + " recipients" + via;
    }

    /**
     * Loads entities by id in a few IN queries (never one per row): the audit of each new dispatch names its
     * recipient and list, which would otherwise load them one at a time.
     */
    private <T> Map<Long, T> byId(Class<T> type, List<Long> ids) {
        Map<Long, T> result = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            for (T entity : em.createQuery("select e from " + type.getSimpleName() + " e where e.id in :ids", type)
                    .setParameter("ids", chunk).getResultList()) {
                result.put((Long) em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity), entity);
            }
        }
        return result;
    }

    private static void checkDetails(DispatchRequest request, FormErrors errors) {
        if (request.channel() == null) {
            errors.add("channel", Messages.notices().choose_channel());
        }
        if (request.sentOn() == null) {
            errors.add("sentOn", Messages.notices().enter_sent_date());
        }
        if (request.replyExpected() && request.replyDueOn() == null) {
            errors.add("replyDueOn", Messages.notices().enter_due_date());
        }
        if (request.replyExpected() && request.replyDueOn() != null && request.sentOn() != null
                && request.replyDueOn().isBefore(request.sentOn())) {
            errors.add("replyDueOn", Messages.notices().due_before_sent());
        }
        if (request.note() != null && request.note().length() > 1000) {
            errors.add("note", Messages.notices().at_most_chars(Messages.number(1000)));
        }
    }

    /** Applies an edit of status and dates; the version must match (else a stale edit, 409). */
    @Transactional
    public Dispatch update(Long id, DispatchEdit edit, FormErrors errors) {
        Dispatch d = get(id);
        Versions.check(edit.version(), d.version);
        if (edit.status() == null) {
            errors.add("status", Messages.notices().choose_status());
        } else if (!DispatchTransitions.allowed(d.status, edit.status())) {
            errors.add("status", DispatchTransitions.describe(d.status, edit.status()));
        }
        if (edit.sentOn() == null && edit.status() != null && edit.status() != DispatchStatus.PLANNED
                && edit.status() != DispatchStatus.WITHDRAWN) {
            errors.add("sentOn", Messages.notices().enter_sent_date());
        }
        before("deliveredOn", edit.deliveredOn(), edit.sentOn(), "The delivery date cannot be before the date sent", errors);
        before("acknowledgedOn", edit.acknowledgedOn(), edit.sentOn(), "The acknowledgement date cannot be before the date sent", errors);
        before("replyDueOn", edit.replyDueOn(), edit.sentOn(), "The reply due date cannot be before the date sent", errors);
        if (edit.replyExpected() && edit.replyDueOn() == null) {
            errors.add("replyDueOn", Messages.notices().enter_due_date());
        }
        if (edit.channel() == null) {
            errors.add("channel", Messages.notices().choose_channel());
        }
        if (edit.note() != null && edit.note().length() > 1000) {
            errors.add("note", Messages.notices().at_most_chars(Messages.number(1000)));
        }
        if (errors.isPresent()) {
            return d;
        }
        d.status = edit.status();
        d.channel = edit.channel();
        d.sentOn = edit.sentOn();
        d.deliveredOn = edit.deliveredOn() == null && edit.status() == DispatchStatus.DELIVERED ? LocalDate.now(clock) : edit.deliveredOn();
        d.acknowledgedOn = edit.acknowledgedOn();
        d.replyExpected = edit.replyExpected();
        d.replyDueOn = edit.replyExpected() ? edit.replyDueOn() : null;
        d.note = edit.note() == null || edit.note().isBlank() ? null : edit.note().trim();
        d.updatedAt = LocalDateTime.now(clock);
        return d;
    }

    /** Records a reminder for an unanswered dispatch: a follow-up dispatch carrying the letter text. */
    @Transactional
    public Dispatch remind(Long id, ReminderForm form, FormErrors errors) {
        Dispatch original = get(id);
        LocalDate sentOn = org.dispatchregister.web.FormDates.parse("sentOn", form.sentOn(), errors);
        if (sentOn == null && !errors.has("sentOn")) {
            errors.add("sentOn", Messages.notices().enter_sent_date());
        }
        if (sentOn != null && original.sentOn != null && sentOn.isBefore(original.sentOn)) {
            errors.add("sentOn", Messages.notices().reminder_before_original(original.sentOn));
        }
        Channel channel = Enums.parse(Channel.class, form.channel());
        if (channel == null) {
            errors.add("channel", Messages.notices().choose_channel());
        }
        if (form.letterText() == null || form.letterText().isBlank()) {
            errors.add("letterText", Messages.notices().enter_reminder_text());
        } else if (form.letterText().length() > 20000) {
            errors.add("letterText", Messages.notices().at_most_chars(Messages.number(20000)));
        }
        if (errors.isPresent()) {
            return null;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Dispatch reminder = new Dispatch();
        reminder.statement = original.statement;
        reminder.recipient = original.recipient;
        reminder.viaList = null;
        reminder.followUpOf = original;
        reminder.channel = channel;
        reminder.status = sentOn.isAfter(LocalDate.now(clock)) ? DispatchStatus.PLANNED : DispatchStatus.SENT;
        reminder.sentOn = sentOn;
        reminder.replyExpected = false;
        reminder.note = "Reminder";
        reminder.letterText = form.letterText().trim();
        reminder.createdAt = now;
        reminder.createdBy = AuditActor.current();
        reminder.updatedAt = now;
        reminder.persist();
        return reminder;
    }

    private static void before(String field, LocalDate date, LocalDate sent, String message, FormErrors errors) {
        if (date != null && sent != null && date.isBefore(sent)) {
            errors.add(field, message);
        }
    }
}
