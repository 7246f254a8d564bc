package org.dispatchregister.dispatches;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;

import org.dispatchregister.recipients.Channel;


/**
 * A recipient's correspondence history: every dispatch to it, newest first, with the statement, channel,
 * status and a summary of the replies. Two queries; rendered by the {@code correspondence} tag, which the
 * recipient page (a lower feature) includes and which asks this bean through {@code inject:correspondence}.
 */
@ApplicationScoped
@Named("correspondence")
public class CorrespondenceQuery {

    /** One dispatch to the recipient. */
    public record Row(Long dispatchId, Long statementId, String reference, String title, LocalDate issuedOn, Channel channel,
            DispatchStatus status, LocalDate sentOn, LocalDate replyDueOn, boolean overdue, boolean reminder, int replies,
            LocalDate lastReplyOn, ReplyKind lastReplyKind) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public List<Row> forRecipient(Long recipientId) {
        LocalDate today = LocalDate.now(clock);
        List<Object[]> dispatches = em.createQuery("select d.id, s.id, s.reference, s.title, s.issuedOn, d.channel, d.status, "
                + "d.sentOn, d.replyDueOn, d.replyExpected, case when d.letterText is null then false else true end from Dispatch d join d.statement s "
                + "where d.recipient.id = :r order by d.sentOn desc nulls first, d.id desc", Object[].class)
                .setParameter("r", recipientId).getResultList();
        Map<Long, List<Object[]>> replies = new HashMap<>();
        em.createQuery("select r.dispatch.id, r.receivedOn, r.kind from Reply r where r.dispatch.recipient.id = :r "
                + "order by r.receivedOn, r.id", Object[].class)
                .setParameter("r", recipientId).getResultList()
                .forEach(r -> replies.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(r));
        List<Row> rows = new ArrayList<>(dispatches.size());
        for (Object[] d : dispatches) {
            List<Object[]> own = replies.getOrDefault((Long) d[0], List.of());
            Object[] last = own.isEmpty() ? null : own.get(own.size() - 1);
            DispatchStatus status = (DispatchStatus) d[6];
            rows.add(new Row((Long) d[0], (Long) d[1], (String) d[2], (String) d[3], (LocalDate) d[4], (Channel) d[5], status,
                    (LocalDate) d[7], (LocalDate) d[8], ReplyRules.isOverdue((Boolean) d[9], status, (LocalDate) d[8], today),
                    (Boolean) d[10], own.size(), last == null ? null : (LocalDate) last[1], last == null ? null : (ReplyKind) last[2]));
        }
        return rows;
    }
}
