package org.dispatchregister.users;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.dispatchregister.audit.AuditRedacted;
import org.dispatchregister.audit.AuditSkip;
import org.dispatchregister.audit.Audited;
import org.dispatchregister.common.Role;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A member of staff who signs in. The password is kept only as a bcrypt hash. */
@Entity
@Table(name = "staff_user")
public class StaffUser extends PanacheEntityBase implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_user_seq")
    @SequenceGenerator(name = "staff_user_seq", sequenceName = "staff_user_seq", allocationSize = 50)
    public Long id;

    public String username;

    @Column(name = "display_name")
    public String displayName;

    @Enumerated(EnumType.STRING)
    public Role role;

    public boolean active = true;

    /** The interface language the user chose (az, en, ru); null: follow the browser. */
    public String language;

    @AuditRedacted
    @Column(name = "password_hash")
    public String passwordHash;

    // Sign-in bookkeeping changes on every sign-in; it is logged as login events, not as edits.
    @AuditSkip
    @Column(name = "last_login_at")
    public LocalDateTime lastLoginAt;

    @AuditSkip
    @Column(name = "created_at")
    public LocalDateTime createdAt;

    /** Raised to end every session issued before (see {@link SessionCookie}); not an edit, so no version bump. */
    @AuditSkip
    @Column(name = "session_generation")
    public int sessionGeneration;

    @Version
    public long version;

    public static StaffUser findByUsername(String username) {
        return find("lower(username) = lower(?1)", username).firstResult();
    }

    @Override
    public String auditLabel() {
        return username;
    }
}
