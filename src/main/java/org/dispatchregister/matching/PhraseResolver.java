package org.dispatchregister.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dispatchregister.matching.NameIndex.AcronymHit;
import org.dispatchregister.matching.NameIndex.Name;

/**
 * Decides which body one phrase names, if any. Precision first: a name matches only when every
 * required word of it is in the phrase and nearly every word of the phrase is explained by it; an
 * acronym matches only when the rest of the phrase does not point elsewhere; near ties between two
 * bodies are left for the clerk.
 */
final class PhraseResolver {

    /** A phrase's best body, its score, and weaker bodies it might also mean. */
    record Resolution(int entry, double score, List<Scored> alternatives) {
    }

    record Scored(int entry, double score, boolean exact, double coverPhrase) {
    }

    /** Below this share of the phrase explained by a name, the phrase says something else too. */
    static final double MIN_PHRASE_COVERAGE = 0.7;
    /** Pieces joined into one phrase must be explained this fully by the name they match. */
    static final double JOINED_PHRASE_COVERAGE = 0.9;
    /** Two bodies closer than this are a tie: nobody is proposed. */
    static final double TIE_MARGIN = 0.03;
    static final double FUZZY_QUALITY = 0.9;
    /** With an acronym, at least this share of the other words must be words of that body's names. */
    static final double MIN_ACRONYM_NAME_OVERLAP = 0.5;
    static final double ACRONYM_ALONE_SCORE = 0.95;
    static final double ACRONYM_WITH_NAME_SCORE = 0.92;
    private static final int MAX_ALTERNATIVES = 5;
    /** Names that share a word this rarely may share a misspelling of it. */
    private static final int RARE = 2;

    private final NameIndex index;
    private final double threshold;

    PhraseResolver(NameIndex index, double threshold) {
        this.index = index;
        this.threshold = threshold;
    }

    /** The body this phrase names, or null when none is certain enough. */
    Resolution resolve(Phrase phrase) {
        return resolve(phrase, false, false);
    }

    /**
     * As {@link #resolve(Phrase)}; {@code byNameOnly} for text glued across commas, which must
     * name its body in full words: an acronym there could swallow a neighbouring unknown phrase;
     * {@code joined} for any text made of several pieces, whose words must all belong to the name.
     */
    Resolution resolve(Phrase phrase, boolean byNameOnly, boolean joined) {
        if (phrase.isEmpty()) {
            return null;
        }
        if (phrase.parenKeys.size() > 1) {
            return null; // "X (IOI) and Y (EOI)": two bodies, never one
        }
        List<String> tokens = NameTokens.of(phrase.nameText);
        List<Scored> byName = scoreNames(tokens);
        if (joined) {
            // pieces joined across "and" or commas must be one name in full, not a name plus a neighbour
            byName = byName.stream().filter(s -> s.coverPhrase() >= JOINED_PHRASE_COVERAGE).toList();
        }
        Set<Integer> acronymEntries = new HashSet<>();
        for (String key : phrase.parenKeys) {
            List<AcronymHit> hits = index.byAcronym(key);
            if (hits.size() == 1) {
                acronymEntries.add(hits.get(0).entry());
            }
        }
        if (byNameOnly) {
            Resolution r = resolveName(byName);
            return r != null && (acronymEntries.isEmpty() || acronymEntries.contains(r.entry())) ? r : null;
        }
        if (acronymEntries.size() > 1) {
            return null; // two bodies' acronyms in one phrase: it is two phrases, or a mistake
        }
        if (acronymEntries.isEmpty() && phrase.wholeKey != null) {
            List<AcronymHit> hits = index.byAcronym(phrase.wholeKey);
            if (hits.size() == 1) {
                int entry = hits.get(0).entry();
                Scored best = byName.isEmpty() ? null : byName.get(0);
                if (best != null && best.entry() != entry && best.score() >= threshold) {
                    return null;
                }
                double score = best != null && best.entry() == entry ? Math.max(best.score(), ACRONYM_ALONE_SCORE) : ACRONYM_ALONE_SCORE;
                return new Resolution(entry, score, alternatives(byName, entry));
            }
        }
        if (acronymEntries.size() == 1) {
            return resolveAcronym(acronymEntries.iterator().next(), tokens, byName);
        }
        return resolveName(byName);
    }

    private Resolution resolveAcronym(int entry, List<String> tokens, List<Scored> byName) {
        Scored best = byName.isEmpty() ? null : byName.get(0);
        if (best != null && best.entry() != entry && best.score() >= threshold) {
            return null; // the name says one body, the acronym another
        }
        if (best != null && best.entry() == entry) {
            return new Resolution(entry, Math.max(1.0 * best.score(), ACRONYM_WITH_NAME_SCORE + 0.08 * best.score()),
                    alternatives(byName, entry));
        }
        List<String> hard = tokens.stream().filter(t -> !NameTokens.isSoft(t)).distinct().toList();
        long shared = hard.stream().filter(t -> sharesWord(entry, t)).count();
        if (!hard.isEmpty() && shared < MIN_ACRONYM_NAME_OVERLAP * hard.size()) {
            return null; // "Inter-American Commission (OHCHR)": the words describe something else
        }
        return new Resolution(entry, tokens.isEmpty() ? ACRONYM_ALONE_SCORE : ACRONYM_WITH_NAME_SCORE,
                alternatives(byName, entry));
    }

