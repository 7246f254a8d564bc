package org.dispatchregister.reports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * A body and, on request, all its descendants (the UN with all its offices). One id query per
 * level of the hierarchy, never one per body; a parent cycle entered by mistake cannot loop.
 */
@ApplicationScoped
public class RecipientScope {

    @Inject
    EntityManager em;

    public Set<Long> of(Long rootId, boolean withDescendants) {
        Set<Long> ids = new LinkedHashSet<>();
        ids.add(rootId);
        if (!withDescendants) {
            return ids;
        }
        List<Long> frontier = List.of(rootId);
        while (!frontier.isEmpty()) {
            List<Long> children = em.createQuery("select r.id from Recipient r where r.parent.id in :parents", Long.class)
                    .setParameter("parents", frontier).getResultList();
            List<Long> next = new ArrayList<>();
            for (Long child : children) {
                if (ids.add(child)) {
                    next.add(child);
                }
            }
            frontier = next;
        }
        return ids;
    }
}
