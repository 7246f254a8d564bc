package org.dispatchregister.recipients;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The search, filters and sort of the register listing, as received from the query string. Any
 * value outside the allowed set falls back to the default: a bogus sort is never an error.
 */
public record RecipientFilter(String q, String category, String country, Long parentId, String status, String sort,
        String dir) {

    /** Sort keys a request may ask for, each mapped to its JPQL expression (nothing else is ever concatenated). */
    static final Map<String, String> SORTS = Map.of(
            "name", "r.sortName",
            "acronym", "r.acronym",
            "category", "c.sortOrder",
            "country", "r.country",
            "updated", "r.updatedAt");

    public static RecipientFilter of(String q, String category, String country, String parent, String status,
            String sort, String dir) {
        String s = sort == null ? "name" : sort.trim().toLowerCase(Locale.ROOT);
        String d = "desc".equalsIgnoreCase(dir == null ? "" : dir.trim()) ? "desc" : "asc";
        String st = status == null ? "active" : status.trim().toLowerCase(Locale.ROOT);
        return new RecipientFilter(clean(q, 200), clean(category, 40), clean(country, 100), parseId(parent),
                st.equals("archived") || st.equals("all") ? st : "active", SORTS.containsKey(s) ? s : "name", d);
    }

    public static RecipientFilter defaults() {
        return of(null, null, null, null, null, null, null);
    }

    public String orderBy() {
        String expr = SORTS.get(sort);
        String nulls = sort.equals("name") ? "" : " nulls last";
        return expr + " " + dir + nulls + ", r.sortName asc, r.id asc";
    }

    /** The query string of this filter without the sort, for the sort links. */
    public String queryWithoutSort() {
        return encode(params(false));
    }

    /** The query string of this filter, for the pager. */
    public String query() {
        return encode(params(true));
    }

    /** The link that sorts by {@code key}, toggling the direction when it is the current sort. */
    public String sortLink(String key) {
        String nextDir = key.equals(sort) && dir.equals("asc") ? "desc" : "asc";
        String base = queryWithoutSort();
        return "/recipients?" + (base.isEmpty() ? "" : base + "&") + "sort=" + key + "&dir=" + nextDir;
    }

    public String sortMark(String key) {
        return key.equals(sort) ? (dir.equals("asc") ? " ▲" : " ▼") : "";
    }

    public boolean isFiltered() {
        return q != null || category != null || country != null || parentId != null || !status.equals("active");
    }

    private Map<String, String> params(boolean withSort) {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "q", q);
        put(p, "category", category);
        put(p, "country", country);
        put(p, "parent", parentId == null ? null : parentId.toString());
        if (!status.equals("active")) {
            p.put("status", status);
        }
        if (withSort && !(sort.equals("name") && dir.equals("asc"))) {
            p.put("sort", sort);
            p.put("dir", dir);
        }
        return p;
    }

    private static void put(Map<String, String> p, String key, String value) {
        if (value != null) {
            p.put(key, value);
        }
    }

    private static String encode(Map<String, String> p) {
        StringBuilder sb = new StringBuilder();
        p.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return sb.toString();
    }

    private static String clean(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String t = value.trim();
        return t.length() > max ? t.substring(0, max) : t;
    }

    static Long parseId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
