package org.dispatchregister.matching;

import org.dispatchregister.common.TextFold;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.dispatchregister.matching.RegisterSnapshot.Entry;

/**
 * The register's names, aliases and acronyms indexed once. A name can only match a phrase that
 * contains all its required words, so each name is filed under its rarest required word: a
 * phrase looks up its own words and gets the few names worth scoring, however large the register.
 */
final class NameIndex {

    /** An alias written like an acronym ("UNSG", "O.S.C.E.", "OIC-IPHRC") is also looked up as one. */
    private static final Pattern ACRONYM_LIKE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.&\\-/]{1,19}");

    /** One name or alias of an entry, as tokens. */
    record Name(int entry, List<String> tokens, Set<String> tokenSet, double totalWeight, List<String> required) {
    }

    /** An entry reachable by an acronym key; own acronyms rank before aliases that look like one. */
    record AcronymHit(int entry, boolean own) {
    }

    final List<Entry> entries;
    final List<Name> names = new ArrayList<>();
    /** Every word of every name of an entry: a phrase sharing none of them does not describe it. */
    final List<Set<String>> entryWords = new ArrayList<>();
    final Map<String, List<AcronymHit>> acronyms = new HashMap<>();
    final Map<String, int[]> namesByRarestToken = new HashMap<>();
    final Map<String, Integer> documentFrequency = new HashMap<>();
    final FuzzyWords fuzzy;

    NameIndex(RegisterSnapshot snapshot) {
        this.entries = snapshot.entries().stream().filter(Entry::active).toList();
        List<List<String>> tokenLists = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            Set<String> words = new HashSet<>();
            entryWords.add(words);
            addName(i, e.name(), tokenLists, owners, words);
            addAcronym(e.acronym(), i, true);
            for (String alias : e.aliases()) {
                addName(i, alias, tokenLists, owners, words);
                if (alias != null && ACRONYM_LIKE.matcher(alias.strip()).matches() && looksLikeAcronym(alias.strip())) {
                    addAcronym(alias, i, false);
                }
            }
        }
        for (List<String> tokens : tokenLists) {
            for (String t : new HashSet<>(tokens)) {
                documentFrequency.merge(t, 1, Integer::sum);
            }
        }
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int n = 0; n < tokenLists.size(); n++) {
            List<String> tokens = tokenLists.get(n);
            List<String> required = tokens.stream().filter(t -> !NameTokens.isSoft(t)).distinct().toList();
            if (required.isEmpty()) {
                required = tokens.stream().distinct().toList();
            }
            double total = 0;
            Set<String> set = new HashSet<>(tokens);
            for (String t : set) {
                total += NameTokens.weight(t);
            }
            names.add(new Name(owners.get(n), tokens, set, total, required));
            String rarest = required.get(0);
            for (String t : required) {
                if (documentFrequency.get(t) < documentFrequency.get(rarest)) {
                    rarest = t;
                }
            }
            postings.computeIfAbsent(rarest, k -> new ArrayList<>()).add(n);
        }
        postings.forEach((token, list) -> namesByRarestToken.put(token, list.stream().mapToInt(Integer::intValue).toArray()));
        fuzzy = new FuzzyWords(documentFrequency.keySet());
    }

    private void addName(int entry, String name, List<List<String>> tokenLists, List<Integer> owners, Set<String> words) {
        List<String> tokens = NameTokens.of(name);
        if (!tokens.isEmpty()) {
            tokenLists.add(tokens);
            owners.add(entry);
            words.addAll(tokens);
        }
    }

    private void addAcronym(String acronym, int entry, boolean own) {
        if (acronym == null || acronym.isBlank()) {
            return;
        }
        String key = TextFold.acronymKey(acronym);
        if (key != null && key.length() >= 2) {
            acronyms.computeIfAbsent(key, k -> new ArrayList<>()).add(new AcronymHit(entry, own));
        }
    }

    /** At least two capitals ("CoE", "UNSG") or dots ("o.s.c.e."): an ordinary word is not an acronym. */
    static boolean looksLikeAcronym(String word) {
        long capitals = word.chars().filter(Character::isUpperCase).count();
        return capitals >= 2 || word.indexOf('.') > 0;
    }

    /** The entries whose acronym (or acronym-like alias) has this key; own acronyms first. */
    List<AcronymHit> byAcronym(String key) {
        List<AcronymHit> hits = acronyms.getOrDefault(key, List.of());
        if (hits.size() > 1 && hits.stream().anyMatch(AcronymHit::own)) {
            return hits.stream().filter(AcronymHit::own).toList();
        }
        return hits;
    }

    boolean isKnownWord(String token) {
        return documentFrequency.containsKey(token);
    }
}
