package org.dispatchregister.lists;

import java.time.LocalDateTime;

import jakarta.persistence.*;

import org.dispatchregister.audit.AuditSkip;
import org.dispatchregister.audit.Audited;
import org.dispatchregister.recipients.Recipient;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One member of a list: either a recipient or a nested list, never both. */
@Entity
@Table(name = "list_member")
public class ListMember extends PanacheEntityBase implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "list_member_seq")
    @SequenceGenerator(name = "list_member_seq", sequenceName = "list_member_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "list_id")
    public DistributionList list;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recipient_id")
    public Recipient recipient;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_list_id")
    public DistributionList memberList;

    @AuditSkip
    @Column(name = "added_at")
    public LocalDateTime addedAt;

    @Override
    public String auditLabel() {
        return "list member #" + id;
    }
}
