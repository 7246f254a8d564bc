package org.dispatchregister.dispatches;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.dispatchregister.recipients.Channel;
import org.dispatchregister.recipients.RecipientSearch;

/**
 * Dispatches awaiting a reply past their due date ({@link ReplyRules#OVERDUE_JPQL}, "today" from the
 * injected clock), oldest first, with how many reminders went out and when the last one did.
 */
@ApplicationScoped
public class OverdueQuery {

    /** One overdue dispatch. */
    public record Row(Long dispatchId, Long statementId, String reference, String title, LocalDate issuedOn, Long recipientId,
            String recipientName, String acronym, String category, Channel channel, DispatchStatus status, LocalDate sentOn,
            LocalDate replyDueOn, long reminders, LocalDate lastReminderOn) {

        public long daysOverdue(LocalDate today) {
            return ChronoUnit.DAYS.between(replyDueOn, today);
        }
    }

    /** Filters: recipient name or acronym, category id, statement id, minimum days past due. */
    public record Filter(String recipient, Long category, Long statement, Integer minDays) {
        public static Filter none() {
            return new Filter(null, null, null, null);
        }
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<Row> page(Filter filter, int offset, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        TypedQuery<Row> query = em.createQuery("select new org.dispatchregister.dispatches.OverdueQuery$Row("
                + "d.id, s.id, s.reference, s.title, s.issuedOn, r.id, r.name, r.acronym, c.name, d.channel, d.status, d.sentOn, "
                + "d.replyDueOn, (select count(f) from Dispatch f where f.followUpOf = d and f.letterText is not null), "
                + "(select max(f.sentOn) from Dispatch f where f.followUpOf = d and f.letterText is not null)) "
                + "from Dispatch d join d.statement s join d.recipient r left join r.category c" + where
                + " order by d.replyDueOn, d.id", Row.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(size).getResultList();
    }

    public long count(Filter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        TypedQuery<Long> query = em.createQuery("select count(d) from Dispatch d join d.statement s join d.recipient r" + where,
                Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private String where(Filter f, Map<String, Object> params) {
        LocalDate today = today();
        StringBuilder w = new StringBuilder(" where ").append(ReplyRules.OVERDUE_JPQL);
        params.put("today", today);
        RecipientSearch.Condition recipient = RecipientSearch.of(f.recipient());
        if (!recipient.isEmpty()) {
            // the register's one search: "o.s.c.e" or an alias finds the body here as in every picker
            w.append(" and ").append(recipient.jpql());
            params.putAll(recipient.filterParams());
        }
        if (f.category() != null) {
            w.append(" and r.category.id = :category");
            params.put("category", f.category());
        }
        if (f.statement() != null) {
            w.append(" and s.id = :statement");
            params.put("statement", f.statement());
        }
        if (f.minDays() != null && f.minDays() > 0) {
            w.append(" and d.replyDueOn <= :latestDue");
            params.put("latestDue", today.minusDays(f.minDays()));
        }
        return w.toString();
    }
}
