package org.dispatchregister.recipients;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.*;

import org.dispatchregister.audit.AuditSkip;
import org.dispatchregister.audit.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A body the institution writes to: an organisation, an office within one (parent), or a
 * collective addressee that stands for many bodies ("ombudspersons and NHRIs of different
 * countries") and is dispatched to as one unit. Never deleted once referenced: archived instead.
 */
@Entity
@Table(name = "recipient")
public class Recipient extends PanacheEntityBase implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recipient_seq")
    @SequenceGenerator(name = "recipient_seq", sequenceName = "recipient_seq", allocationSize = 50)
    public Long id;

    public String name;

    public String acronym;

    @AuditSkip
    @Column(name = "acronym_key")
    public String acronymKey;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    public Category category;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Recipient parent;

    public String country;

    public String city;

    @Column(name = "postal_address")
    public String postalAddress;

    /** One or more addresses, separated by commas or new lines. */
    public String emails;

    public String phone;

    public String website;

    @Column(name = "addressee_line")
    public String addresseeLine;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_channel")
    public Channel preferredChannel;

    @Column(name = "working_language")
    public String workingLanguage;

    public String notes;

    public boolean collective;

    public boolean active = true;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    public Recipient mergedInto;

    @AuditSkip
    @Column(name = "search_text")
    public String searchText = "";

    @AuditSkip
    @Column(name = "sort_name")
    public String sortName = "";

    @AuditSkip
    @Column(name = "created_at")
    public LocalDateTime createdAt;

    @AuditSkip
    @Column(name = "updated_at")
    public LocalDateTime updatedAt;

    @OneToMany(mappedBy = "recipient", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("alias")
    public List<RecipientAlias> aliases = new ArrayList<>();

    @Version
    public long version;

    @Override
    public String auditLabel() {
        return acronym != null && !acronym.isBlank() ? name + " (" + acronym + ")" : name;
    }
}
