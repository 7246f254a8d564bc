package org.dispatchregister.statements;

import java.time.LocalDateTime;

import jakarta.persistence.*;

import org.dispatchregister.audit.Audited;
import org.dispatchregister.replies.Reply;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A file attached to a statement or a reply. The bytes live under the data folder at
 * {@code storageKey} (a random name, never the user's file name).
 */
@Entity
@Table(name = "attachment")
public class Attachment extends PanacheEntityBase implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "statement_id")
    public Statement statement;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reply_id")
    public Reply reply;

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
