package org.dispatchregister.lists;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.dispatchregister.web.Option;

/** Reads of distribution lists for the pages and the API. */
@ApplicationScoped
@jakarta.inject.Named("listQueries")
public class ListQueries {

    /** A list with its direct member counts, from one query. */
    public record Summary(Long id, String name, String description, boolean active, long recipients, long lists) {
    }

    /** A direct member: a recipient or a nested list. */
    public record MemberRow(Long memberId, Long recipientId, String recipientName, String recipientAcronym,
            Boolean recipientActive, Boolean collective, Long listId, String listName, Boolean listActive) {

        public boolean isList() {
            return listId != null;
        }
    }

    @Inject
    EntityManager em;

    public List<Summary> summaries() {
        return em.createQuery("select new org.dispatchregister.lists.ListQueries$Summary(l.id, l.name, l.description, l.active, "
                + "(select count(m) from ListMember m where m.list = l and m.recipient is not null), "
                + "(select count(n) from ListMember n where n.list = l and n.memberList is not null)) "
                + "from DistributionList l order by l.active desc, l.name", Summary.class).getResultList();
    }

    public List<MemberRow> members(Long listId) {
        return em.createQuery("select new org.dispatchregister.lists.ListQueries$MemberRow(m.id, r.id, r.name, r.acronym, "
                + "r.active, r.collective, ml.id, ml.name, ml.active) from ListMember m left join m.recipient r "
                + "left join m.memberList ml where m.list.id = :id order by case when ml.id is null then 1 else 0 end, "
                + "ml.name, r.sortName", MemberRow.class).setParameter("id", listId).getResultList();
    }

    /** Active lists a body is not directly on yet: the recipient page's "Add to list" (through {inject:listQueries}). */
    public List<Option> optionsFor(Long recipientId) {
        return em.createQuery("select l.id, l.name from DistributionList l where l.active = true "
                + "and l.id not in (select m.list.id from ListMember m where m.recipient.id = :r) order by l.name", Object[].class)
                .setParameter("r", recipientId).getResultList().stream()
                .map(row -> new Option(row[0].toString(), (String) row[1])).toList();
    }

    /** Active lists that could be nested in {@code listId}: not itself, not already in it. */
    public List<Option> nestableOptions(Long listId) {
        return em.createQuery("select l.id, l.name from DistributionList l where l.active = true and l.id <> :id "
                + "and l.id not in (select m.memberList.id from ListMember m where m.list.id = :id and m.memberList is not null) "
                + "order by l.name", Object[].class).setParameter("id", listId).getResultList().stream()
                .map(row -> new Option(row[0].toString(), (String) row[1])).toList();
    }

    /** The lists directly nested in any of {@code listIds}. */
    public List<Long> nestedIn(Collection<Long> listIds) {
        return em.createQuery("select m.memberList.id from ListMember m where m.list.id in :ids and m.memberList is not null",
                Long.class).setParameter("ids", listIds).getResultList();
    }

    public DistributionList byName(String name) {
        return em.createQuery("select l from DistributionList l where lower(l.name) = :n", DistributionList.class)
                .setParameter("n", name.trim().toLowerCase()).getResultStream().findFirst().orElse(null);
    }
}
