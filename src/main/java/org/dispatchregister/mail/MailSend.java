package org.dispatchregister.mail;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.*;

import org.dispatchregister.audit.AuditSkip;
import org.dispatchregister.audit.Audited;
import org.dispatchregister.dispatches.Dispatch;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One message of the outbox: a dispatch sent by e-mail to its body's own addresses, and once sent the proof of
 * it (Message-ID, when the server accepted it and its reply, the addresses, each attachment's SHA-256, the exact
 * message as .eml). The Message-ID is chosen when queued, so every try of the same row sends the same message.
 */
@Entity
@Table(name = "mail_send")
public class MailSend extends PanacheEntityBase implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_send_seq")
    @SequenceGenerator(name = "mail_send_seq", sequenceName = "mail_send_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dispatch_id")
    public Dispatch dispatch;

    @Enumerated(EnumType.STRING)
    public MailState state;

    public String subject;

    public String body;

    /** The To addresses (the body's own), comma-separated. */
    public String addresses;

    @Column(name = "message_id")
    public String messageId;

    /** For a reminder: the Message-ID of the message it follows up (same thread). */
    @Column(name = "in_reply_to")
    public String inReplyTo;

    public int attempts;

    @AuditSkip
    @Column(name = "next_attempt_at")
    public LocalDateTime nextAttemptAt;

    @AuditSkip
    @Column(name = "claimed_at")
    public LocalDateTime claimedAt;

    @AuditSkip
    @Column(name = "claimed_by")
    public String claimedBy;

    @Column(name = "accepted_at")
    public LocalDateTime acceptedAt;

    @Column(name = "server_reply")
    public String serverReply;

    @Column(name = "error_kind")
    @Enumerated(EnumType.STRING)
    public SendFailure errorKind;

    @Column(name = "error_text")
    public String errorText;

    @AuditSkip
    @Column(name = "eml_key")
    public String emlKey;

    @Column(name = "eml_sha256")
    public String emlSha256;

    /** One line per attached file: SHA-256, size in bytes, file name. */
    @Column(name = "attachment_proof")
    public String attachmentProof;

    @AuditSkip
    @Column(name = "queued_at")
    public LocalDateTime queuedAt;

    @AuditSkip
    @Column(name = "queued_by")
    public String queuedBy;

    @Version
    public long version;

    public List<String> addressList() {
        return Arrays.stream(addresses.split(",")).map(String::trim).filter(a -> !a.isEmpty()).toList();
    }

    /** The attached files' proof, one {@link FileProof} per line of {@link #attachmentProof}. */
    public List<FileProof> files() {
        return FileProof.parse(attachmentProof);
    }

    @Override
    public String auditLabel() {
        return "e-mail #" + id + " " + messageId;
    }
}
