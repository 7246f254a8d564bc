package org.dispatchregister.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.dispatchregister.admin.BackupService;
import org.dispatchregister.common.OwnerOnlyFiles;
import org.dispatchregister.common.RegisterConfig;
import org.dispatchregister.dispatches.WorkflowData;
import org.dispatchregister.support.Session;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Issue 13, finding 17: the data folder, attachments and backups are readable by the app's own account only. */
@QuarkusTest
class FilePermissionsTest {

    @Inject
    RegisterConfig config;

    @Inject
    BackupService backups;

    private static String perms(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void attachmentsBackupsAndTheDataFolderAreOwnerOnly() throws Exception {
        assumeTrue(OwnerOnlyFiles.posix(), "POSIX file permissions");
        Path data = Path.of(config.dataDir());
        Session admin = Session.admin();
        Long statement = WorkflowData.statement("STATEMENT", WorkflowData.unique("Perms"));
        String token = admin.csrfToken();
        admin.request().multiPart("csrf-token", token)
                .multiPart("file", "signed-letter.pdf", XssData.PDF, "application/pdf")
                .post("/statements/" + statement + "/attachments").then().statusCode(303);
        // Backups from the admin page exist on H2 only (PostgreSQL uses pg_dump), so the PostgreSQL
        // run checks the key and the attachment.
        boolean backup = backups.supported();
        if (backup) {
            admin.post("/admin/backup", java.util.Map.of()).then().statusCode(200);
        }
        assertEquals("rwx------", perms(data));
        List<Path> written;
        try (Stream<Path> all = Files.walk(data)) {
            written = all.filter(p -> !p.equals(data)).toList();
        }
        long files = 0;
        for (Path p : written) {
            assertEquals(Files.isDirectory(p) ? "rwx------" : "rw-------", perms(p), p.toString());
            files += Files.isDirectory(p) ? 0 : 1;
        }
        assertEquals(true, files >= (backup ? 3 : 2), "the key, an attachment and a backup: " + written);
    }
}
