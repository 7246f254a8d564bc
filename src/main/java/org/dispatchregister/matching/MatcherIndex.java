package org.dispatchregister.matching;

import org.dispatchregister.recipients.RegisterChanged;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.dispatchregister.common.RegisterConfig;
import org.dispatchregister.matching.RegisterSnapshot.Entry;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Keeps a {@link DistributionMatcher} built from the register: built on first use, rebuilt after a
 * {@link RegisterChanged} event, and after a cheap check (latest update time and counts) shows the
 * register was changed elsewhere. Matching itself never touches the database.
 */
@ApplicationScoped
public class MatcherIndex {

    private static final Logger LOG = Logger.getLogger(MatcherIndex.class);

    /** What identifies a version of the register, cheaply. */
    record Stamp(LocalDateTime lastUpdate, long recipients, long aliases) {
    }

    @Inject
    EntityManager em;

    @Inject
    RegisterConfig config;

    private volatile DistributionMatcher matcher;
    private volatile Stamp stamp;
    private volatile long checkedAt;
    private volatile boolean stale = true;

    /** The matcher for the register as it is now. */
    public DistributionMatcher matcher() {
        DistributionMatcher current = matcher;
        if (current != null && !stale && System.nanoTime() - checkedAt < config.matching().registerCheckInterval().toNanos()) {
            return current;
        }
        synchronized (this) {
            if (matcher == null || stale || System.nanoTime() - checkedAt >= config.matching().registerCheckInterval().toNanos()) {
                refresh();
            }
            return matcher;
        }
    }

    /** Marks the matcher out of date once the change is committed; the next match rebuilds it. */
    void onRegisterChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegisterChanged event) {
        stale = true;
    }

    private void refresh() {
        QuarkusTransaction.joiningExisting().run(() -> {
            Stamp now = readStamp();
            if (matcher == null || stale || !Objects.equals(now, stamp)) {
                long t0 = System.nanoTime();
                stale = false; // a change during the rebuild marks it stale again
                matcher = new DistributionMatcher(readSnapshot(), config.matching().minScore());
                stamp = now;
                LOG.debugf("Distribution matcher rebuilt: %d bodies in %d ms", matcher.size(), (System.nanoTime() - t0) / 1_000_000);
            }
            checkedAt = System.nanoTime();
        });
    }

    private Stamp readStamp() {
        Object[] row = em.createQuery("select max(r.updatedAt), count(r), (select count(a) from RecipientAlias a) from Recipient r",
                Object[].class).getSingleResult();
        return new Stamp((LocalDateTime) row[0], ((Number) row[1]).longValue(), row[2] == null ? 0 : ((Number) row[2]).longValue());
    }

    /** Two queries: the active, unmerged bodies, and their aliases. */
    RegisterSnapshot readSnapshot() {
        Map<Long, List<String>> aliases = new HashMap<>();
        for (Object[] a : em.createQuery("select a.recipient.id, a.alias from RecipientAlias a "
                + "where a.recipient.active = true and a.recipient.mergedInto is null", Object[].class).getResultList()) {
            aliases.computeIfAbsent((Long) a[0], k -> new ArrayList<>()).add((String) a[1]);
        }
        List<Entry> entries = new ArrayList<>();
        for (Object[] r : em.createQuery("select r.id, r.name, r.acronym, r.collective from Recipient r "
                + "where r.active = true and r.mergedInto is null", Object[].class).getResultList()) {
            Long id = (Long) r[0];
            entries.add(new Entry(id, (String) r[1], (String) r[2], aliases.getOrDefault(id, List.of()), (Boolean) r[3], true));
        }
        return new RegisterSnapshot(entries);
    }
}
