package org.dispatchregister.audit;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One line of the append-only audit history, as read back for history panels and the audit page.
 * {@link Immutable}: Hibernate never updates it; lines are written only by {@link AuditWriter}.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    /** Assigned by {@link AuditWriter} from audit_event_seq; Hibernate only reads these rows. */
    @Id
    public Long id;

    @Column(name = "occurred_at")
    public LocalDateTime occurredAt;

    public String username;

    public String action;

    @Column(name = "entity_type")
    public String entityType;

    @Column(name = "entity_id")
    public Long entityId;

    public String summary;

    /** JSON array of {"field","from","to"}; null for events that are not edits. */
    public String changes;
}
