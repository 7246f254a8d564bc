package org.dispatchregister.recipients;

import org.dispatchregister.common.TextFold;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.dispatchregister.common.NotFound;
import org.dispatchregister.web.Option;
import org.hibernate.Hibernate;

/** Reads of the register: the listing page, pick lists, and helpers other features use. */
@ApplicationScoped
public class RecipientQueries {

    private static final String ROW = "select new org.dispatchregister.recipients.RecipientRow(r.id, r.name, r.acronym, "
            + "c.code, c.name, p.id, p.name, p.acronym, r.country, r.city, r.collective, r.active, r.mergedInto.id, r.updatedAt) "
            + "from Recipient r left join r.category c left join r.parent p";

    public record Page(List<RecipientRow> rows, long total) {
    }

    /** A list a recipient belongs to directly. */
    public record Membership(Long listId, String listName, boolean listActive) {
    }

    @Inject
    EntityManager em;

    /*
     * Totals of the listing, per filter. Counting 10,000 rows cost more than everything else on the
     * page, and a total only changes when the register does: this instance clears the cache after
     * every committed change (RegisterChanged); another instance's changes show within the TTL.
     */
    static final long COUNT_TTL_NANOS = TimeUnit.SECONDS.toNanos(10);

    private record CachedCount(long total, long countedAtNanos) {
    }

    private final Map<String, CachedCount> counts = new ConcurrentHashMap<>();

