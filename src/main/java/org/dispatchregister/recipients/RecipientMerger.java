package org.dispatchregister.recipients;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.dispatchregister.web.Messages;
import org.dispatchregister.audit.AuditLog;
import org.dispatchregister.web.FormErrors;

/**
 * Merges a duplicate into the body that survives, in one transaction: every reference (dispatches,
 * replies, list memberships, children, aliases) moves to the survivor, the duplicate's name and
 * acronym become aliases of the survivor, and the duplicate is archived pointing at it.
 */
@ApplicationScoped
public class RecipientMerger {

    /** How many references moved, for the message and the history. */
    public record Moved(int dispatches, int replies, int listMemberships, int duplicateMemberships, int children,
            int aliases) {

        public String describe() {
            return dispatches + " dispatch(es), " + replies + " reply(ies), " + listMemberships + " list membership(s)"
                    + (duplicateMemberships > 0 ? " (" + duplicateMemberships + " already on the survivor's lists dropped)" : "")
                    + ", " + children + " child body(ies), " + aliases + " alias(es)";
        }
    }

    /** What a merge would move, for the confirmation page. */
    public record Preview(long dispatches, long replies, long listMemberships, long children, long aliases) {
    }

    @Inject
    EntityManager em;

    @Inject
    RecipientService recipients;

    @Inject
    AuditLog audit;

    public Preview preview(Long loserId) {
        return new Preview(count("select count(d) from Dispatch d where d.recipient.id = :id", loserId),
                count("select count(r) from Reply r where r.recipient.id = :id", loserId),
                count("select count(m) from ListMember m where m.recipient.id = :id", loserId),
                count("select count(r) from Recipient r where r.parent.id = :id", loserId),
                count("select count(a) from RecipientAlias a where a.recipient.id = :id", loserId));
    }

    /** Checks that the two may be merged; messages go to {@code errors} under "_form". */
    public void check(Recipient survivor, Recipient loser, FormErrors errors) {
        if (survivor.id.equals(loser.id)) {
            errors.add("_form", Messages.notices().merge_itself());
        } else if (loser.mergedInto != null) {
            errors.add("_form", Messages.notices().already_merged(loser.name, loser.mergedInto.name));
        } else if (survivor.mergedInto != null) {
            errors.add("_form", Messages.notices().survivor_merged(survivor.name, survivor.mergedInto.name));
        }
    }

    @Transactional
    public Moved merge(Long survivorId, Long loserId, FormErrors errors) {
        Recipient survivor = recipients.get(survivorId);
        Recipient loser = recipients.get(loserId);
        check(survivor, loser, errors);
        if (errors.isPresent()) {
            return null;
        }
        String loserLabel = loser.auditLabel();
        String survivorLabel = survivor.auditLabel();
        em.flush();
        int dispatches = bulk("update Dispatch d set d.recipient = :s where d.recipient = :l", survivorId, loserId);
        int replies = bulk("update Reply r set r.recipient = :s where r.recipient = :l", survivorId, loserId);
        // A list naming both keeps only the survivor's row (one member row per body and list).
        int duplicates = bulk("delete from ListMember m where m.recipient = :l and m.list in "
                + "(select m2.list from ListMember m2 where m2.recipient = :s)", survivorId, loserId);
        int memberships = bulk("update ListMember m set m.recipient = :s where m.recipient = :l", survivorId, loserId);
        List<Long> childIds = em.createQuery("select r.id from Recipient r where r.parent.id = :l and r.id <> :s", Long.class)
                .setParameter("l", loserId).setParameter("s", survivorId).getResultList();
        int children = bulk("update versioned Recipient r set r.parent = :s where r.parent = :l and r <> :s",
                survivorId, loserId);
        int aliases = bulk("update RecipientAlias a set a.recipient = :s where a.recipient = :l", survivorId, loserId);
        // The bulk statements bypassed the persistence context: start again from the database.
        em.clear();
        survivor = recipients.get(survivorId);
        loser = recipients.get(loserId);
        if (survivor.parent != null && survivor.parent.id.equals(loserId)) {
            survivor.parent = loser.parent != null && !loser.parent.id.equals(survivorId) ? loser.parent : null;
        }
        recipients.addAlias(survivor, loser.name);
        if (loser.acronym != null) {
            recipients.addAlias(survivor, loser.acronym);
        }
        loser.active = false;
        loser.mergedInto = survivor;
        recipients.refreshDerived(loser);
        recipients.refreshDerived(survivor);
        Moved moved = new Moved(dispatches, replies, memberships, duplicates, children, aliases);
        audit.record("MERGE", "Recipient", survivorId, "Absorbed " + loserLabel + " (#" + loserId + "): moved "
                + moved.describe() + "; its name and acronym became aliases");
        audit.record("MERGE", "Recipient", loserId, "Merged into " + survivorLabel + " (#" + survivorId
                + ") and archived: moved " + moved.describe());
        for (Long child : childIds) {
            audit.record("UPDATE", "Recipient", child, "Parent changed from " + loserLabel + " to " + survivorLabel
                    + " by a merge");
        }
        return moved;
    }

    private int bulk(String jpql, Long survivorId, Long loserId) {
        var query = em.createQuery(jpql).setParameter("l", em.getReference(Recipient.class, loserId));
        if (jpql.contains(":s")) {
            query.setParameter("s", em.getReference(Recipient.class, survivorId));
        }
        return query.executeUpdate();
    }

    private long count(String jpql, Long id) {
        return em.createQuery(jpql, Long.class).setParameter("id", id).getSingleResult();
    }
}
