package org.dispatchregister.users;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.dispatchregister.common.OwnerOnlyFiles;
import org.dispatchregister.common.RegisterConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The key that encrypts session cookies. Taken from {@code quarkus.http.auth.session.encryption-key}
 * when the operator sets one (the same on every instance); otherwise generated on the first start
 * into {@code <data-dir>/session.key}, owner-only, and read again on later starts so sessions
 * survive a restart. The key itself is never logged. Rotating it (a new value, or deleting the
 * file and restarting) ends every session.
 */
@ApplicationScoped
public class SessionKey {

    private static final Logger LOG = Logger.getLogger(SessionKey.class);
    static final String FILE_NAME = "session.key";

    @ConfigProperty(name = "quarkus.http.auth.session.encryption-key")
    Optional<String> configured;

    @Inject
    RegisterConfig config;

    private String key;

    synchronized String key() {
        if (key == null) {
            key = load();
        }
        return key;
    }

    Path file() {
        return Path.of(config.dataDir()).resolve(FILE_NAME);
    }

    private String load() {
        Optional<String> set = configured.filter(k -> !k.isBlank());
        if (set.isPresent()) {
            if (set.get().length() < 16) {
                throw new IllegalStateException("quarkus.http.auth.session.encryption-key must be at least 16 characters");
            }
            return set.get();
        }
        Path file = file();
        try {
            OwnerOnlyFiles.folder(file.getParent());
            if (!Files.exists(file)) {
                create(file);
            }
            OwnerOnlyFiles.restrict(file);
            String stored = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (stored.length() < 16) {
                throw new IllegalStateException(file + " holds no usable session key: delete it to have a new one generated");
            }
            return stored;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or create the session key file " + file, e);
        }
    }

    /** Written to a private temporary file, then linked into place: two instances starting at once agree on one key. */
    private static void create(Path file) throws IOException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        Path tmp = OwnerOnlyFiles.posix()
                ? Files.createTempFile(file.getParent(), "session", ".tmp", PosixFilePermissions.asFileAttribute(OwnerOnlyFiles.FILE))
                : Files.createTempFile(file.getParent(), "session", ".tmp");
        try {
            Files.writeString(tmp, Base64.getEncoder().encodeToString(random) + "\n", StandardCharsets.UTF_8);
            try {
                Files.createLink(file, tmp);
            } catch (UnsupportedOperationException noLinks) {
                Files.move(tmp, file);
            }
            LOG.infof("Generated a session key in %s (owner-only); sessions now survive restarts", file);
        } catch (FileAlreadyExistsException anotherInstanceWon) {
            // fine: read theirs
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
