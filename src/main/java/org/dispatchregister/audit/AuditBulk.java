package org.dispatchregister.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Audits the records a bulk action creates as one line instead of one per record: dispatching a
 * statement to a 5,000-member list writes one line naming the statement, the list and the count, the
 * field values all rows share, and the new ids as runs (table {@code audit_bulk_range}), not 5,000
 * JSON documents. The history of each created record still finds that line ({@link AuditHistory}).
 */
@ApplicationScoped
public class AuditBulk {

    static final String KEY = AuditBulk.class.getName() + ".pending";

    @Inject
    TransactionSynchronizationRegistry transactions;

    /**
     * From now to the end of the current transaction, new records of {@code type} are audited together
     * under {@code summary}. Edits and deletions are still audited one by one.
     */
    public void createdTogether(Class<?> type, String summary) {
        pending().put(type.getSimpleName(), new Pending(summary));
    }

    @SuppressWarnings("unchecked")
    Map<String, Pending> pending() {
        Map<String, Pending> pending = (Map<String, Pending>) transactions.getResource(KEY);
        if (pending == null) {
            pending = new HashMap<>();
            transactions.putResource(KEY, pending);
        }
        return pending;
    }

    /** The bulk of this entity type in the current transaction, or null when its records are audited one by one. */
    @SuppressWarnings("unchecked")
    Pending of(String entityType) {
        Map<String, Pending> pending = (Map<String, Pending>) transactions.getResource(KEY);
        return pending == null ? null : pending.get(entityType);
    }

    /** The ids created since the last flush and the field values they all share. */
    static final class Pending {
        final String summary;
        final List<Long> ids = new ArrayList<>();
        private Map<String, Map<String, String>> shared;

        Pending(String summary) {
            this.summary = summary;
        }

        void add(Long id, List<Map<String, String>> changes) {
            ids.add(id);
            Map<String, Map<String, String>> byField = new LinkedHashMap<>();
            changes.forEach(c -> byField.put(c.get("field"), c));
            if (shared == null) {
                shared = byField;
            } else {
                shared.entrySet().removeIf(e -> !e.getValue().equals(byField.get(e.getKey())));
            }
        }

        List<Map<String, String>> sharedChanges() {
            return shared == null ? List.of() : new ArrayList<>(shared.values());
        }

        void clear() {
            ids.clear();
            shared = null;
        }
    }

    /** Consecutive ids as [first, last] runs: a sequence-assigned bulk is usually a handful of runs. */
    static List<long[]> runs(List<Long> ids) {
        List<Long> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        List<long[]> runs = new ArrayList<>();
        Iterator<Long> it = sorted.iterator();
        long[] run = null;
        while (it.hasNext()) {
            long id = it.next();
            if (run != null && id == run[1] + 1) {
                run[1] = id;
            } else {
                run = new long[] { id, id };
                runs.add(run);
            }
        }
        return runs;
    }
}
