package org.dispatchregister.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds register words one typing slip away from an unknown long word ("Comissioner" →
 * "commissioner"), by the symmetric-delete method: both sides' one-letter deletions meet in a map.
 * Only long words are corrected: among short words one letter is often a different word
 * ("council"/"counsel").
 */
final class FuzzyWords {

    static final int MIN_LENGTH = 8;

    private final Map<String, List<String>> byDeletion = new HashMap<>();

    FuzzyWords(Collection<String> vocabulary) {
        for (String word : vocabulary) {
            if (word.length() >= MIN_LENGTH - 1) {
                for (String d : deletions(word)) {
                    byDeletion.computeIfAbsent(d, k -> new ArrayList<>(1)).add(word);
                }
                byDeletion.computeIfAbsent(word, k -> new ArrayList<>(1)).add(word);
            }
        }
    }

    /** Register words at most one edit (insertion, deletion, substitution, swap) from this unknown word. */
    List<String> near(String word) {
        if (word.length() < MIN_LENGTH - 1) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        for (String key : deletions(word)) {
            found.addAll(byDeletion.getOrDefault(key, List.of()));
        }
        found.addAll(byDeletion.getOrDefault(word, List.of()));
        List<String> out = new ArrayList<>();
        for (String candidate : found) {
            if (Math.max(candidate.length(), word.length()) >= MIN_LENGTH && candidate.charAt(0) == word.charAt(0)
                    && distance(word, candidate) <= 1) {
                out.add(candidate);
            }
        }
        return out;
    }

    private static Set<String> deletions(String word) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < word.length(); i++) {
            out.add(word.substring(0, i) + word.substring(i + 1));
        }
        return out;
    }

    /** Optimal-string-alignment distance (an adjacent swap counts as one edit). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
