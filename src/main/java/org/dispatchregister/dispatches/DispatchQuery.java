package org.dispatchregister.dispatches;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.dispatchregister.recipients.Channel;
import org.dispatchregister.statements.StatementQuery;

/** The dispatches list: one projection query per page plus one count, with the overdue rule of {@link ReplyRules}. */
@ApplicationScoped
public class DispatchQuery {

    /** One row of the dispatches list (also the API's list item). */
    public record Row(Long id, Long statementId, String reference, String title, Long recipientId, String recipientName,
            String acronym, String viaList, Channel channel, DispatchStatus status, LocalDate sentOn, LocalDate deliveredOn,
            boolean replyExpected, LocalDate replyDueOn, boolean reminder, long version) {

        public boolean overdue(LocalDate today) {
            return ReplyRules.isOverdue(replyExpected, status, replyDueOn, today);
        }
    }

    /** Filters: statement and recipient ids (from links), free text on either, status, overdue only. */
    public record Filter(Long statement, Long recipient, String q, DispatchStatus status, boolean overdue, LocalDate today) {
    }

    @Inject
    EntityManager em;

    public List<Row> page(Filter filter, int offset, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        TypedQuery<Row> query = em.createQuery("select new org.dispatchregister.dispatches.DispatchQuery$Row("
                + "d.id, s.id, s.reference, s.title, r.id, r.name, r.acronym, l.name, d.channel, d.status, d.sentOn, d.deliveredOn, "
                + "d.replyExpected, d.replyDueOn, case when d.followUpOf is null then false else true end, d.version) "
                + "from Dispatch d join d.statement s join d.recipient r left join d.viaList l" + where
                + " order by d.sentOn desc nulls first, d.id desc", Row.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(size).getResultList();
    }

    public long count(Filter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        TypedQuery<Long> query = em.createQuery("select count(d) from Dispatch d join d.statement s join d.recipient r" + where, Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(Filter f, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" where 1 = 1");
        if (f.statement() != null) {
            w.append(" and s.id = :statement");
            params.put("statement", f.statement());
        }
        if (f.recipient() != null) {
            w.append(" and r.id = :recipient");
            params.put("recipient", f.recipient());
        }
        if (f.q() != null && !f.q().isBlank()) {
            w.append(" and (lower(s.reference) like :q escape '\\' or lower(s.title) like :q escape '\\'"
                    + " or lower(r.name) like :q escape '\\' or lower(r.acronym) like :q escape '\\')");
            params.put("q", StatementQuery.like(f.q()));
        }
        if (f.status() != null) {
            w.append(" and d.status = :status");
            params.put("status", f.status());
        }
        if (f.overdue()) {
            w.append(" and ").append(ReplyRules.OVERDUE_JPQL);
            params.put("today", f.today());
        }
        return w.toString();
    }
}
