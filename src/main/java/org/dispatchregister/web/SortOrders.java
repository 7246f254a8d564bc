package org.dispatchregister.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The orders a list offers, one per sortable column, each with its ORDER BY clause for both
 * directions built once when the list's query class loads. A request names a column key and a
 * direction; anything else falls back to the list's default order, never an error.
 * Empty values sort as the largest (last going up, first going down), on H2 and PostgreSQL alike,
 * and the tie-breaker keeps pages stable.
 */
public final class SortOrders {

    private record Column(String ascending, String descending) {
    }

    private final Map<String, Column> columns = new LinkedHashMap<>();
    private final String tieBreaker;
    private final String defaultKey;
    private final boolean defaultDescending;

    private SortOrders(String tieBreaker, String defaultKey, boolean defaultDescending) {
        this.tieBreaker = tieBreaker;
        this.defaultKey = defaultKey;
        this.defaultDescending = defaultDescending;
    }

    /** A list ordered by default by {@code defaultKey} (a column added next), ties broken by {@code tieBreaker} (a unique id). */
    public static SortOrders of(String tieBreaker, String defaultKey, boolean defaultDescending) {
        return new SortOrders(tieBreaker, defaultKey, defaultDescending);
    }

    /** A column sorted by one JPQL expression. */
    public SortOrders column(String key, String expression) {
        columns.put(key, new Column(expression + " asc nulls last, " + tieBreaker + " asc",
                expression + " desc nulls first, " + tieBreaker + " desc"));
        return this;
    }

    /** The column keys, in the order they were added. */
    public java.util.Set<String> keys() {
        return java.util.Collections.unmodifiableSet(columns.keySet());
    }

    public Sort byDefault() {
        return new Sort(this, defaultKey, defaultDescending);
    }

    /** The order a request asks for; an unknown column or direction gives the default. */
    public Sort parse(String key, String dir) {
        String k = key == null ? "" : key.trim().toLowerCase(Locale.ROOT);
        if (!columns.containsKey(k)) {
            return byDefault();
        }
        String d = dir == null ? "" : dir.trim().toLowerCase(Locale.ROOT);
        return new Sort(this, k, d.equals("desc") || (!d.equals("asc") && k.equals(defaultKey) && defaultDescending));
    }

    String orderBy(String key, boolean descending) {
        Column c = columns.get(key);
        return descending ? c.descending() : c.ascending();
    }

    boolean isDefault(String key, boolean descending) {
        return key.equals(defaultKey) && descending == defaultDescending;
    }
}
