package org.dispatchregister.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Events that are not plain entity edits: sign-ins, lockouts, merges, backups. Entity edits are
 * recorded by {@link AuditInterceptor} on their own.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    AuditWriter writer;

    @Inject
    Clock clock;

    public void record(String username, String action, String entityType, Long entityId, String summary) {
        writer.write(List.of(new AuditRow(LocalDateTime.now(clock), username, action, entityType, entityId, summary, null)));
    }

    public void record(String action, String entityType, Long entityId, String summary) {
        record(AuditActor.current(), action, entityType, entityId, summary);
    }
}