    void onRegisterChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegisterChanged event) {
        counts.clear();
    }

    /**
     * The recipient holding this acronym, compared case- and punctuation-insensitively ("O.S.C.E."
     * finds OSCE). Archived bodies keep their acronym and are returned too (check {@code active});
     * merged ones have given theirs up. Null when none.
     */
    public static Recipient findByAcronym(String acronym) {
        String key = TextFold.acronymKey(acronym);
        return key == null ? null : byAcronymKey(key);
    }

    static Recipient byAcronymKey(String key) {
        return Recipient.find("acronymKey", key).firstResult();
    }

    /** One page of the listing: exactly one projection query and one count query. */
    public Page page(RecipientFilter f, int offset, int limit) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        RecipientSearch.Condition search = RecipientSearch.of(f.q());
        if (!search.isEmpty()) {
            where.append(" and ").append(search.jpql());
            params.putAll(search.filterParams());
        }
        if (f.category() != null) {
            where.append(" and r.category.code = :category");
            params.put("category", f.category());
        }
        if (f.country() != null) {
            where.append(" and lower(r.country) = :country");
            params.put("country", f.country().toLowerCase());
        }
        if (f.parentId() != null) {
            where.append(" and r.parent.id = :parent");
            params.put("parent", f.parentId());
        }
        if (f.status().equals("active")) {
            where.append(" and r.active = true");
        } else if (f.status().equals("archived")) {
            where.append(" and r.active = false");
        }
        // a search sorted by name shows the exact acronym or name first, as every picker does
        boolean ranked = !search.isEmpty() && f.sort().equals("name") && f.dir().equals("asc");
        String order = ranked ? search.orderFirst() + ", " + f.orderBy() : f.orderBy();
        TypedQuery<RecipientRow> rows = em.createQuery(ROW + where + " order by " + order, RecipientRow.class);
        // The count needs no joins (the filters name r's own columns): on 10,000 bodies the left joins
        // cost more than everything else on the page.
        TypedQuery<Long> count = em.createQuery("select count(r) from Recipient r" + where, Long.class);
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        if (ranked) {
            search.params().forEach(rows::setParameter);
        }
        List<RecipientRow> list = rows.setFirstResult(offset).setMaxResults(limit).getResultList();
        long total;
        if (offset == 0 && list.size() < limit) {
            total = list.size();
        } else {
            String key = where.toString() + params;
            CachedCount cached = counts.get(key);
            if (cached != null && System.nanoTime() - cached.countedAtNanos() < COUNT_TTL_NANOS) {
                total = cached.total();
            } else {
                total = count.getSingleResult();
                if (counts.size() > 1000) {
                    counts.clear(); // searches are endless; keep the cache small
                }
                counts.put(key, new CachedCount(total, System.nanoTime()));
            }
        }
        return new Page(list, total);
    }

    /** The recipient with category, parent and aliases loaded, ready for a template. */
    public Recipient detail(Long id) {
        Recipient r = NotFound.orThrow(em.createQuery("select r from Recipient r left join fetch r.category "
                + "left join fetch r.parent left join fetch r.mergedInto where r.id = :id", Recipient.class)
                .setParameter("id", id).getResultStream().findFirst().orElse(null));
        Hibernate.initialize(r.aliases);
        return r;
    }

    public List<RecipientRow> children(Long id) {
        return em.createQuery(ROW + " where p.id = :id order by r.active desc, r.sortName", RecipientRow.class)
                .setParameter("id", id).getResultList();
    }

    public List<Membership> listsOf(Long id) {
        return em.createQuery("select new org.dispatchregister.recipients.RecipientQueries$Membership(l.id, l.name, l.active) "
                + "from ListMember m join m.list l where m.recipient.id = :id order by l.name", Membership.class)
                .setParameter("id", id).getResultList();
    }

    /** Active bodies for a parent select, labelled "Name (ACR)". */
    public List<Option> parentOptions(Long excludeId) {
        List<Object[]> rows = em.createQuery("select r.id, r.name, r.acronym from Recipient r where r.active = true "
                + "and r.id <> :self order by r.sortName", Object[].class)
                .setParameter("self", excludeId == null ? -1L : excludeId).getResultList();
        List<Option> options = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            options.add(new Option(row[0].toString(), label((String) row[1], (String) row[2])));
        }
        return options;
    }

    /** Active bodies found by the one search ({@link RecipientSearch}), exact acronym and name first: the list and merge pickers. */
    public List<RecipientRow> searchActive(String q, int limit) {
        if (RecipientSearch.of(q).isEmpty()) {
            return List.of();
        }
        RecipientFilter filter = RecipientFilter.of(q, null, null, null, "active", "name", "asc");
        return page(filter, 0, limit).rows();
    }

    /** Which bodies a picker offers. */
    public enum PickScope {
        /** Active, not merged: what can be written to. */
        ACTIVE,
        /** Active or archived, not merged: what has a history (reports). */
        NOT_MERGED
    }

    /** A body offered by a picker. */
    public record Pick(Long id, String name, String acronym, String category, String parent) {

        public String label() {
            return RecipientQueries.label(name, acronym);
        }
    }

    /** The one recipient search for pickers: the bodies of {@code scope} the query finds, exact acronym and name first. */
    public List<Pick> pick(String q, PickScope scope, int limit) {
        RecipientSearch.Condition search = RecipientSearch.of(q);
        if (search.isEmpty()) {
            return List.of();
        }
        String where = scope == PickScope.ACTIVE ? "r.active = true and r.mergedInto is null" : "r.mergedInto is null";
        TypedQuery<Pick> query = em.createQuery("select new org.dispatchregister.recipients.RecipientQueries$Pick(r.id, r.name, "
                + "r.acronym, c.name, p.name) from Recipient r left join r.category c left join r.parent p where " + where
                + " and " + search.jpql() + " order by " + search.orderFirst() + ", r.sortName, r.name, r.id", Pick.class);
        search.params().forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    /** Every active body as an option, by name: the reply form's "From" before a search narrows it. */
    public List<Option> activeOptions() {
        return em.createQuery("select r.id, r.name, r.acronym from Recipient r where r.active = true and r.mergedInto is null "
                + "order by r.sortName, r.id", Object[].class).getResultList().stream()
                .map(r -> new Option(r[0].toString(), label((String) r[1], (String) r[2]))).toList();
    }

    /** Aliases of many recipients in one query, by recipient id. */
    public Map<Long, List<String>> aliasesOf(Collection<Long> ids) {
        Map<Long, List<String>> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        em.createQuery("select a.recipient.id, a.alias from RecipientAlias a where a.recipient.id in :ids order by a.alias",
                Object[].class).setParameter("ids", ids).getResultList()
                .forEach(row -> out.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]));
        return out;
    }

    static String label(String name, String acronym) {
        return acronym == null || acronym.isBlank() ? name : name + " (" + acronym + ")";
    }
}
