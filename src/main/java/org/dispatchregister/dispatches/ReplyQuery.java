package org.dispatchregister.dispatches;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.dispatchregister.statements.StatementQuery;

/** The replies list: one projection query per page and one count. */
@ApplicationScoped
public class ReplyQuery {

    /** One reply; dispatchId is null for a letter not linked yet. */
    public record Row(Long id, LocalDate receivedOn, ReplyKind kind, String theirReference, String summary, Long dispatchId,
            Long recipientId, String recipientName, Long statementId, String reference, String title) {

        public String path() {
            return "/replies/" + id;
        }
    }

    /** Filters: free text (recipient, references, summary), kind, unlinked only. */
    public record Filter(String q, ReplyKind kind, boolean unlinked) {
    }

    @Inject
    EntityManager em;

    public List<Row> page(Filter filter, int offset, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        TypedQuery<Row> q = em.createQuery("select new org.dispatchregister.dispatches.ReplyQuery$Row(r.id, r.receivedOn, r.kind, "
                + "r.theirReference, r.summary, r.dispatch.id, rc.id, rc.name, s.id, s.reference, s.title) "
                + "from Reply r left join r.recipient rc left join r.statement s" + where + " order by r.receivedOn desc, r.id desc", Row.class);
        params.forEach(q::setParameter);
        return q.setFirstResult(offset).setMaxResults(size).getResultList();
    }

    public long count(Filter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        TypedQuery<Long> q = em.createQuery("select count(r) from Reply r left join r.recipient rc left join r.statement s" + where, Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    private static String where(Filter f, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" where 1 = 1");
        if (f.q() != null && !f.q().isBlank()) {
            w.append(" and (lower(rc.name) like :q escape '\\' or lower(rc.acronym) like :q escape '\\' or lower(s.reference) like :q escape '\\'"
                    + " or lower(r.theirReference) like :q escape '\\' or lower(r.summary) like :q escape '\\')");
            params.put("q", StatementQuery.like(f.q()));
        }
        if (f.kind() != null) {
            w.append(" and r.kind = :kind");
            params.put("kind", f.kind());
        }
        if (f.unlinked()) {
            w.append(" and r.dispatch is null");
        }
        return w.toString();
    }
}
