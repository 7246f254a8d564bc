package org.dispatchregister.statements;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Per-year counters for reference numbers. The increment is an UPDATE inside the caller's
 * transaction: it row-locks the year, so two issues at once are serialised and a number is never
 * handed out twice (a rolled-back issue gives its number back only because nothing saw it).
 */
@ApplicationScoped
public class ReferenceCounter {

    private static final int MAX_ATTEMPTS = 5;

    @Inject
    EntityManager em;

    /** The next number of the year; must run inside the transaction that uses it. */
    public int next(int year) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            int updated = em.createNativeQuery("update reference_counter set last_value = last_value + 1 where counter_year = ?1")
                    .setParameter(1, year).executeUpdate();
            if (updated == 1) {
                Number value = (Number) em.createNativeQuery("select last_value from reference_counter where counter_year = ?1")
                        .setParameter(1, year).getSingleResult();
                return value.intValue();
            }
            createYear(year);
        }
        throw new IllegalStateException("Could not obtain a reference number for " + year);
    }

    /**
     * First issue of a year: insert its row in a separate transaction so the row exists for the
     * UPDATE above. Two threads may race here; the loser hits the primary key and simply retries.
     */
    private void createYear(int year) {
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "insert into reference_counter (counter_year, last_value) values (?1, 0)")
                    .setParameter(1, year).executeUpdate());
        } catch (RuntimeException raced) {
            // another transaction created the year first: its row is there now
        }
    }
}
