package org.dispatchregister.recipients;

import jakarta.persistence.*;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Another name, acronym or spelling of a recipient, in any language; searched and matched like the name. */
@Entity
@Table(name = "recipient_alias")
public class RecipientAlias extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recipient_alias_seq")
    @SequenceGenerator(name = "recipient_alias_seq", sequenceName = "recipient_alias_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id")
    public Recipient recipient;

    public String alias;

    @Column(name = "alias_key")
    public String aliasKey;
}
