package org.dispatchregister.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dispatchregister.matching.RegisterSnapshot.Entry;
import org.dispatchregister.matching.WordForms.Language;
import org.dispatchregister.matching.Words.Kind;
import org.dispatchregister.matching.Words.Word;

/**
 * Every name and alias of the register as word sequences in a tree, once per kind of word form, so
 * a body is found wherever its name stands inside a longer text, in any case ending. A name's
 * sequence without its soft words ("Security Council" for "UN Security Council") is filed too, as
 * a weaker reading.
 */
final class MentionIndex {

    /** A body reachable at a node: {@code soft} when only the shortened name leads there. */
    record Hit(int entry, boolean soft, boolean singleWord) {
    }

    static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        final List<Hit> hits = new ArrayList<>(1);
    }

    final Node root = new Node();
    int longest;

    MentionIndex(List<Entry> entries) {
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            add(i, e.name());
            if (e.acronym() != null && e.acronym().strip().contains(" ")) {
                add(i, e.acronym()); // "UN Women": two words, found as a name
            }
            for (String alias : e.aliases()) {
                add(i, alias);
            }
        }
    }

    private void add(int entry, String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        boolean cyrillic = WordForms.isCyrillic(name);
        List<Word> words = Words.of(name, cyrillic ? Language.RU : Language.AZ, 0).stream().filter(w -> !w.stop).toList();
        if (words.isEmpty()) {
            return;
        }
        if (words.size() == 1 && words.get(0).acronymLike) {
            return; // acronyms are looked up by their key, in their own spelling only
        }
        Kind[] kinds = cyrillic ? new Kind[] { Kind.RU_SNOWBALL, Kind.RU_LIGHT } : new Kind[] { Kind.EN, Kind.AZ };
        for (Kind kind : kinds) {
            List<String> seq = words.stream().map(w -> w.forms[kind.ordinal()]).toList();
            if (seq.contains(null)) {
                continue;
            }
            insert(seq, new Hit(entry, false, seq.size() == 1));
            List<String> hard = seq.stream().filter(t -> !NameTokens.isSoft(t)).toList();
            if (hard.size() >= 2 && hard.size() < seq.size()) {
                insert(hard, new Hit(entry, true, false));
            }
        }
    }

    private void insert(List<String> seq, Hit hit) {
        Node n = root;
        for (String t : seq) {
            n = n.next.computeIfAbsent(t, k -> new Node());
        }
        for (int k = 0; k < n.hits.size(); k++) {
            Hit h = n.hits.get(k);
            if (h.entry() == hit.entry()) {
                if (h.soft() && !hit.soft()) {
                    n.hits.set(k, hit); // the full name of one body outranks the shortened name of the same
                }
                return;
            }
        }
        n.hits.add(hit);
        longest = Math.max(longest, seq.size());
    }
}
