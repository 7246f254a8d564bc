package org.dispatchregister.recipients;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.dispatchregister.common.TextFold;

/**
 * The register's stored search keys, computed from a body's name, acronym and aliases by the one
 * fold: every write path ({@link RecipientService#refreshDerived}), the refold migration and the
 * benchmark's generator use these functions, so a row found by one is found by all.
 */
public final class SearchKeys {

    /** recipient.search_text and sort_name / recipient_alias.alias_key lengths. */
    public static final int SEARCH_TEXT_MAX = 4000;
    public static final int NAME_KEY_MAX = 300;

    private SearchKeys() {
    }

    /** recipient.sort_name: the folded name. */
    public static String sortName(String name) {
        return truncate(TextFold.fold(name), NAME_KEY_MAX);
    }

    /** recipient_alias.alias_key: the folded alias. */
    public static String aliasKey(String alias) {
        return truncate(TextFold.fold(alias), NAME_KEY_MAX);
    }

    /** recipient.acronym_key, or null without an acronym. */
    public static String acronymKey(String acronym) {
        return TextFold.acronymKey(acronym);
    }

    /**
     * recipient.search_text: the folded name, acronym and aliases; short ones also without their
     * spaces, so "O.S.C.E." is found as "osce" and "UN-SG" as "unsg".
     */
    public static String searchText(String name, String acronym, Collection<String> aliases) {
        Set<String> parts = new LinkedHashSet<>();
        addForms(parts, name);
        addForms(parts, acronym);
        for (String alias : aliases) {
            addForms(parts, alias);
        }
        return truncate(String.join(" ", parts), SEARCH_TEXT_MAX);
    }

    private static void addForms(Set<String> parts, String text) {
        String folded = TextFold.fold(text);
        if (folded.isEmpty()) {
            return;
        }
        parts.add(folded);
        if (folded.length() <= 24 && folded.contains(" ")) {
            parts.add(folded.replace(" ", ""));
        }
    }

    static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
