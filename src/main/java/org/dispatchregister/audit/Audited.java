package org.dispatchregister.audit;

/**
 * Marks an entity whose creates, updates and deletes are written to the audit history
 * automatically by {@link AuditInterceptor}.
 */
public interface Audited {

    /** A short human name for the record, shown in the history (a username, a recipient's name). */
    String auditLabel();
}
