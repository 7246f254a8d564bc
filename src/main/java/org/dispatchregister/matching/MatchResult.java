package org.dispatchregister.matching;

import java.util.List;

/**
 * What the matcher read in a distribution text: one match per body (in text order) and the
 * phrases it could not place with confidence.
 */
public record MatchResult(List<Match> matches, List<String> unmatched) {

    public MatchResult {
        matches = List.copyOf(matches);
        unmatched = List.copyOf(unmatched);
    }

    public static MatchResult empty() {
        return new MatchResult(List.of(), List.of());
    }

    /**
     * A body found in the text. {@code score} is 0..1 (1 = exact name or acronym); alternatives are
     * other bodies the phrase could also mean, weaker, for the clerk to choose among.
     */
    public record Match(long recipientId, String name, String acronym, String phrase, double score,
            List<Candidate> alternatives) {

        public Match {
            alternatives = List.copyOf(alternatives);
        }

        public boolean ambiguous() {
            return !alternatives.isEmpty();
        }
    }

    /** Another body a phrase may name. */
    public record Candidate(long recipientId, String name, String acronym, double score) {
    }
}
