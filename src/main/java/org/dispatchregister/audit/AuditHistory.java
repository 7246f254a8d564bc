package org.dispatchregister.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.dispatchregister.web.ListQuery;
import org.dispatchregister.web.SortOrders;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Page;

/** Reads the audit history: the panel of one record and the filtered admin listing. */
@ApplicationScoped
public class AuditHistory {

    private static final TypeReference<List<Map<String, String>>> CHANGES = new TypeReference<>() {
    };

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    /**
     * The id of the latest audit line (0 before any): it grows with every change, on every instance, so a
     * result computed from the data can be kept while this stays the same.
     */
    public long latestId() {
        Long latest = em.createQuery("select max(e.id) from AuditEvent e", Long.class).getSingleResult();
        return latest == null ? 0 : latest;
    }

    /** The history of one record, newest first, including the bulk action that created it, if any. */
    public List<AuditEventView> forRecord(String entityType, Long entityId) {
        return AuditEvent.<AuditEvent>find("entityType = ?1 and (entityId = ?2 or id = ?3)",
                io.quarkus.panache.common.Sort.descending("occurredAt", "id"), entityType, entityId, bulkLineOf(entityType, entityId))
                .page(Page.ofSize(200)).list().stream().map(this::view).toList();
    }

    /** The id of the bulk line that created this record ({@link AuditBulk}), or -1: the run holding it is the last one starting at or before it. */
    long bulkLineOf(String entityType, Long entityId) {
        if (entityId == null) {
            return -1;
        }
        List<?> found = em.createNativeQuery("select r.event_id from audit_bulk_range r where r.entity_type = :type and r.last_id >= :id"
                + " and r.first_id = (select max(x.first_id) from audit_bulk_range x where x.entity_type = :type and x.first_id <= :id)")
                .setParameter("type", entityType).setParameter("id", entityId).getResultList();
        return found.isEmpty() ? -1 : ((Number) found.get(0)).longValue();
    }

    public record Filter(String user, String action, String entityType, Long entityId) {
    }

    public record Result(List<AuditEventView> rows, long total) {
    }

    /** Columns the listing sorts by; newest first by default. */
    public static final SortOrders SORTS = SortOrders.of("e.id", "when", true)
            .column("when", "e.occurredAt")
            .column("who", "e.username")
            .column("action", "e.action")
            .column("record", "e.entityType");

    public Result search(Filter filter, org.dispatchregister.web.Sort sort, int offset, int limit) {
        ListQuery query = new ListQuery()
                .where("lower(e.username) = :user", "user", filter.user() == null ? null : filter.user().trim().toLowerCase())
                .where("e.action = :action", "action", filter.action() == null ? null : filter.action().trim().toUpperCase())
                .where("e.entityType = :type", "type", filter.entityType() == null ? null : filter.entityType().trim())
                .where("(e.entityId = :id or e.id = :bulkLine)", "id", filter.entityId());
        if (filter.entityId() != null) {
            query.param("bulkLine", filter.entityType() == null ? -1L : bulkLineOf(filter.entityType().trim(), filter.entityId()));
        }
        List<AuditEventView> rows = query.rows(em, "select e from AuditEvent e", AuditEvent.class, sort, offset, limit)
                .stream().map(this::view).toList();
        return new Result(rows, query.count(em, "select count(e) from AuditEvent e"));
    }

    AuditEventView view(AuditEvent e) {
        List<AuditEventView.Change> changes = new ArrayList<>();
        if (e.changes != null) {
            try {
                for (Map<String, String> c : json.readValue(e.changes, CHANGES)) {
                    changes.add(new AuditEventView.Change(e.entityType, c.get("field"), c.get("from"), c.get("to")));
                }
            } catch (Exception ex) {
                changes.add(new AuditEventView.Change(e.entityType, "(unreadable)", "", e.changes));
            }
        }
        return new AuditEventView(e.id, e.occurredAt, e.username, e.action, e.entityType, e.entityId, e.summary, changes);
    }
}
