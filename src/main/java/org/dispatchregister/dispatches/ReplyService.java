package org.dispatchregister.dispatches;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.dispatchregister.web.Messages;
import org.dispatchregister.audit.AuditActor;
import org.dispatchregister.common.NotFound;
import org.dispatchregister.recipients.Recipient;
import org.dispatchregister.statements.Statement;
import org.dispatchregister.web.FormErrors;

/** Recording replies and linking an unlinked one; each moves its dispatch on by {@link ReplyRules#statusAfter}. */
@ApplicationScoped
public class ReplyService {

    @Inject
    Clock clock;

    public Reply get(Long id) {
        return NotFound.orThrow(Reply.findById(id));
    }

    /** Records a reply against a dispatch (a reply to a reminder counts for the original dispatch). */
    @Transactional
    public Reply recordForDispatch(Long dispatchId, ReplyInput input, FormErrors errors) {
        Dispatch dispatch = original(NotFound.orThrow(Dispatch.<Dispatch> findById(dispatchId)));
        check(input, dispatch, errors);
        if (errors.isPresent()) {
            return null;
        }
        Reply reply = newReply(input);
        attach(reply, dispatch);
        reply.persist();
        return reply;
    }

    /**
     * Records an incoming letter from /replies/new: against the dispatch of the statement to the recipient when
     * both are given, otherwise unlinked (keeping whichever of the two is known).
     */
    @Transactional
    public Reply recordIncoming(Long recipientId, Long statementId, ReplyInput input, FormErrors errors) {
        Recipient recipient = recipientId == null ? null : Recipient.findById(recipientId);
        Statement statement = statementId == null ? null : Statement.findById(statementId);
        if (recipientId != null && recipient == null) {
            errors.add("recipientId", Messages.notices().no_such_recipient());
        }
        if (statementId != null && statement == null) {
            errors.add("statementId", Messages.notices().no_such_statement());
        }
        Dispatch dispatch = null;
        if (recipient != null && statement != null) {
            dispatch = find(recipient.id, statement.id);
            if (dispatch == null) {
                errors.add("statementId", Messages.notices().never_dispatched_to(recipient.name));
            }
        }
        check(input, dispatch, errors);
        if (errors.isPresent()) {
            return null;
        }
        Reply reply = newReply(input);
        if (dispatch != null) {
            attach(reply, dispatch);
        } else {
            reply.recipient = recipient;
            reply.statement = statement;
        }
        reply.persist();
        return reply;
    }

    /** Links an unlinked reply to the dispatch of a statement to a recipient (or to a dispatch by id). */
    @Transactional
    public Reply link(Long replyId, Long dispatchId, Long recipientId, Long statementId, FormErrors errors) {
        Reply reply = get(replyId);
        if (reply.dispatch != null) {
            errors.add("_form", Messages.notices().reply_already_linked());
            return reply;
        }
        Dispatch dispatch = null;
        if (dispatchId != null) {
            dispatch = Dispatch.findById(dispatchId);
            if (dispatch == null) {
                errors.add("dispatchId", Messages.notices().no_dispatch_id(String.valueOf(dispatchId)));
            }
        } else if (recipientId != null && statementId != null) {
            dispatch = find(recipientId, statementId);
            if (dispatch == null) {
                errors.add("statementId", Messages.notices().never_dispatched_to_that());
            }
        } else {
            errors.add("statementId", Messages.notices().choose_recipient_and_statement());
        }
        if (dispatch != null) {
            dispatch = original(dispatch);
            check(new ReplyInput(reply.receivedOn, reply.theirReference, reply.kind, reply.summary), dispatch, errors);
        }
        if (errors.isPresent()) {
            return reply;
        }
        attach(reply, dispatch);
        return reply;
    }

    private void check(ReplyInput input, Dispatch dispatch, FormErrors errors) {
        if (input == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        if (input.receivedOn().isAfter(today)) {
            errors.add("receivedOn", Messages.notices().received_in_future());
        }
        if (dispatch != null && dispatch.sentOn != null && input.receivedOn().isBefore(dispatch.sentOn)) {
            errors.add("receivedOn", Messages.notices().received_before_sent(dispatch.sentOn));
        }
        if (input.theirReference() != null && input.theirReference().length() > 100) {
            errors.add("theirReference", Messages.notices().at_most_chars(Messages.number(100)));
        }
        if (input.summary() != null && input.summary().length() > 4000) {
            errors.add("summary", Messages.notices().at_most_chars(Messages.number(4000)));
        }
    }

    private Reply newReply(ReplyInput input) {
        Reply reply = new Reply();
        reply.receivedOn = input.receivedOn();
        reply.theirReference = input.theirReference();
        reply.kind = input.kind();
        reply.summary = input.summary();
        reply.createdAt = LocalDateTime.now(clock);
        reply.createdBy = AuditActor.current();
        return reply;
    }

    private static void attach(Reply reply, Dispatch dispatch) {
        reply.dispatch = dispatch;
        reply.recipient = dispatch.recipient;
        reply.statement = dispatch.statement;
        DispatchStatus next = ReplyRules.statusAfter(reply.kind, dispatch.status);
        if (next == DispatchStatus.ACKNOWLEDGED && dispatch.acknowledgedOn == null) {
            dispatch.acknowledgedOn = reply.receivedOn;
        }
        dispatch.status = next;
        dispatch.updatedAt = reply.createdAt != null ? reply.createdAt : LocalDateTime.now();
    }

    private static Dispatch original(Dispatch d) {
        return d.isOriginal() ? d : d.followUpOf;
    }

    /** The latest original dispatch of the statement to the recipient. */
    static Dispatch find(Long recipientId, Long statementId) {
        return Dispatch.find("from Dispatch d where d.recipient.id = ?1 and d.statement.id = ?2 and " + Dispatch.ORIGINAL
                + " order by d.sentOn desc nulls last, d.id desc", recipientId, statementId).firstResult();
    }
}
