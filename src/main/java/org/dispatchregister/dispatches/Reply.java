package org.dispatchregister.dispatches;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.*;

import org.dispatchregister.attachments.Attachment;
import org.dispatchregister.audit.AuditSkip;
import org.dispatchregister.audit.Audited;
import org.dispatchregister.recipients.Recipient;
import org.dispatchregister.statements.Statement;
import org.hibernate.annotations.OptimisticLock;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An incoming letter answering a dispatch. It may arrive before anyone knows what it answers:
 * then dispatch (and perhaps recipient and statement) stay empty until it is linked.
 */
@Entity
@Table(name = "reply")
public class Reply extends PanacheEntityBase implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reply_seq")
    @SequenceGenerator(name = "reply_seq", sequenceName = "reply_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "dispatch_id")
    public Dispatch dispatch;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recipient_id")
    public Recipient recipient;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "statement_id")
    public Statement statement;

    @Column(name = "received_on")
    public LocalDate receivedOn;

    /** The sender's own reference number. */
    @Column(name = "their_reference")
    public String theirReference;

    @Enumerated(EnumType.STRING)
    public ReplyKind kind;

    public String summary;

    @AuditSkip
    @Column(name = "created_at")
    public LocalDateTime createdAt;

    @AuditSkip
    @Column(name = "created_by")
    public String createdBy;

    @Version
    public long version;

    /** The letter and its annexes: files of this reply, in upload order. Not a change of the reply (no version bump). */
    @OneToMany
    @JoinColumn(name = "reply_id")
    @OrderBy("uploadedAt, id")
    @OptimisticLock(excluded = true)
    public List<Attachment> attachments = new ArrayList<>();

    @Override
    public String auditLabel() {
        return "reply #" + id;
    }
}
