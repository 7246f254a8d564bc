package org.dispatchregister.statements;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.*;

import org.dispatchregister.attachments.Attachment;
import org.dispatchregister.audit.AuditSkip;
import org.dispatchregister.audit.Audited;
import org.hibernate.annotations.OptimisticLock;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An outgoing document: a public statement, appeal, note verbale, letter, special report... */
@Entity
@Table(name = "statement")
public class Statement extends PanacheEntityBase implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "statement_seq")
    @SequenceGenerator(name = "statement_seq", sequenceName = "statement_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "kind_id")
    public StatementKind kind;

    public String title;

    /** Our outgoing reference, e.g. "0461/27/20/22"; unique, never reused. */
    public String reference;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    public String place;

    public String signatory;

    public String language;

    public String summary;

    @Column(name = "full_text")
    public String fullText;

    /** Comma-separated topics or tags. */
    public String topics;

    /** What this statement answers (free text), with their reference and date. */
    @Column(name = "in_response_to")
    public String inResponseTo;

    @Column(name = "response_reference")
    public String responseReference;

    @Column(name = "response_date")
    public LocalDate responseDate;

    @Enumerated(EnumType.STRING)
    public StatementStatus status = StatementStatus.DRAFT;

    @AuditSkip
    @Column(name = "created_at")
    public LocalDateTime createdAt;

    @AuditSkip
    @Column(name = "updated_at")
    public LocalDateTime updatedAt;

    @Version
    public long version;

    /** Signed copies, annexes: files of this statement, in upload order. Not a change of the statement (no version bump). */
    @OneToMany
    @JoinColumn(name = "statement_id")
    @OrderBy("uploadedAt, id")
    @OptimisticLock(excluded = true)
    public List<Attachment> attachments = new ArrayList<>();

    /** The page of this statement; templates build action URLs from it. */
    public String path() {
        return "/statements/" + id;
    }

    /** The comma-separated topics as a list. */
    public java.util.List<String> topicList() {
        return topics == null ? java.util.List.of()
                : java.util.Arrays.stream(topics.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList();
    }

    @Override
    public String auditLabel() {
        return reference != null ? reference + " " + title : title;
    }
}
