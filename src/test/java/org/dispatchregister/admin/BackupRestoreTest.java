package org.dispatchregister.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.dispatchregister.support.Session;
import org.h2.tools.RunScript;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The admin backup downloads a script that restores, with H2's RunScript, into an identical database. */
@QuarkusTest
class BackupRestoreTest {

    // The backup's own history line is written after the snapshot, so it is left out of the comparison.
    private static final List<String> QUERIES = List.of("select count(*) from staff_user",
            "select count(*) from audit_event where action <> 'BACKUP'", "select count(*) from recipient",
            "select count(*) from statement", "select count(*) from dispatch", "select count(*) from reply",
            "select count(*) from \"flyway_schema_history\"");

    @Inject
    DataSource dataSource;

    @Inject
    BackupService backups;

    @Test
    void backupDownloadRestoresToIdenticalCounts() throws Exception {
        assumeTrue(backups.supported(), "H2 only; PostgreSQL uses pg_dump");
        Session admin = Session.admin();
        admin.get("/admin");
        var response = admin.post("/admin/backup", Map.of());
        assertEquals(200, response.statusCode());
        assertTrue(response.header("Content-Disposition").contains("attachment"));
        byte[] zip = response.asByteArray();
        assertTrue(zip.length > 100 && zip[0] == 'P' && zip[1] == 'K', "a ZIP file");

        Map<String, Long> before = counts(dataSource.getConnection());
        Path file = Files.createTempFile("register-backup", ".zip");
        Files.write(file, zip);
        Path restored = Files.createTempDirectory("restore");
        String url = "jdbc:h2:file:" + restored.resolve("register") + ";DB_CLOSE_DELAY=0";
        // The same command the README documents for a restore.
        new RunScript().runTool("-url", url, "-user", "sa", "-password", "", "-script", file.toString(),
                "-options", "COMPRESSION", "ZIP");
        try (Connection copy = DriverManager.getConnection(url, "sa", "")) {
            assertEquals(before, counts(copy));
        }
    }

    private static Map<String, Long> counts(Connection c) throws Exception {
        Map<String, Long> result = new LinkedHashMap<>();
        try (c; Statement s = c.createStatement()) {
            for (String query : QUERIES) {
                try (ResultSet rs = s.executeQuery(query)) {
                    rs.next();
                    result.put(query, rs.getLong(1));
                }
            }
        }
        return result;
    }
}
