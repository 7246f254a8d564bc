package org.dispatchregister.bench;

import org.dispatchregister.common.TextFold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark data generator on the real schema (the app's Flyway migrations, H2 in memory). */
class DataGeneratorTest {

    @TempDir
    Path dir;

    @Test
    void fillsTheSchemaDeterministicallyAndKeepsTheAppsIdsClear() throws Exception {
        Properties first = generate("one");
        Properties second = generate("two");
        first.remove("matcherTextFile");
        second.remove("matcherTextFile");
        assertEquals(first, second, "same seed, same data");

        try (Connection db = migrated("one", false); Statement st = db.createStatement()) {
            DataGenerator.Sizes sizes = DataGenerator.Sizes.at(0.02);
            assertEquals(sizes.recipients(), one(st, "select count(*) from recipient"));
            assertEquals(sizes.aliases(), one(st, "select count(*) from recipient_alias"));
            assertEquals(sizes.dispatches(), one(st, "select count(*) from dispatch"));
            assertEquals(sizes.replies(), one(st, "select count(*) from reply"));
            assertEquals(10, one(st, "select count(*) from category"));
            assertEquals(7, one(st, "select count(*) from statement_kind"));
            // The app's next pooled block (value - 49 .. value) lies above every generated id.
            for (String table : List.of("recipient", "recipient_alias", "distribution_list", "list_member", "statement",
                    "dispatch", "reply", "category", "statement_kind")) {
                long max = one(st, "select max(id) from " + table);
                long next = one(st, "select next value for " + table + "_seq");
                assertTrue(next - 49 > max, table + ": next block starts at " + (next - 49) + ", max id " + max);
            }
            // Derived columns as the register computes them.
            try (ResultSet rs = st.executeQuery("select name, acronym, acronym_key, sort_name, search_text from recipient")) {
                while (rs.next()) {
                    assertEquals(TextFold.fold(rs.getString(1)), rs.getString(4));
                    assertEquals(TextFold.acronymKey(rs.getString(2)), rs.getString(3));
                    assertTrue(rs.getString(5).startsWith(rs.getString(4)));
                }
            }
            assertEquals(Long.parseLong(first.getProperty("bigListSize")), one(st, "select count(*) from list_member where list_id = 1"));
            long busiest = Long.parseLong(first.getProperty("busiestRecipientId"));
            assertEquals(one(st, "select max(c) from (select count(*) c from dispatch group by recipient_id) x"),
                    one(st, "select count(*) from dispatch where recipient_id = " + busiest));
            // Statements kept free for the benchmark's own dispatches really have none.
            String spares = first.getProperty("spareStatementIds");
            assertEquals(0, one(st, "select count(*) from dispatch where statement_id in (" + spares + ")"));
            assertEquals(0, one(st, "select count(*) from (select reference from statement where reference is not null"
                    + " group by reference having count(*) > 1) d"));
        }
    }

    @Test
    void dispatchesPerRecipientAreSkewedWithOneClearlyBusiest() {
        int[] targets = DataGenerator.perRecipientTargets(10_000, 3_950, 200_000);
        assertEquals(200_000, Arrays.stream(targets).sum());
        int[] sorted = targets.clone();
        Arrays.sort(sorted);
        int busiest = sorted[sorted.length - 1];
        int second = sorted[sorted.length - 2];
        int median = sorted[sorted.length / 2];
        assertTrue(busiest > 1.5 * second, "one clearly busiest: " + busiest + " vs " + second);
        assertTrue(busiest >= 2_000 && busiest <= 3_950, "thousands, at most one per statement: " + busiest);
        assertTrue(median < 30, "most bodies receive a few: median " + median);
    }

    @Test
    void foldsLikeTheRegister() {
        assertEquals("comite europeen c e", TextFold.fold("Comité  Européen (C.E.)"));
        assertEquals("OSCE", TextFold.acronymKey("O.S.C.E."));
        assertNull(TextFold.acronymKey(" - "));
    }

    private Properties generate(String name) throws Exception {
        try (Connection db = migrated(name, true)) {
            db.setAutoCommit(false);
            Path facts = dir.resolve(name + "/facts.properties");
            Files.createDirectories(facts.getParent());
            return DataGenerator.generate(db, 42, DataGenerator.Sizes.at(0.02), facts);
        }
    }

    private Connection migrated(String name, boolean migrate) throws Exception {
        String url = "jdbc:h2:mem:gen-" + name + ";DB_CLOSE_DELAY=-1";
        if (migrate) {
            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        }
        return DriverManager.getConnection(url, "sa", "");
    }

    private static long one(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