    private boolean sharesWord(int entry, String token) {
        Set<String> words = index.entryWords.get(entry);
        if (words.contains(token)) {
            return true;
        }
        for (String near : index.fuzzy.near(token)) {
            if (words.contains(near)) {
                return true;
            }
        }
        return false;
    }

    private Resolution resolveName(List<Scored> byName) {
        if (byName.isEmpty()) {
            return null;
        }
        Scored best = byName.get(0);
        if (best.score() < threshold) {
            return null;
        }
        if (byName.size() > 1) {
            Scored second = byName.get(1);
            if (best.score() - second.score() < TIE_MARGIN && !(best.exact() && !second.exact())) {
                return null;
            }
        }
        return new Resolution(best.entry(), best.score(), alternatives(byName, best.entry()));
    }

    private List<Scored> alternatives(List<Scored> byName, int chosen) {
        List<Scored> out = new ArrayList<>();
        for (Scored s : byName) {
            if (s.entry() != chosen && s.score() >= threshold - 0.15 && out.size() < MAX_ALTERNATIVES) {
                out.add(s);
            }
        }
        return out;
    }

    /** Best score per body for the phrase's words, best first. */
    List<Scored> scoreNames(List<String> tokens) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        // each phrase word stands for itself, or for register words one slip away from it
        Map<String, Double> available = new HashMap<>();
        Map<String, List<String>> meanings = new LinkedHashMap<>();
        for (String t : new LinkedHashSet<String>(tokens)) {
            List<String> meant = new ArrayList<>();
            if (index.isKnownWord(t)) {
                available.put(t, 1.0);
                meant.add(t);
                if (index.documentFrequency.get(t) <= RARE && t.length() >= FuzzyWords.MIN_LENGTH) {
                    // a rare long word may be a misspelling the register itself keeps ("Comissioner" in an alias)
                    for (String near : index.fuzzy.near(t)) {
                        if (!near.equals(t)) {
                            available.merge(near, FUZZY_QUALITY, Math::max);
                            meant.add(near);
                        }
                    }
                }
            } else {
                for (String near : index.fuzzy.near(t)) {
                    available.merge(near, FUZZY_QUALITY, Math::max);
                    meant.add(near);
                }
            }
            meanings.put(t, meant);
        }
        Map<Integer, Scored> best = new HashMap<>();
        Set<Integer> seen = new HashSet<>();
        for (String word : available.keySet()) {
            int[] names = index.namesByRarestToken.get(word);
            if (names == null) {
                continue;
            }
            for (int n : names) {
                if (!seen.add(n)) {
                    continue;
                }
                Name name = index.names.get(n);
                Scored s = score(name, tokens, available, meanings);
                if (s != null) {
                    best.merge(name.entry(), s, (a, b) -> a.score() >= b.score() ? a : b);
                }
            }
        }
        List<Scored> out = new ArrayList<>(best.values());
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        return out;
    }

    private static Scored score(Name name, List<String> phraseTokens, Map<String, Double> available,
            Map<String, List<String>> meanings) {
        for (String required : name.required()) {
            if (!available.containsKey(required)) {
                return null;
            }
        }
        double matchedN = 0;
        boolean fuzzy = false;
        for (String t : name.tokenSet()) {
            Double q = available.get(t);
            if (q != null) {
                matchedN += NameTokens.weight(t) * q;
                fuzzy |= q < 1.0;
            }
        }
        double coverName = matchedN / name.totalWeight();
        double totalP = 0;
        double explainedP = 0;
        for (Map.Entry<String, List<String>> e : meanings.entrySet()) {
            double w = NameTokens.weight(e.getKey());
            totalP += w;
            for (String meant : e.getValue()) {
                if (name.tokenSet().contains(meant)) {
                    explainedP += w * available.get(meant);
                    break;
                }
            }
        }
        double coverPhrase = totalP == 0 ? 0 : explainedP / totalP;
        if (coverPhrase < MIN_PHRASE_COVERAGE) {
            return null;
        }
        boolean exact = !fuzzy && name.tokens().equals(phraseTokens);
        double score = exact ? 1.0 : 2 * coverName * coverPhrase / (coverName + coverPhrase);
        return new Scored(name.entry(), Math.min(score, exact ? 1.0 : 0.99), exact, coverPhrase);
    }
}
