package org.dispatchregister.audit;

import java.time.LocalDateTime;

/** An audit line waiting to be written at the end of a flush. */
record AuditRow(LocalDateTime occurredAt, String username, String action, String entityType, Long entityId,
        String summary, String changes) {
}
