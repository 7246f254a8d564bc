package org.dispatchregister.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dispatchregister.bench.DataGenerator;
import org.dispatchregister.recipients.Recipient;
import org.dispatchregister.recipients.RecipientImport;
import org.dispatchregister.support.Session;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Issue 13, item 5: the register exported to CSV and imported again changes nothing, for the seeded register and for
 * a generated one of 10,000 bodies (hierarchy, aliases, archived bodies, bodies without acronym); a change in one cell
 * changes exactly that field of that body. Runs on a register of its own (a fresh start), not on the shared test data.
 */
@QuarkusTest
@TestProfile(CsvRoundTripTest.FreshRegister.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CsvRoundTripTest {

    /** A profile of its own: the app restarts on a cleaned database holding only the seeded register. */
    public static class FreshRegister implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("register.seed.register", "true");
        }
    }

    @Inject
    RecipientImport importer;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager em;

    @Test
    @Order(1)
    void seededRegisterRoundTripsWithZeroChanges() {
        roundTripChangesNothing(39);
    }

    @Test
    @Order(2)
    void oneChangedCellOfABodyWithAParentChangesExactlyThatField() {
        String csv = export();
        Long ep = QuarkusTransaction.requiringNew().call(() -> Recipient.<Recipient>find("acronym", "EP").firstResult().id);
        oneCellChangesOneField(csv, ep, "city", "Brussels");
        oneCellChangesOneField(export(), ep, "working_language", "French");
    }

    @Test
    @Order(3)
    void generatedRegisterOfTenThousandBodiesRoundTripsWithZeroChanges() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> {
            // The generator fills an empty register: take the seeded one away (nothing else refers to it here).
            em.createNativeQuery("delete from list_member").executeUpdate();
            em.createNativeQuery("delete from distribution_list").executeUpdate();
            em.createNativeQuery("delete from recipient_alias").executeUpdate();
            em.createNativeQuery("update recipient set parent_id = null, merged_into_id = null").executeUpdate();
            em.createNativeQuery("delete from recipient").executeUpdate();
        });
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            DataGenerator.registerOnly(db, 42, 10_000);
        }
        String csv = roundTripChangesNothing(10_000);
        // A body below another, without an acronym: matched by its id, its parent by name.
        Long child = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select r.id from Recipient r where r.parent is not null and r.acronym is null order by r.id", Long.class)
                .setMaxResults(1).getSingleResult());
        oneCellChangesOneField(csv, child, "phone", "+994 12 000 00 00");
    }

    /** Exports, imports the export unchanged, and checks every row was seen as unchanged and nothing was written. */
    private String roundTripChangesNothing(int bodies) {
        Map<Long, String> before = snapshot();
        assertEquals(bodies, before.size());
        String csv = export();
        RecipientImport.Plan plan = importer.plan(csv);
        assertEquals(null, plan.fileError());
        List<String> notUnchanged = plan.rows().stream().filter(r -> r.action() != RecipientImport.Action.UNCHANGED)
                .limit(5).map(r -> r.line() + " " + r.action() + " " + r.name() + " " + r.errors() + " " + r.changes()).toList();
        assertEquals(List.of(), notUnchanged, "every exported row is unchanged");
        assertEquals(bodies, plan.rows().size());
        Session.clerk().post("/recipients/import", Map.of("csv", csv)).then().statusCode(303);
        assertEquals(before, snapshot(), "the import changed nothing, not even a version");
        return csv;
    }

    private void oneCellChangesOneField(String csv, Long id, String column, String value) {
        Map<Long, String> before = snapshot();
        String edited = withCell(csv, id, column, value);
        RecipientImport.Plan plan = importer.plan(edited);
        List<RecipientImport.Row> changed = plan.rows().stream().filter(r -> r.action() != RecipientImport.Action.UNCHANGED).toList();
        assertEquals(1, changed.size(), "one row changes: " + changed);
        assertEquals(RecipientImport.Action.UPDATE, changed.get(0).action(), changed.get(0).errors().toString());
        assertEquals(id, changed.get(0).existingId());
        Session.clerk().post("/recipients/import", Map.of("csv", edited)).then().statusCode(303);
        Map<Long, String> after = snapshot();
        for (Long other : before.keySet()) {
            if (!other.equals(id)) {
                assertEquals(before.get(other), after.get(other), "body " + other + " unchanged");
            }
        }
        List<String> fieldsBefore = List.of(before.get(id).split("\u001f"));
        List<String> fieldsAfter = List.of(after.get(id).split("\u001f"));
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < fieldsBefore.size(); i++) {
            if (!fieldsBefore.get(i).equals(fieldsAfter.get(i))) {
                differences.add(fieldsAfter.get(i).substring(0, fieldsAfter.get(i).indexOf('=')));
            }
        }
        assertEquals(List.of(column.replace("_", ""), "version"), differences, "only that field (and the version) changed");
        assertTrue(after.get(id).contains(column.replace("_", "") + "=" + value + "\u001f"));
    }

    private static String export() {
        var response = Session.viewer().get("/recipients/export.csv");
        response.then().statusCode(200);
        return new String(response.asByteArray(), StandardCharsets.UTF_8);
    }

    private static String withCell(String csv, Long id, String column, String value) {
        StringWriter out = new StringWriter();
        boolean found = false;
        try {
            var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv.substring(1)));
            List<String> header = parser.getHeaderNames();
            try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
                for (CSVRecord record : parser) {
                    List<String> cells = new ArrayList<>(record.toList());
                    if (record.get("id").equals(id.toString())) {
                        assertNotEquals(value, cells.get(header.indexOf(column)));
                        cells.set(header.indexOf(column), value);
                        found = true;
                    }
                    printer.printRecord(cells);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertTrue(found, "body " + id + " is in the export");
        return "\uFEFF" + out;
    }

    /** Every stored field of every body, version included, one string per body (fields split by U+001F). */
    private Map<Long, String> snapshot() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<Long, String> all = new TreeMap<>();
            for (Recipient r : em.createQuery("select distinct r from Recipient r left join fetch r.category "
                    + "left join fetch r.aliases", Recipient.class).getResultList()) {
                all.put(r.id, String.join("\u001f", "name=" + r.name, "acronym=" + r.acronym,
                        "category=" + (r.category == null ? null : r.category.code),
                        "parent=" + (r.parent == null ? null : r.parent.id), "country=" + r.country, "city=" + r.city,
                        "postaladdress=" + r.postalAddress, "emails=" + r.emails, "phone=" + r.phone,
                        "website=" + r.website, "addresseeline=" + r.addresseeLine,
                        "preferredchannel=" + r.preferredChannel, "workinglanguage=" + r.workingLanguage,
                        "notes=" + r.notes, "collective=" + r.collective, "active=" + r.active,
                        "mergedinto=" + (r.mergedInto == null ? null : r.mergedInto.id),
                        "aliases=" + new java.util.TreeSet<>(r.aliases.stream().map(a -> a.alias).toList()),
                        "version=" + r.version, ""));
            }
            assertNotNull(all);
            return all;
        });
    }
}
