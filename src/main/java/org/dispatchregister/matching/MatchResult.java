package org.dispatchregister.matching;

import java.util.List;

/**
 * What the matcher read in a distribution text: one match per body (in text order) and the
 * phrases it could not place with confidence.
 */
public record MatchResult(List<Match> matches, List<String> unmatched, List<Choice> choices) {

    public MatchResult {
        matches = List.copyOf(matches);
        unmatched = List.copyOf(unmatched);
        choices = List.copyOf(choices);
    }

    public MatchResult(List<Match> matches, List<String> unmatched) {
        this(matches, unmatched, List.of());
    }

    public static MatchResult empty() {
        return new MatchResult(List.of(), List.of(), List.of());
    }

    /**
     * A body found in the text. {@code score} is 0..1 (1 = exact name or acronym); alternatives are
     * other bodies the phrase could also mean, weaker, for the clerk to choose among; [start, end) is
     * where the phrase stands in the text read.
     */
    public record Match(long recipientId, String name, String acronym, String phrase, double score,
            List<Candidate> alternatives, int start, int end) {

        public Match {
            alternatives = List.copyOf(alternatives);
        }

        public boolean ambiguous() {
            return !alternatives.isEmpty();
        }
    }

    /**
     * Words that name more than one body equally well ("European Council" where the register has the
     * Council of Europe and the European Council): offered to the clerk, never proposed.
     */
    public record Choice(String phrase, int start, int end, List<Candidate> candidates) {

        public Choice {
            candidates = List.copyOf(candidates);
        }
    }

    /** Another body a phrase may name. */
    public record Candidate(long recipientId, String name, String acronym, double score) {
    }
}
