package org.dispatchregister.lists;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Expands distribution lists (and the lists nested in them) into their de-duplicated active
 * recipients, each with the list that brought it in. One query per nesting level plus one for the
 * recipients, whatever the number of members; a list met twice (or a cycle) is visited once.
 */
@ApplicationScoped
public class ListExpander {

    /** A recipient reached through a list. {@code viaListId} is the list that directly contains it. */
    public record Member(Long recipientId, String name, String acronym, boolean collective, Long viaListId,
            String viaListName) {
    }

    @Inject
    EntityManager em;

    public List<Member> expand(Collection<Long> listIds) {
        // recipient id -> the first list (breadth-first from the chosen lists) that names it
        Map<Long, Long> viaList = new LinkedHashMap<>();
        Set<Long> visited = new HashSet<>();
        List<Long> frontier = new ArrayList<>(listIds);
        while (!frontier.isEmpty()) {
            frontier.removeIf(id -> !visited.add(id));
            if (frontier.isEmpty()) {
                break;
            }
            List<Object[]> rows = em.createQuery(
                    "select m.list.id, m.recipient.id, m.memberList.id from ListMember m "
                            + "where m.list.id in :lists and m.list.active = true order by m.list.id, m.id", Object[].class)
                    .setParameter("lists", frontier).getResultList();
            List<Long> next = new ArrayList<>();
            for (Object[] row : rows) {
                Long list = (Long) row[0];
                if (row[1] != null) {
                    viaList.putIfAbsent((Long) row[1], list);
                } else if (row[2] != null) {
                    next.add((Long) row[2]);
                }
            }
            frontier = next;
        }
        if (viaList.isEmpty()) {
            return List.of();
        }
        // Joined through the visited lists, not "r.id in (5,000 ids)": a parameter list that long is
        // slow to bind and plan on both databases, and the lists are a handful.
        List<Object[]> recipients = em.createQuery(
                "select r.id, r.name, r.acronym, r.collective from Recipient r "
                        + "where r.active = true and r.mergedInto is null and exists (select 1 from ListMember m "
                        + "where m.recipient = r and m.list.id in :lists and m.list.active = true) order by r.sortName, r.id", Object[].class)
                .setParameter("lists", visited).getResultList();
        Map<Long, String> listNames = new LinkedHashMap<>();
        em.createQuery("select l.id, l.name from DistributionList l where l.id in :ids", Object[].class)
                .setParameter("ids", new HashSet<>(viaList.values())).getResultList()
                .forEach(row -> listNames.put((Long) row[0], (String) row[1]));
        List<Member> result = new ArrayList<>(recipients.size());
        for (Object[] r : recipients) {
            Long list = viaList.get((Long) r[0]);
            result.add(new Member((Long) r[0], (String) r[1], (String) r[2], (Boolean) r[3], list, listNames.get(list)));
        }
        return result;
    }
}
