package org.dispatchregister.dispatches;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.dispatchregister.web.Messages;
import org.dispatchregister.lists.ListExpander;
import org.dispatchregister.web.FormErrors;

/**
 * Expands chosen lists and recipients into the set a dispatch reaches: de-duplicated (the first list
 * that brings a body in is remembered), archived bodies skipped on lists and refused when chosen by
 * name, earlier recipients of the statement held back unless marked as follow-ups. A fixed number of
 * queries whatever the size of the lists.
 */
@ApplicationScoped
public class DispatchPlanner {

    @Inject
    EntityManager em;

    @Inject
    ListExpander expander;

    public DispatchPlan plan(Long statementId, DispatchRequest request, FormErrors errors) {
        if (request.listIds().isEmpty() && request.recipientIds().isEmpty()) {
            errors.add("_form", Messages.notices().choose_list_or_recipient());
            return new DispatchPlan(List.of());
        }
        checkLists(request.listIds(), errors);
        Map<Long, DispatchPlan.Row> rows = new LinkedHashMap<>();
        Map<Long, Object[]> previous = previousDispatches(statementId);
        for (ListExpander.Member m : request.listIds().isEmpty() ? List.<ListExpander.Member> of() : expander.expand(request.listIds())) {
            if (request.excludedRecipientIds().contains(m.recipientId())) {
                continue;
            }
            rows.put(m.recipientId(), row(m.recipientId(), m.name(), m.acronym(), m.viaListId(), m.viaListName(), previous, request));
        }
        if (!request.recipientIds().isEmpty()) {
            List<Object[]> chosen = em.createQuery("select r.id, r.name, r.acronym, r.active, r.mergedInto.id from Recipient r "
                    + "where r.id in :ids order by r.sortName, r.id", Object[].class)
                    .setParameter("ids", request.recipientIds()).getResultList();
            Set<Long> found = new HashSet<>();
            for (Object[] r : chosen) {
                Long id = (Long) r[0];
                found.add(id);
                if (!(Boolean) r[3] || r[4] != null) {
                    errors.add("recipientIds", Messages.notices().recipient_archived(String.valueOf(r[1])));
                } else {
                    rows.putIfAbsent(id, row(id, (String) r[1], (String) r[2], null, null, previous, request));
                }
            }
            for (Long id : request.recipientIds()) {
                if (!found.contains(id)) {
                    errors.add("recipientIds", Messages.notices().no_recipient_id(String.valueOf(id)));
                }
            }
        }
        DispatchPlan plan = new DispatchPlan(new ArrayList<>(rows.values()));
        if (errors.isEmpty() && plan.rows().isEmpty()) {
            errors.add("_form", Messages.notices().lists_empty());
        }
        return plan;
    }

    private void checkLists(List<Long> listIds, FormErrors errors) {
        if (listIds.isEmpty()) {
            return;
        }
        Map<Long, Boolean> active = new HashMap<>();
        em.createQuery("select l.id, l.active, l.name from DistributionList l where l.id in :ids", Object[].class)
                .setParameter("ids", listIds).getResultList().forEach(r -> {
                    active.put((Long) r[0], (Boolean) r[1]);
                    if (!(Boolean) r[1]) {
                        errors.add("listIds", Messages.notices().list_is_archived(String.valueOf(r[2])));
                    }
                });
        for (Long id : listIds) {
            if (!active.containsKey(id)) {
                errors.add("listIds", Messages.notices().no_list_id(String.valueOf(id)));
            }
        }
    }

    /** recipient id → {first original dispatch id, its sent date} for this statement, withdrawn ones aside. */
    private Map<Long, Object[]> previousDispatches(Long statementId) {
        Map<Long, Object[]> result = new HashMap<>();
        em.createQuery("select d.recipient.id, min(d.id), min(d.sentOn) from Dispatch d where d.statement.id = :s "
                + "and " + Dispatch.ORIGINAL + " and d.status <> org.dispatchregister.dispatches.DispatchStatus.WITHDRAWN "
                + "group by d.recipient.id", Object[].class)
                .setParameter("s", statementId).getResultList()
                .forEach(r -> result.put((Long) r[0], new Object[] { r[1], r[2] }));
        return result;
    }

    private static DispatchPlan.Row row(Long id, String name, String acronym, Long viaListId, String viaListName,
            Map<Long, Object[]> previous, DispatchRequest request) {
        Object[] prev = previous.get(id);
        Long prevId = prev == null ? null : (Long) prev[0];
        LocalDate prevSent = prev == null ? null : (LocalDate) prev[1];
        boolean included = prevId == null || request.followUpRecipientIds().contains(id);
        return new DispatchPlan.Row(id, name, acronym, viaListId, viaListName, prevId, prevSent, included);
    }
}
