package org.dispatchregister.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dispatchregister.common.TextFold;
import org.dispatchregister.recipients.Recipient;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A register seeded before the seed had Azerbaijani and Russian aliases gets them once, at the next
 * start (migration V60 marks the top-up pending): added to the body with the row's acronym, audited,
 * never a name another body answers to, and never again once done.
 */
@QuarkusTest
class SeedTopUpTest {

    @Inject
    RegisterSeeder seeder;

    @Inject
    EntityManager em;

    @Test
    void theSeededRegisterHasTheAzerbaijaniAndRussianNamesAndTheTopUpIsDone() {
        QuarkusTransaction.requiringNew().run(() -> {
            Recipient osce = Recipient.find("acronymKey", "OSCE").firstResult();
            if (osce != null) { // other tests may have emptied the register
                assertTrue(osce.searchText.contains(TextFold.fold("ATƏT")), osce.searchText);
                assertTrue(osce.searchText.contains(TextFold.fold("ОБСЕ")), osce.searchText);
            }
            assertEquals(0, em.createNativeQuery("select name from seed_topup where done = false").getResultList().size(),
                    "a freshly seeded register has nothing left to top up");
        });
    }

    @Test
    void aPendingTopUpAddsTheMissingAliasesOnceAndAuditsThem() {
        String acronym = "QT" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        String other = "QO" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        Long id = QuarkusTransaction.requiringNew().call(() -> body("Vorakulenta Council " + acronym, acronym));
        QuarkusTransaction.requiringNew().call(() -> body("Vorakulenta Şurası " + other, other)); // a name already taken
        List<CSVRecord> rows = rows("key,name,acronym,aliases\n"
                + "X,Vorakulenta Council " + acronym + "," + acronym + ",Vorakulenta Şurası " + other + "|Vorakulenta Şurası "
                + acronym + "|Совет Воракуленты " + acronym + "\n");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update seed_topup set done = false").executeUpdate());
        assertEquals(2, QuarkusTransaction.requiringNew().call(() -> seeder.topUpAliasesOnce(rows)));
        QuarkusTransaction.requiringNew().run(() -> {
            Recipient r = Recipient.findById(id);
            assertEquals(List.of("Vorakulenta Şurası " + acronym, "Совет Воракуленты " + acronym),
                    r.aliases.stream().map(a -> a.alias).sorted().toList());
            assertTrue(r.searchText.contains(TextFold.fold("Совет Воракуленты")), r.searchText);
            long audited = ((Number) em.createNativeQuery("select count(*) from audit_event where entity_type = 'Recipient' "
                    + "and entity_id = ?1 and action = 'ALIAS_ADD'").setParameter(1, id).getSingleResult()).longValue();
            assertEquals(1, audited);
        });
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> seeder.topUpAliasesOnce(rows)), "done once, never again");
    }

    private Long body(String name, String acronym) {
        Recipient r = new Recipient();
        r.name = name;
        r.acronym = acronym;
        r.acronymKey = TextFold.acronymKey(acronym);
        r.sortName = TextFold.fold(name);
        r.searchText = TextFold.fold(name);
        r.createdAt = java.time.LocalDateTime.now();
        r.updatedAt = r.createdAt;
        r.persist();
        return r.id;
    }

    private static List<CSVRecord> rows(String csv) {
        try {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
