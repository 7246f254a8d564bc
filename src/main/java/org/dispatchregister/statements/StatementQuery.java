package org.dispatchregister.statements;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * The statements list: one projection query for the page of rows, one for their dispatch counts (asked of
 * the dispatches feature) and one count, whatever the filters.
 */
@ApplicationScoped
public class StatementQuery {

    /** One row of the statements list. */
    public record Row(Long id, String reference, String title, String kindName, LocalDate issuedOn, StatementStatus status,
            String topics, long dispatches) {
    }

    /** The list filters, as typed in the filter bar. */
    public record Filter(String q, String kind, Integer year, StatementStatus status, String topic) {
    }

    /** A row before its dispatch count is known. */
    record Listed(Long id, String reference, String title, String kindName, LocalDate issuedOn, StatementStatus status,
            String topics) {
    }

    @Inject
    EntityManager em;

    @Inject
    DispatchCounts dispatchCounts;

    public List<Row> page(Filter filter, int offset, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        TypedQuery<Listed> query = em.createQuery("select new org.dispatchregister.statements.StatementQuery$Listed("
                + "s.id, s.reference, s.title, k.name, s.issuedOn, s.status, s.topics) "
                + "from Statement s join s.kind k" + where
                + " order by s.issuedOn desc nulls first, s.id desc", Listed.class);
        params.forEach(query::setParameter);
        List<Listed> listed = query.setFirstResult(offset).setMaxResults(size).getResultList();
        Map<Long, Long> counts = dispatchCounts.originalDispatches(listed.stream().map(Listed::id).toList());
        return listed.stream().map(l -> new Row(l.id(), l.reference(), l.title(), l.kindName(), l.issuedOn(), l.status(),
                l.topics(), counts.getOrDefault(l.id(), 0L))).toList();
    }

    public long count(Filter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        TypedQuery<Long> query = em.createQuery("select count(s) from Statement s join s.kind k" + where, Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** Years that have statements, newest first, for the year filter. */
    public List<Integer> years() {
        return em.createQuery("select distinct year(s.issuedOn) from Statement s where s.issuedOn is not null "
                + "order by 1 desc", Integer.class).getResultList();
    }

    private static String where(Filter f, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" where 1 = 1");
        if (f.q() != null && !f.q().isBlank()) {
            w.append(" and (lower(s.title) like :q escape '\\' or lower(s.reference) like :q escape '\\'"
                    + " or lower(s.summary) like :q escape '\\')");
            params.put("q", like(f.q()));
        }
        if (f.kind() != null && !f.kind().isBlank()) {
            w.append(" and k.code = :kind");
            params.put("kind", f.kind());
        }
        if (f.year() != null) {
            w.append(" and s.issuedOn >= :from and s.issuedOn < :to");
            params.put("from", LocalDate.of(f.year(), 1, 1));
            params.put("to", LocalDate.of(f.year() + 1, 1, 1));
        }
        if (f.status() != null) {
            w.append(" and s.status = :status");
            params.put("status", f.status());
        }
        if (f.topic() != null && !f.topic().isBlank()) {
            w.append(" and lower(s.topics) like :topic escape '\\'");
            params.put("topic", like(f.topic()));
        }
        return w.toString();
    }

    /** A contains-pattern where the user's % and _ are literal characters, not wildcards. */
    public static String like(String text) {
        String escaped = text.trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
