package org.dispatchregister.common;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Files the app writes under the data folder (database, attachments, backups, the session key) are
 * readable by the account that runs the app only: another user of the server must not copy the
 * register or a signed letter. Quietly does nothing where the file system has no POSIX permissions.
 */
public final class OwnerOnlyFiles {

    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private OwnerOnlyFiles() {
    }

    public static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Creates the folder (and missing parents) and makes it owner-only. */
    public static Path folder(Path dir) throws IOException {
        Files.createDirectories(dir);
        restrict(dir);
        return dir;
    }

    /** Makes one file or folder owner-only. */
    public static void restrict(Path path) throws IOException {
        if (posix() && Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(path)) {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
        }
    }

    /** Makes a folder and everything below it owner-only (files written before this rule, or by H2). */
    public static void restrictTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                restrict(p);
            }
        }
    }
}
