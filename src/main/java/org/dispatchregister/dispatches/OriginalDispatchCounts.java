package org.dispatchregister.dispatches;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.dispatchregister.statements.DispatchCounts;

/** The statements list's dispatch counts, by the one rule of {@link Dispatch#ORIGINAL}, in one grouped query. */
@ApplicationScoped
public class OriginalDispatchCounts implements DispatchCounts {

    @Inject
    EntityManager em;

    @Override
    public Map<Long, Long> originalDispatches(Collection<Long> statementIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (statementIds.isEmpty()) {
            return counts;
        }
        em.createQuery("select d.statement.id, count(d) from Dispatch d where d.statement.id in :ids and " + Dispatch.ORIGINAL
                + " group by d.statement.id", Object[].class).setParameter("ids", statementIds).getResultList()
                .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }
}
