package org.dispatchregister.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Reads the audit history: the panel of one record and the filtered admin listing. */
@ApplicationScoped
public class AuditHistory {

    private static final TypeReference<List<Map<String, String>>> CHANGES = new TypeReference<>() {
    };

    @Inject
    ObjectMapper json;

    public List<AuditEventView> forRecord(String entityType, Long entityId) {
        return AuditEvent.<AuditEvent>find("entityType = ?1 and entityId = ?2", Sort.descending("occurredAt", "id"),
                entityType, entityId).page(Page.ofSize(200)).list().stream().map(this::view).toList();
    }

    public record Filter(String user, String action, String entityType, Long entityId) {
    }

    public record Result(List<AuditEventView> rows, long total) {
    }

    public Result search(Filter filter, int offset, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (filter.user() != null && !filter.user().isBlank()) {
            where.append(" and lower(username) = :user");
            params.and("user", filter.user().trim().toLowerCase());
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            where.append(" and action = :action");
            params.and("action", filter.action().trim().toUpperCase());
        }
        if (filter.entityType() != null && !filter.entityType().isBlank()) {
            where.append(" and entityType = :type");
            params.and("type", filter.entityType().trim());
        }
        if (filter.entityId() != null) {
            where.append(" and entityId = :id");
            params.and("id", filter.entityId());
        }
        var query = AuditEvent.<AuditEvent>find(where.toString(), Sort.descending("occurredAt", "id"), params);
        long total = query.count();
        List<AuditEventView> rows = query.range(offset, offset + limit - 1).list().stream().map(this::view).toList();
        return new Result(rows, total);
    }

    AuditEventView view(AuditEvent e) {
        List<AuditEventView.Change> changes = new ArrayList<>();
        if (e.changes != null) {
            try {
                for (Map<String, String> c : json.readValue(e.changes, CHANGES)) {
                    changes.add(new AuditEventView.Change(c.get("field"), c.get("from"), c.get("to")));
                }
            } catch (Exception ex) {
                changes.add(new AuditEventView.Change("(unreadable)", "", e.changes));
            }
        }
        return new AuditEventView(e.id, e.occurredAt, e.username, e.action, e.entityType, e.entityId, e.summary, changes);
    }
}
