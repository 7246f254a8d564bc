package org.dispatchregister.lists;

import java.time.LocalDateTime;

import jakarta.persistence.*;

import org.dispatchregister.audit.AuditSkip;
import org.dispatchregister.audit.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A named set of recipients and of other lists, such as "Standard international distribution". */
@Entity
@Table(name = "distribution_list")
public class DistributionList extends PanacheEntityBase implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "distribution_list_seq")
    @SequenceGenerator(name = "distribution_list_seq", sequenceName = "distribution_list_seq", allocationSize = 50)
    public Long id;

    public String name;

    public String description;

    public boolean active = true;

    @AuditSkip
    @Column(name = "created_at")
    public LocalDateTime createdAt;

    @AuditSkip
    @Column(name = "updated_at")
    public LocalDateTime updatedAt;

    @Version
    public long version;

    @Override
    public String auditLabel() {
        return name;
    }
}
