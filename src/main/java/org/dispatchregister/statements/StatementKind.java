package org.dispatchregister.statements;

import jakarta.persistence.*;

import org.dispatchregister.audit.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A kind of outgoing document (statement, appeal, note verbale, ...), with whether a reply is
 * normally expected and within how many days; new dispatches take these as defaults.
 */
@Entity
@Table(name = "statement_kind")
public class StatementKind extends PanacheEntityBase implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "statement_kind_seq")
    @SequenceGenerator(name = "statement_kind_seq", sequenceName = "statement_kind_seq", allocationSize = 50)
    public Long id;

    /** Stable code used by the API: STATEMENT, APPEAL, NOTE_VERBALE, ... */
    public String code;

    public String name;

    @Column(name = "reply_expected")
    public boolean replyExpected;

    @Column(name = "reply_days")
    public Integer replyDays;

    @Column(name = "sort_order")
    public int sortOrder;

    public boolean active = true;

    @Version
    public long version;

    public static StatementKind findByCode(String code) {
        return find("code", code).firstResult();
    }

    @Override
    public String auditLabel() {
        return name;
    }
}
