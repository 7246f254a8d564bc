package org.dispatchregister.lists;

import java.time.Clock;
import java.time.LocalDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.dispatchregister.web.Messages;
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
            errors.add("_form", Messages.notices().choose_body_from_results());
        } else if (!r.active) {
            errors.add("_form", Messages.notices().body_archived_no_list(r.name));
        } else if (ListMember.count("list.id = ?1 and recipient.id = ?2", listId, recipientId) > 0) {
            errors.add("_form", Messages.notices().already_on_list(r.name));
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
            errors.add("_form", Messages.notices().choose_list_to_nest());
        } else if (ListMember.count("list.id = ?1 and memberList.id = ?2", listId, memberListId) > 0) {
            errors.add("_form", Messages.notices().already_nested(nested.name));
        } else if (ListCycles.wouldCycle(listId, memberListId, queries::nestedIn)) {
            errors.add("_form", memberListId.equals(listId) ? Messages.notices().list_contains_itself()
                    : Messages.notices().list_loop(nested.name, list.name));
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
            errors.add("name", Messages.notices().enter_list_name());
        } else if (name.trim().length() > 200) {
            errors.add("name", Messages.notices().at_most_chars_now(Messages.number(200), Messages.number(name.trim().length())));
        } else {
            DistributionList same = queries.byName(name);
            if (same != null && !same.id.equals(selfId)) {
                errors.add("name", Messages.notices().list_name_taken());
            }
        }
        if (description != null && description.trim().length() > 2000) {
            errors.add("description", Messages.notices().at_most_chars_now(Messages.number(2000), Messages.number(description.trim().length())));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
