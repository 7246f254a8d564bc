package org.dispatchregister.dispatches;

/**
 * Where a dispatch stands: planned, sent, delivered, acknowledged, replied; or returned (failed),
 * or withdrawn. "Overdue" is not a status: it is derived from the due date and the replies.
 */
public enum DispatchStatus {
    PLANNED, SENT, DELIVERED, ACKNOWLEDGED, REPLIED, RETURNED, WITHDRAWN
}
