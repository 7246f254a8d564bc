package org.dispatchregister.audit;

import java.time.LocalDateTime;
import java.util.List;

/** An audit line as shown in a history panel: the field changes already unpacked. */
public record AuditEventView(Long id, LocalDateTime occurredAt, String username, String action, String entityType,
        Long entityId, String summary, List<Change> changes) {

    /** One field's change; the record's type tells which enumeration a stored code belongs to. */
    public record Change(String entityType, String field, String from, String to) {
    }
}
