package org.dispatchregister.dispatches;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.dispatchregister.audit.AuditLog;

/**
 * Status and date changes on many selected dispatches at once, as single HQL updates. Rows whose
 * current status does not allow the change are left alone and counted. HQL bypasses the entity
 * audit, so each changed dispatch is recorded with {@link AuditLog}.
 */
@ApplicationScoped
public class BulkUpdates {

    /** How many of the selected dispatches changed, and how many were skipped because their status forbids it. */
    public record Outcome(int changed, int skipped) {
    }

    static final int MAX_SELECTION = 1000;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public Outcome apply(BulkAction action, List<Long> ids, LocalDate date) {
        Set<DispatchStatus> from;
        String set;
        DispatchStatus to = null;
        switch (action) {
            case MARK_DELIVERED -> {
                to = DispatchStatus.DELIVERED;
                from = DispatchTransitions.from(to);
                set = "d.status = :to, d.deliveredOn = coalesce(d.deliveredOn, :date)";
            }
            case MARK_RETURNED -> {
                to = DispatchStatus.RETURNED;
                from = DispatchTransitions.from(to);
                set = "d.status = :to";
            }
            case MARK_WITHDRAWN -> {
                to = DispatchStatus.WITHDRAWN;
                from = DispatchTransitions.from(to);
                set = "d.status = :to";
            }
            case SET_SENT_DATE -> {
                from = ReplyRules.AWAITING;
                set = "d.sentOn = :date";
            }
            default -> {
                from = Set.of(DispatchStatus.DELIVERED, DispatchStatus.ACKNOWLEDGED, DispatchStatus.REPLIED);
                set = "d.deliveredOn = :date";
            }
        }
        LocalDate when = date != null ? date : LocalDate.now(clock);
        // a date sent may not fall after the delivery, any other date not before the date sent;
        // selected first so that exactly the changed rows are audited
        String guard = action == BulkAction.SET_SENT_DATE ? " and (d.deliveredOn is null or d.deliveredOn >= :date)"
                : " and (d.sentOn is null or d.sentOn <= :date)";
        List<Long> eligible = em.createQuery("select d.id from Dispatch d where d.id in :ids and d.status in :from" + guard
                + " order by d.id", Long.class)
                .setParameter("ids", ids).setParameter("from", from).setParameter("date", when).getResultList();
        if (!eligible.isEmpty()) {
            var update = em.createQuery("update Dispatch d set " + set + ", d.version = d.version + 1, d.updatedAt = :now "
                    + "where d.id in :ids").setParameter("ids", eligible).setParameter("now", LocalDateTime.now(clock));
            if (set.contains(":date")) {
                update.setParameter("date", when);
            }
            if (to != null) {
                update.setParameter("to", to);
            }
            update.executeUpdate();
            String summary = action.label + (action.needsDate() || action == BulkAction.MARK_DELIVERED ? " " + when : "")
                    + " (bulk action on " + eligible.size() + " dispatches)";
            for (Long id : eligible) {
                audit.record("UPDATE", "Dispatch", id, summary);
            }
        }
        return new Outcome(eligible.size(), ids.size() - eligible.size());
    }
}
