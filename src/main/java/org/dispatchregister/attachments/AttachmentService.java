package org.dispatchregister.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.dispatchregister.web.Messages;
import org.dispatchregister.audit.AuditActor;
import org.dispatchregister.common.OwnerOnlyFiles;
import org.dispatchregister.common.RegisterConfig;
import org.dispatchregister.web.FormErrors;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Stores uploaded files under {@code <data-dir>/attachments/} with a random name, after checking
 * size and real content type; records name, type, size and SHA-256.
 */
@ApplicationScoped
public class AttachmentService {

    private static final int HEAD_BYTES = 8192;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    RegisterConfig config;

    @Inject
    Clock clock;

    /** Checks an upload; returns the detected content type, or null with a message under {@code field}. */
    public String check(FileUpload upload, String field, FormErrors errors) {
        if (upload == null || upload.uploadedFile() == null || upload.size() == 0) {
            errors.add(field, Messages.notices().choose_file());
            return null;
        }
        long max = config.attachments().maxBytes();
        if (upload.size() > max) {
            errors.add(field, Messages.notices().file_too_big(megabytes(upload.size()), megabytes(max)));
            return null;
        }
        FileTypes.Verdict verdict = FileTypes.check(upload.fileName(), upload.contentType(), head(upload.uploadedFile()));
        if (!verdict.accepted()) {
            errors.add(field, verdict.refusal());
            return null;
        }
        return verdict.contentType();
    }

    /** Stores a checked upload; the caller adds the attachment to its owner in the same transaction. */
    @Transactional
    public Attachment store(FileUpload upload, String contentType) {
        String key = randomKey();
        Path target = folder().resolve(key);
        String sha256;
        try {
            OwnerOnlyFiles.folder(target.getParent());
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(upload.uploadedFile());
                    OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
                in.transferTo(out);
            }
            OwnerOnlyFiles.restrict(target);
            sha256 = HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Could not store the attachment", e);
        }
        Attachment a = new Attachment();
        a.fileName = FileNames.sanitise(upload.fileName());
        a.contentType = contentType;
        a.sizeBytes = upload.size();
        a.sha256 = sha256;
        a.storageKey = key;
        a.uploadedAt = LocalDateTime.now(clock);
        a.uploadedBy = AuditActor.current();
        a.persist();
        return a;
    }

    public Path file(Attachment attachment) {
        return folder().resolve(attachment.storageKey);
    }

    private Path folder() {
        return Path.of(config.dataDir()).resolve("attachments");
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the upload", e);
        }
    }

    private static String randomKey() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
