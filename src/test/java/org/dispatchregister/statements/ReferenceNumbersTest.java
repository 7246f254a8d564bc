package org.dispatchregister.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Generated references are unique under concurrent issuing and skip numbers already typed by hand. */
@QuarkusTest
class ReferenceNumbersTest {

    @Inject
    StatementService statements;

    static Long draft(int year) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Statement s = new Statement();
            s.kind = StatementKind.findByCode("STATEMENT");
            s.title = "Concurrent " + System.nanoTime();
            s.issuedOn = LocalDate.of(year, 6, 1);
            s.createdAt = LocalDateTime.now();
            s.updatedAt = s.createdAt;
            s.persist();
            return s.id;
        });
    }

    @Test
    void twoThreadsIssuingAtOnceNeverCollide() throws Exception {
        int year = 2031; // a year no other test issues in, so the row is created under the race too
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            drafts.add(draft(year));
        }
        List<String> references = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> jobs = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            List<Long> mine = drafts.subList(t * 20, t * 20 + 20);
            jobs.add(pool.submit(() -> {
                start.await();
                for (Long id : mine) {
                    references.add(statements.issue(id).reference);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> job : jobs) {
            job.get();
        }
        pool.shutdown();
        assertEquals(40, references.size());
        assertEquals(40, new HashSet<>(references).size(), "duplicates in " + references);
        assertTrue(references.stream().allMatch(r -> r.matches("\\d{4}/31")), references.toString());
        assertTrue(references.contains("0001/31") && references.contains("0040/31"), references.toString());
    }

    @Test
    void aNumberAlreadyTypedByHandIsSkipped() {
        int year = 2032;
        Long manual = draft(year);
        QuarkusTransaction.requiringNew().run(() -> Statement.<Statement> findById(manual).reference = "0001/32");
        Long next = draft(year);
        assertEquals("0002/32", statements.issue(next).reference);
    }
}
