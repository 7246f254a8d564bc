package org.dispatchregister.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.dispatchregister.audit.AuditLog;
import org.dispatchregister.common.OwnerOnlyFiles;
import org.dispatchregister.common.RegisterConfig;

/**
 * Consistent backups of the embedded H2 database: H2's SCRIPT command writes the whole database
 * (schema, data, sequences) as one compressed SQL script from a single consistent snapshot while
 * the app keeps running. Restore with H2's RunScript tool into an empty database (see README).
 */
@ApplicationScoped
public class BackupService {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Inject
    DataSource dataSource;

    @Inject
    RegisterConfig config;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public boolean supported() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().equalsIgnoreCase("H2");
        } catch (SQLException e) {
            return false;
        }
    }

    /** Writes a new backup file under the data folder and returns its path. */
    public Path backup() throws IOException, SQLException {
        Path folder = Path.of(config.dataDir(), "backups").toAbsolutePath().normalize();
        OwnerOnlyFiles.folder(folder);
        Path file = folder.resolve("register-" + LocalDateTime.now(clock).format(STAMP) + ".zip");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // The path is ours, never user input; quotes are doubled all the same.
            s.execute("SCRIPT TO '" + file.toString().replace("'", "''") + "' COMPRESSION ZIP");
        }
        OwnerOnlyFiles.restrict(file);
        audit.record("BACKUP", null, null, "Database backup " + file.getFileName() + " (" + Files.size(file) + " bytes)");
        return file;
    }
}
