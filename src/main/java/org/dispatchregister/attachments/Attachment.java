package org.dispatchregister.attachments;

import java.time.LocalDateTime;

import jakarta.persistence.*;

import org.dispatchregister.audit.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A stored file: a signed statement, an annex, a reply's letter. The bytes live under the data folder at
 * {@code storageKey} (a random name, never the user's file name). An attachment does not know what it is
 * attached to: each owner (a statement, a reply) maps its own files with a join column of its own.
 */
@Entity
@Table(name = "attachment")
public class Attachment extends PanacheEntityBase implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
    public Long id;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "size_bytes")
    public long sizeBytes;

    public String sha256;

    @Column(name = "storage_key")
    public String storageKey;

    @Column(name = "uploaded_at")
    public LocalDateTime uploadedAt;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Override
    public String auditLabel() {
        return fileName;
    }
}
