package org.dispatchregister.recipients;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dispatchregister.common.TextFold;

/**
 * The one recipient search, shared by the register listing, the API and every picker (dispatch
 * form, report pickers, reply "From", list members, merge): a body is found when its stored search
 * text (folded name, acronym and aliases, see {@link SearchKeys}) contains every folded word of the
 * query, or contains the query's letters written together ("o.s.c.e", "u n h c r" find OSCE and
 * UNHCR). Exact acronyms and names rank first.
 */
public final class RecipientSearch {

    /** At most this many words of a query are used: a longer query narrows nothing more. */
    static final int MAX_WORDS = 8;
    /** The written-together form is tried only for short queries, as the stored search text keeps it only for short names. */
    static final int MAX_JOINED = 24;

    /** A JPQL condition on {@code r} (a Recipient) and its parameters; empty when the query has no word. */
    public record Condition(String jpql, Map<String, Object> params, String orderFirst) {

        public boolean isEmpty() {
            return jpql.isEmpty();
        }

        /** The parameters of {@link #jpql()} alone, for a query that does not rank (a count, a filtered list). */
        public Map<String, Object> filterParams() {
            Map<String, Object> out = new LinkedHashMap<>(params);
            out.keySet().removeAll(RANK_PARAMETERS);
            return out;
        }
    }

    /** Parameters used only by {@link Condition#orderFirst()}: a count query leaves them out. */
    private static final java.util.Set<String> RANK_PARAMETERS = java.util.Set.of("skey", "sname");

    private RecipientSearch() {
    }

    /** The condition for a search box's text; its parameters are named {@code sw0…}, {@code sjoined}, {@code skey}, {@code sname}. */
    public static Condition of(String q) {
        List<String> words = TextFold.words(q);
        if (words.isEmpty()) {
            return new Condition("", Map.of(), "");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < Math.min(words.size(), MAX_WORDS); i++) {
            // a folded word holds letters and digits only, so it carries no LIKE wildcard
            all.append(i == 0 ? "" : " and ").append("r.searchText like :sw").append(i);
            params.put("sw" + i, "%" + words.get(i) + "%");
        }
        String joined = String.join("", words);
        String jpql = "(" + all + ")";
        if (words.size() > 1 && joined.length() <= MAX_JOINED) {
            jpql = "(" + all + " or r.searchText like :sjoined)";
            params.put("sjoined", "%" + joined + "%");
        }
        params.put("skey", joined.toUpperCase(java.util.Locale.ROOT));
        params.put("sname", String.join(" ", words));
        return new Condition(jpql, params,
                "case when r.acronymKey = :skey then 0 when r.sortName = :sname then 1 else 2 end");
    }
}
