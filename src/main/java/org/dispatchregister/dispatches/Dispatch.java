package org.dispatchregister.dispatches;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.*;

import org.dispatchregister.audit.AuditSkip;
import org.dispatchregister.audit.Audited;
import org.dispatchregister.lists.DistributionList;
import org.dispatchregister.recipients.Channel;
import org.dispatchregister.recipients.Recipient;
import org.dispatchregister.statements.Statement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One statement sent to one recipient: when, how, through which list, and what is expected back. */
@Entity
@Table(name = "dispatch")
public class Dispatch extends PanacheEntityBase implements Audited {

    /**
     * The one JPQL condition for an original dispatch, over a Dispatch aliased {@code d}: the first
     * time a statement went to a body. Reminders and re-sends are follow-ups of an original and are
     * never counted as dispatches of their own. Same rule as {@link #isOriginal()}.
     */
    public static final String ORIGINAL = "d.followUpOf is null";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dispatch_seq")
    @SequenceGenerator(name = "dispatch_seq", sequenceName = "dispatch_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "statement_id")
    public Statement statement;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id")
    public Recipient recipient;

    /** The list that brought this recipient in; null when chosen individually. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "via_list_id")
    public DistributionList viaList;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    public DispatchStatus status;

    @Column(name = "sent_on")
    public LocalDate sentOn;

    @Column(name = "delivered_on")
    public LocalDate deliveredOn;

    @Column(name = "acknowledged_on")
    public LocalDate acknowledgedOn;

    @Column(name = "reply_expected")
    public boolean replyExpected;

    @Column(name = "reply_due_on")
    public LocalDate replyDueOn;

    public String note;

    /** For a reminder or other follow-up: the dispatch it follows up. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "follow_up_of_id")
    public Dispatch followUpOf;

    /** The text of a reminder letter, when this dispatch is one. */
    @Column(name = "letter_text")
    public String letterText;

    @AuditSkip
    @Column(name = "created_at")
    public LocalDateTime createdAt;

    @AuditSkip
    @Column(name = "created_by")
    public String createdBy;

    @AuditSkip
    @Column(name = "updated_at")
    public LocalDateTime updatedAt;

    @Version
    public long version;

    /** An original dispatch, not a reminder or re-send following one up; same rule as {@link #ORIGINAL}. */
    public boolean isOriginal() {
        return followUpOf == null;
    }

    /** Answered, by the one rule of {@link ReplyRules#isAnswered}. */
    public boolean isAnswered() {
        return ReplyRules.isAnswered(status);
    }

    /** Counted for the response rate, by the one rule of {@link ReplyRules#countsForRate}. */
    public boolean countsForRate() {
        return ReplyRules.countsForRate(isOriginal(), replyExpected, status);
    }

    /** The page of this dispatch; templates build action URLs from it. */
    public String path() {
        return "/dispatches/" + id;
    }

    @Override
    public String auditLabel() {
        return "dispatch #" + id;
    }
}
