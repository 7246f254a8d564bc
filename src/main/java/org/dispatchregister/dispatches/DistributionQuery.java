package org.dispatchregister.dispatches;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;

import org.dispatchregister.recipients.Channel;
import org.dispatchregister.web.Enums;


/**
 * The distribution matrix of one statement: who got it, through which list and channel, where each
 * dispatch stands, the last reply and the days it took to answer. Four queries whatever the number of rows.
 * The rows list every dispatch but the reminder letters (a re-send shows, marked as a follow-up); the
 * counts are of original dispatches only ({@link Dispatch#ORIGINAL}), as on every other page.
 * The statement page (a lower feature) shows it through the {@code distributionMatrix} tag, which asks this
 * bean as {@code inject:distribution}.
 */
@ApplicationScoped
@Named("distribution")
public class DistributionQuery {

    /** One recipient's line of the matrix. */
    public record Row(Long dispatchId, Long recipientId, String recipientName, String acronym, String viaList, Channel channel,
            LocalDate sentOn, DispatchStatus status, boolean overdue, LocalDate replyDueOn, LocalDate lastReplyOn,
            ReplyKind lastReplyKind, Long daysToReply, long reminders, boolean followUp) {
    }

    /** The matrix: rows (filtered by status) and the counts by status of every original dispatch. */
    public record Matrix(List<Row> rows, Map<DispatchStatus, Long> counts, long total, long overdue, DispatchStatus filter) {

        /** The status filter as the page's query parameter; empty for all. */
        public String filterCode() {
            return filter == null ? "" : filter.name();
        }
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** The matrix as of today, filtered by a status code from the page (an unknown code shows all). */
    public Matrix forStatement(Long statementId, String statusCode) {
        return forStatement(statementId, Enums.parse(DispatchStatus.class, statusCode), LocalDate.now(clock));
    }

    public Matrix forStatement(Long statementId, DispatchStatus status, LocalDate today) {
        var query = em.createQuery("select d.id, r.id, r.name, r.acronym, l.name, d.channel, d.sentOn, d.status, "
                + "d.replyExpected, d.replyDueOn, d.followUpOf.id from Dispatch d join d.recipient r left join d.viaList l "
                + "where d.statement.id = :s and d.letterText is null" + (status == null ? "" : " and d.status = :status")
                + " order by r.sortName, r.id, d.id", Object[].class)
                .setParameter("s", statementId);
        if (status != null) {
            query.setParameter("status", status);
        }
        List<Object[]> dispatches = query.getResultList();
        Map<Long, List<Object[]>> replies = new HashMap<>();
        em.createQuery("select r.dispatch.id, r.receivedOn, r.kind from Reply r where r.dispatch.statement.id = :s "
                + "order by r.receivedOn, r.id", Object[].class)
                .setParameter("s", statementId).getResultList()
                .forEach(r -> replies.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(r));
        Map<Long, Long> reminders = new HashMap<>();
        em.createQuery("select d.followUpOf.id, count(d) from Dispatch d where d.statement.id = :s and d.letterText is not null "
                + "group by d.followUpOf.id", Object[].class)
                .setParameter("s", statementId).getResultList()
                .forEach(r -> reminders.put((Long) r[0], (Long) r[1]));
        Map<DispatchStatus, Long> counts = new EnumMap<>(DispatchStatus.class);
        long overdue = (Long) em.createQuery("select count(d) from Dispatch d where d.statement.id = :s and " + Dispatch.ORIGINAL
                + " and " + ReplyRules.OVERDUE_JPQL).setParameter("s", statementId).setParameter("today", today).getSingleResult();
        em.createQuery("select d.status, count(d) from Dispatch d where d.statement.id = :s and " + Dispatch.ORIGINAL
                + " group by d.status",
                Object[].class).setParameter("s", statementId).getResultList()
                .forEach(r -> counts.put((DispatchStatus) r[0], (Long) r[1]));
        List<Row> rows = new ArrayList<>(dispatches.size());
        for (Object[] d : dispatches) {
            Long id = (Long) d[0];
            LocalDate sentOn = (LocalDate) d[6];
            DispatchStatus st = (DispatchStatus) d[7];
            List<Object[]> own = replies.getOrDefault(id, List.of());
            Object[] last = own.isEmpty() ? null : own.get(own.size() - 1);
            LocalDate firstAnswer = own.stream().filter(r -> ReplyRules.ANSWER_KINDS.contains((ReplyKind) r[2]))
                    .map(r -> (LocalDate) r[1]).findFirst().orElse(null);
            Long days = firstAnswer == null || sentOn == null ? null : ChronoUnit.DAYS.between(sentOn, firstAnswer);
            rows.add(new Row(id, (Long) d[1], (String) d[2], (String) d[3], (String) d[4], (Channel) d[5], sentOn, st,
                    ReplyRules.isOverdue((Boolean) d[8], st, (LocalDate) d[9], today), (LocalDate) d[9],
                    last == null ? null : (LocalDate) last[1], last == null ? null : (ReplyKind) last[2], days,
                    reminders.getOrDefault(id, 0L), d[10] != null));
        }
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return new Matrix(rows, counts, total, overdue, status);
    }
}
