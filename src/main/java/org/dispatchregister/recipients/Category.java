package org.dispatchregister.recipients;

import jakarta.persistence.*;

import org.dispatchregister.audit.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A kind of recipient body (UN organ, NGO, ...); a small list administrators maintain. */
@Entity
@Table(name = "category")
public class Category extends PanacheEntityBase implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "category_seq")
    @SequenceGenerator(name = "category_seq", sequenceName = "category_seq", allocationSize = 50)
    public Long id;

    public String code;

    public String name;

    @Column(name = "sort_order")
    public int sortOrder;

    @Version
    public long version;

    public static Category findByCode(String code) {
        return find("code", code).firstResult();
    }

    @Override
    public String auditLabel() {
        return name;
    }
}
