package org.dispatchregister.lists;

import java.time.Clock;
import java.time.LocalDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.dispatchregister.audit.AuditLog;
import org.dispatchregister.common.NotFound;
import org.dispatchregister.recipients.Recipient;
import org.dispatchregister.web.Versions;
import org.dispatchregister.web.FormErrors;

/** Changes to distribution lists and their members; every refusal says why and changes nothing. */
@ApplicationScoped
public class ListService {

    @Inject
    ListQueries queries;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public DistributionList get(Long id) {
        return NotFound.orThrow(id == null ? null : DistributionList.<DistributionList>findById(id));
    }

    @Transactional
    public DistributionList create(String name, String description, FormErrors errors) {
        check(name, description, null, errors);
        if (errors.isPresent()) {
            return null;
        }
        DistributionList list = new DistributionList();
        list.name = name.trim();
        list.description = blankToNull(description);
        list.createdAt = LocalDateTime.now(clock);
        list.updatedAt = list.createdAt;
        list.persist();
        return list;
    }

    @Transactional
    public DistributionList update(Long id, ListForm form, FormErrors errors) {
        DistributionList list = get(id);
        Versions.check(form.versionNumber(), list.version);
        check(form.name(), form.description(), id, errors);
        if (errors.isPresent()) {
            return null;
        }
        list.name = form.name().trim();
        list.description = blankToNull(form.description());
        list.updatedAt = LocalDateTime.now(clock);
        return list;
    }

    @Transactional
    public DistributionList setActive(Long id, boolean active) {
        DistributionList list = get(id);
        list.active = active;
        list.updatedAt = LocalDateTime.now(clock);
        return list;
    }

    @Transactional
    public void addRecipient(Long listId, Long recipientId, FormErrors errors) {
        DistributionList list = get(listId);
        Recipient r = recipientId == null ? null : Recipient.findById(recipientId);
        if (r == null) {
            errors.add("_form", "Choose a body from the search results.");
        } else if (!r.active) {
            errors.add("_form", r.name + " is archived and cannot be added to a list.");
        } else if (ListMember.count("list.id = ?1 and recipient.id = ?2", listId, recipientId) > 0) {
            errors.add("_form", r.name + " is already on this list.");
        }
        if (errors.isPresent()) {
            return;
        }
        ListMember m = new ListMember();
        m.list = list;
        m.recipient = r;
        m.addedAt = LocalDateTime.now(clock);
        m.persist();
        audit.record("UPDATE", "DistributionList", listId, "Added " + r.auditLabel() + " to " + list.name);
    }

    @Transactional
    public void addList(Long listId, Long memberListId, FormErrors errors) {
        DistributionList list = get(listId);
        DistributionList nested = memberListId == null ? null : DistributionList.findById(memberListId);
        if (nested == null) {
            errors.add("_form", "Choose a list to nest.");
        } else if (ListMember.count("list.id = ?1 and memberList.id = ?2", listId, memberListId) > 0) {
            errors.add("_form", nested.name + " is already nested in this list.");
        } else if (ListCycles.wouldCycle(listId, memberListId, queries::nestedIn)) {
            errors.add("_form", memberListId.equals(listId) ? "A list cannot contain itself."
                    : "\u201c" + nested.name + "\u201d already contains \u201c" + list.name
                            + "\u201d (directly or through other lists): nesting it here would make a loop.");
        }
        if (errors.isPresent()) {
            return;
        }
        ListMember m = new ListMember();
        m.list = list;
        m.memberList = nested;
        m.addedAt = LocalDateTime.now(clock);
        m.persist();
        audit.record("UPDATE", "DistributionList", listId, "Nested list " + nested.name + " in " + list.name);
    }

    /** Removes a direct member; returns the removed member's name. */
    @Transactional
    public String removeMember(Long listId, Long memberId) {
        DistributionList list = get(listId);
        ListMember m = NotFound.orThrow(memberId == null ? null : ListMember.<ListMember>findById(memberId));
        if (!m.list.id.equals(listId)) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        String name = m.recipient != null ? m.recipient.auditLabel() : "list " + m.memberList.name;
        m.delete();
        audit.record("UPDATE", "DistributionList", listId, "Removed " + name + " from " + list.name);
        return name;
    }

    private void check(String name, String description, Long selfId, FormErrors errors) {
        if (name == null || name.isBlank()) {
            errors.add("name", "Enter a name for the list");
        } else if (name.trim().length() > 200) {
            errors.add("name", "At most 200 characters (now " + name.trim().length() + ")");
        } else {
            DistributionList same = queries.byName(name);
            if (same != null && !same.id.equals(selfId)) {
                errors.add("name", "A list with this name already exists");
            }
        }
        if (description != null && description.trim().length() > 2000) {
            errors.add("description", "At most 2000 characters (now " + description.trim().length() + ")");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
