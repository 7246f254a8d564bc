package org.dispatchregister.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dispatchregister.common.TextFold;

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

    /** "… and", "… of the" left over before a body found inside a phrase. */
    private static final java.util.regex.Pattern LEFTOVER_END = java.util.regex.Pattern.compile(
            "(?:[\\s,;:(]+(?:and|of|the|for|to|as well as|və|и|в|на|а также))+[\\s,;:(]*$|[\\s,;:(]+$",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /**
     * Wordings translators use for more than one of three bodies with similar names (the Council of
     * Europe, the European Council, the Council of the European Union): never guessed, always offered.
     */
    private static final Set<String> CONFUSABLE_WORDINGS = Set.of("european council", "eu council", "europe council",
            "european union council", "council of european union", "европеискии совет", "евросовет", "avropa konseyi");
    /** The bodies a confusable wording may mean, by their folded names. */
    private static final Set<String> CONFUSED_BODIES = Set.of("council of europe", "european council",
            "council of the european union");

    private final NameIndex index;
    private final PhraseResolver resolver;
    private final MentionFinder mentions;
    /** Entries of the register whose name is one of {@link #CONFUSED_BODIES}. */
    private final List<Integer> confusedEntries = new ArrayList<>();

    public DistributionMatcher(RegisterSnapshot snapshot) {
        this(snapshot, DEFAULT_THRESHOLD);
    }

    public DistributionMatcher(RegisterSnapshot snapshot, double threshold) {
        this.index = new NameIndex(snapshot);
        this.resolver = new PhraseResolver(index, threshold);
        this.mentions = new MentionFinder(new MentionIndex(index.entries), index, this::entryOf);
        for (int i = 0; i < index.entries.size(); i++) {
            if (CONFUSED_BODIES.contains(TextFold.fold(index.entries.get(i).name()))) {
                confusedEntries.add(i);
            }
        }
    }

    /** "the European Council": words that may mean any of the confused bodies. */
    private boolean confusable(String phrase) {
        String folded = TextFold.fold(phrase);
        if (folded.startsWith("the ")) {
            folded = folded.substring(4);
        }
        return !confusedEntries.isEmpty() && CONFUSABLE_WORDINGS.contains(folded);
    }

    private List<Candidate> confusedCandidates(double score) {
        return confusedEntries.stream().map(e -> candidate(e, score)).toList();
    }

    private Integer entryOf(String phrase) {
        Resolution r = resolver.resolve(new Phrase(phrase));
        return r == null ? null : r.entry();
    }

    /** Number of bodies indexed. */
    public int size() {
        return index.entries.size();
    }

    /**
     * The bodies named in a distribution text (or a whole pasted statement: every distribution
     * sentence and headed list of it), with the phrases left unplaced.
     */
    public MatchResult match(String text) {
        if (text == null || text.isBlank()) {
            return MatchResult.empty();
        }
        Reading reading = new Reading();
        reading.source = text;
        reading.language = WordForms.languageOf(text);
        for (DistributionParagraph.Part part : DistributionParagraph.parts(text)) {
            String list = text.substring(part.start(), part.end());
            List<Piece> pieces = Segmenter.pieces(list);
            if (!pieces.isEmpty()) {
                read(choosePhrases(list, pieces), part, reading);
            }
        }
        return reading.result();
    }

    private record Group(String text, int start, int end, Resolution resolution) {
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
            groups.add(0, new Group(list.substring(pieces.get(j).start(), pieces.get(i - 1).end()), pieces.get(j).start(),
                    pieces.get(i - 1).end(), chosen[i][state]));
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

    /** Each phrase: its body; else the bodies named inside it; else, if it looks like a name, unplaced. */
    private void read(List<Group> groups, DistributionParagraph.Part part, Reading reading) {
        boolean multiSentence = part.unmarked()
                && DistributionParagraph.sentences(reading.source.substring(part.start(), part.end())).size() > 1;
        for (Group g : groups) {
            int offset = part.start() + g.start();
            String phrase = new Phrase(g.text()).text;
            int[] span = spanOf(phrase, g.text(), offset);
            if (confusable(phrase)) {
                reading.choice(phrase, span[0], span[1], confusedCandidates(MentionFinder.NAME_SCORE));
                continue;
            }
            if (g.resolution() != null) {
                reading.match(index.entries.get(g.resolution().entry()), phrase, span[0], span[1], g.resolution().score(),
                        candidates(g.resolution()));
                continue;
            }
            List<MentionFinder.Mention> found = Coordination.read(g.text(), offset, resolver);
            if (found.isEmpty() && !(part.unmarked() && multiSentence)) {
                // bodies named inside a phrase; not in running text that says nowhere that it was sent
                found = mentions.find(g.text(), offset, reading.language);
            }
            for (MentionFinder.Mention m : found) {
                String words = reading.source.substring(m.start(), m.end());
                if (confusable(words)) {
                    reading.choice(words, m.start(), m.end(), confusedCandidates(m.score()));
                } else if (m.entries().size() == 1) {
                    reading.match(index.entries.get(m.entries().get(0)), words, m.start(), m.end(), m.score(), List.of());
                } else {
                    reading.choice(words, m.start(), m.end(), m.entries().stream().map(e -> candidate(e, m.score())).toList());
                }
            }
            if (found.isEmpty()) {
                if (!phrase.isEmpty() && (!part.prose() || looksLikeName(phrase, true))) {
                    reading.unplaced(phrase);
                }
                continue;
            }
            // what the bodies found leave over: another body's name, if it looks like one
            int from = offset;
            for (MentionFinder.Mention m : found) {
                leftover(reading, from, m.start());
                from = Math.max(from, m.end());
            }
            leftover(reading, from, offset + g.text().length());
        }
    }

    /** Where the cleaned phrase stands in the text: inside its group, or the whole group when it was rewritten. */
    private static int[] spanOf(String phrase, String group, int offset) {
        int at = phrase.isEmpty() ? -1 : group.indexOf(phrase);
        if (at >= 0) {
            return new int[] { offset + at, offset + at + phrase.length() };
        }
        int lead = group.length() - group.stripLeading().length();
        return new int[] { offset + lead, offset + group.stripTrailing().length() };
    }

    private static void leftover(Reading reading, int from, int to) {
        if (to > from) {
            String rest = LEFTOVER_END.matcher(new Phrase(reading.source.substring(from, to)).text).replaceAll("");
            if (!rest.isEmpty() && Character.isUpperCase(rest.codePointAt(0)) && looksLikeName(rest, true)
                    && !MentionFinder.isTitleOnly(rest)) {
                reading.unplaced(rest);
            }
        }
    }

    /**
     * In prose (and what is left over around a body found inside a phrase), only a short phrase with a
     * capitalised word beyond its first, or an acronym, is worth offering as a body to create.
     */
    private static boolean looksLikeName(String phrase, boolean prose) {
        String[] words = phrase.split("\\s+");
        if (prose && words.length > 10) {
            return false;
        }
        for (int i = prose ? 1 : 0; i < words.length; i++) {
            if (!words[i].isEmpty() && Character.isUpperCase(words[i].codePointAt(0))) {
                return true;
            }
        }
        return words.length <= 3 && NameIndex.looksLikeAcronym(words[0]);
    }

    private Candidate candidate(int entry, double score) {
        Entry e = index.entries.get(entry);
        return new Candidate(e.id(), e.name(), e.acronym(), score);
    }

    /** What has been read so far: one match per body, in text order; choices; unplaced phrases. */
    private final class Reading {
        final Map<Long, Match> matches = new LinkedHashMap<>();
        final List<MatchResult.Choice> choices = new ArrayList<>();
        final List<String> unmatched = new ArrayList<>();
        String source = "";
        WordForms.Language language = WordForms.Language.EN;

        void match(Entry e, String phrase, int start, int end, double rawScore, List<Candidate> alternatives) {
            Match existing = matches.get(e.id());
            double score = Math.round(rawScore * 1000) / 1000.0;
            if (existing == null) {
                matches.put(e.id(), new Match(e.id(), e.name(), e.acronym(), phrase, score, alternatives, start, end));
            } else if (score > existing.score()) {
                matches.put(e.id(), new Match(e.id(), e.name(), e.acronym(), existing.phrase(), score, existing.alternatives(),
                        existing.start(), existing.end()));
            }
        }

        void choice(String phrase, int start, int end, List<Candidate> candidates) {
            if (choices.stream().noneMatch(c -> c.phrase().equals(phrase))) {
                choices.add(new MatchResult.Choice(phrase, start, end, candidates));
            }
        }

        void unplaced(String phrase) {
            if (!unmatched.contains(phrase)) {
                unmatched.add(phrase);
            }
        }

        MatchResult result() {
            return new MatchResult(new ArrayList<>(matches.values()), unmatched, choices);
        }
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
