package org.dispatchregister.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * The conditions of one filtered, sorted, paged list: a page of rows (a record filled from a
 * multi-column select) and the count of all of them, under the same conditions. Every condition is a
 * fixed JPQL fragment with named parameters and every order a constant of the list's {@link SortOrders},
 * so the query strings form a small fixed set that Hibernate's plan cache serves, and nothing typed by
 * a user is ever part of the JPQL.
 */
public final class ListQuery {

    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** Adds a condition that needs no parameter (or whose parameters are set with {@link #param}). */
    public ListQuery where(String condition) {
        where.append(" and ").append(condition);
        return this;
    }

    /** Adds a condition only when {@code applies}: a checkbox filter. */
    public ListQuery where(boolean applies, String condition) {
        return applies ? where(condition) : this;
    }

    /** Adds a condition with its one parameter, only when the value is given (not null, not blank). */
    public ListQuery where(String condition, String name, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return this;
        }
        return where(condition).param(name, value);
    }

    /** Adds a condition on text containing what was typed (case-insensitive), only when something was typed. */
    public ListQuery whereContains(String condition, String name, String typed) {
        return where(condition, name, contains(typed));
    }

    public ListQuery param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    public ListQuery params(Map<String, ?> values) {
        params.putAll(values);
        return this;
    }

    /** The rows {@code offset} to {@code offset + size}: {@code select} names the columns of {@code type}'s constructor and the from clause. */
    public <R> List<R> rows(EntityManager em, String select, Class<R> type, Sort sort, int offset, int size) {
        TypedQuery<R> query = em.createQuery(select + where + " order by " + sort.orderBy(), type);
        params.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(size).getResultList();
    }

    /** How many rows match: {@code countFrom} is "select count(x) from …" with the joins the conditions name. */
    public long count(EntityManager em, String countFrom) {
        TypedQuery<Long> query = em.createQuery(countFrom + where, Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** A contains-pattern where the user's % and _ are literal characters, not wildcards; null when nothing was typed. */
    public static String contains(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String escaped = typed.trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
