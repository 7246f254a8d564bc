package org.dispatchregister.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dispatchregister.matching.MatchResult.Candidate;
import org.dispatchregister.matching.MatchResult.Match;
import org.dispatchregister.matching.PhraseResolver.Resolution;
import org.dispatchregister.matching.PhraseResolver.Scored;
import org.dispatchregister.matching.RegisterSnapshot.Entry;
import org.dispatchregister.matching.Segmenter.Cut;
import org.dispatchregister.matching.Segmenter.Piece;

/**
 * Reads a distribution list ("The statement was sent to the UN Secretary-General, UN Security
 * Council, …") and proposes the register's bodies it names. Immutable and thread-safe once built;
 * build a new one when the register changes.
 *
 * <p>The list is cut at every comma, semicolon, line break, bullet and "and"; then the grouping of
 * neighbouring pieces that names the most bodies is chosen, so "UN Educational, Scientific, and
 * Cultural Organization" stays one phrase, and "A and B" is cut only when both A and B name a body
 * ("Organization for Security and Cooperation in Europe" stays whole).
 */
public final class DistributionMatcher {

    /** Default minimum score for a proposal. */
    public static final double DEFAULT_THRESHOLD = 0.8;
    /** At most this many neighbouring pieces form one phrase. */
    private static final int MAX_GROUP = 4;
    private static final double UNPLACED_PENALTY = 0.5;

    private final NameIndex index;
    private final PhraseResolver resolver;

    public DistributionMatcher(RegisterSnapshot snapshot) {
        this(snapshot, DEFAULT_THRESHOLD);
    }

    public DistributionMatcher(RegisterSnapshot snapshot, double threshold) {
        this.index = new NameIndex(snapshot);
        this.resolver = new PhraseResolver(index, threshold);
    }

    /** Number of bodies indexed. */
    public int size() {
        return index.entries.size();
    }

    /** The bodies named in a distribution text (or a whole pasted statement), with the phrases left unplaced. */
    public MatchResult match(String text) {
        if (text == null || text.isBlank()) {
            return MatchResult.empty();
        }
        String list = DistributionParagraph.listOf(text);
        List<Piece> pieces = Segmenter.pieces(list);
        if (pieces.isEmpty()) {
            return MatchResult.empty();
        }
        return assemble(choosePhrases(list, pieces));
    }

    private record Group(String text, Resolution resolution) {
    }

    /** Dynamic programme over the pieces: which neighbours to join so that the most phrases resolve. */
    private List<Group> choosePhrases(String list, List<Piece> pieces) {
        int n = pieces.size();
        Map<String, Resolution> memo = new HashMap<>();
        // best[i][r]: best value for the first i pieces, r = 1 when the last phrase resolved
        double[][] best = new double[n + 1][2];
        int[][] fromStart = new int[n + 1][2];
        int[][] fromState = new int[n + 1][2];
        for (double[] row : best) {
            row[0] = row[1] = Double.NEGATIVE_INFINITY;
        }
        best[0][1] = 0;
        Resolution[][] chosen = new Resolution[n + 1][2];
        for (int i = 1; i <= n; i++) {
            for (int j = Math.max(0, i - MAX_GROUP); j < i; j++) {
                String text = list.substring(pieces.get(j).start(), pieces.get(i - 1).end());
                boolean acrossList = !allAnd(pieces, j + 1, i);
                boolean joined = i - j > 1;
                Resolution r = memo.computeIfAbsent(acrossList + "|" + joined + "|" + text,
                        t -> resolver.resolve(new Phrase(text), acrossList, joined));
                boolean resolved = r != null;
                if (!resolved && acrossList) {
                    continue; // unplaced text is never glued across commas
                }
                double value = resolved ? 1 + 0.01 * r.score() : -UNPLACED_PENALTY;
                int state = resolved ? 1 : 0;
                for (int prev = 0; prev < 2; prev++) {
                    if (best[j][prev] == Double.NEGATIVE_INFINITY) {
                        continue;
                    }
                    if (j > 0 && pieces.get(j).before() == Cut.AND && !(prev == 1 && resolved)) {
                        continue; // "A and B" is cut only when both sides name a body
                    }
                    double total = best[j][prev] + value;
                    if (total > best[i][state]) {
                        best[i][state] = total;
                        fromStart[i][state] = j;
                        fromState[i][state] = prev;
                        chosen[i][state] = r;
                    }
                }
            }
        }
        List<Group> groups = new ArrayList<>();
        int i = n;
        int state = best[n][1] >= best[n][0] ? 1 : 0;
        while (i > 0) {
            int j = fromStart[i][state];
            groups.add(0, new Group(list.substring(pieces.get(j).start(), pieces.get(i - 1).end()), chosen[i][state]));
            int prev = fromState[i][state];
            i = j;
            state = prev;
        }
        return groups;
    }

    private static boolean allAnd(List<Piece> pieces, int from, int to) {
        for (int k = from; k < to; k++) {
            if (pieces.get(k).before() != Cut.AND) {
                return false;
            }
        }
        return true;
    }

    private MatchResult assemble(List<Group> groups) {
        Map<Long, Match> matches = new LinkedHashMap<>();
        List<String> unmatched = new ArrayList<>();
        for (Group g : groups) {
            String phrase = new Phrase(g.text()).text;
            if (g.resolution() == null) {
                if (!phrase.isEmpty() && !unmatched.contains(phrase)) {
                    unmatched.add(phrase);
                }
                continue;
            }
            Entry e = index.entries.get(g.resolution().entry());
            Match existing = matches.get(e.id());
            double score = Math.round(g.resolution().score() * 1000) / 1000.0;
            if (existing == null) {
                matches.put(e.id(), new Match(e.id(), e.name(), e.acronym(), phrase, score, candidates(g.resolution())));
            } else if (score > existing.score()) {
                matches.put(e.id(), new Match(e.id(), e.name(), e.acronym(), existing.phrase(), score, existing.alternatives()));
            }
        }
        return new MatchResult(new ArrayList<>(matches.values()), unmatched);
    }

    private List<Candidate> candidates(Resolution r) {
        List<Candidate> out = new ArrayList<>();
        for (Scored s : r.alternatives()) {
            Entry e = index.entries.get(s.entry());
            out.add(new Candidate(e.id(), e.name(), e.acronym(), Math.round(s.score() * 1000) / 1000.0));
        }
        return out;
    }
}
