package org.dispatchregister.matching;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.dispatchregister.common.TextFold;
import org.dispatchregister.matching.MentionIndex.Hit;
import org.dispatchregister.matching.MentionIndex.Node;
import org.dispatchregister.matching.NameIndex.AcronymHit;
import org.dispatchregister.matching.WordForms.Language;
import org.dispatchregister.matching.Words.Word;

/**
 * Finds the register's bodies named anywhere inside a piece of text ("relevant bodies, in
 * particular Amnesty International", "the management of UNESCO", "BMT-nin Baş Katibinə"): the
 * longest name, alias or acronym at each place, then the precision rules. A name inside the title of
 * another office or document is that office, not the body ("the Secretary-General's Special Envoy",
 * "a Deputy Secretary-General", "Security Council resolution 822", "the Council of Europe Commissioner
 * for Human Rights"); a name followed by another institution's noun is part of that institution's
 * name ("Council of Europe Development Bank", "BMT-nin Uşaq Fondu"); a body's head, office or
 * management is the body ("the Director-General of UNESCO", "UNHCR's office in Baku").
 */
final class MentionFinder {

    /** A body named at [start, end) of the text; several {@code entries} when the words name more than one. */
    record Mention(int start, int end, List<Integer> entries, double score) {
    }

    static final double NAME_SCORE = 0.95;
    static final double SHORT_NAME_SCORE = 0.85;
    private static final int WINDOW_BEFORE = 6;

    /** Titles and documents: a body named inside them is not the addressee. */
    private static final Set<String> TRAPS = forms(
            "deputy assistant envoy envoys rapporteur rapporteurs representative representatives convention conventions resolution"
                    + " resolutions member members adviser advisor ambassador spokesperson spokesman treaty protocol charter declaration"
                    + " decision judge special commissioner report"
                    + " заместитель специальный спецпосланник посланник представитель докладчик конвенция резолюция член советник посол"
                    + " müavini xüsusi nümayəndəsi məruzəçisi konvensiyası qətnaməsi üzvü səfiri müşaviri hakimi protokolu bəyannaməsi");
    /** A body's own head, office or management: the body. */
    private static final Set<String> HEADS = forms(
            "office offices headquarters secretariat chairmanship presidency leadership management chair chairman chairperson"
                    + " president director head heads secretary executive mission representation delegation country"
                    + " руководство руководитель председатель директор глава секретариат президент офис представительство"
                    + " rəhbərliyi rəhbəri sədri sədrliyi baş direktoru katibliyi ofisi nümayəndəliyi prezidenti");
    /** Nouns that make a name an institution of its own. */
    private static final Set<String> INSTITUTIONS = forms(
            "bank court commission committee fund agency programme group council assembly association network institute"
                    + " organization forum centre foundation union parliament tribunal board conference"
                    + " совет комитет комиссия фонд агентство программа группа ассамблея ассоциация сеть институт организация"
                    + " союз парламент суд управление"
                    + " fondu komitəsi komissiyası məhkəməsi şurası assambleyası assosiasiyası şəbəkəsi institutu təşkilatı"
                    + " proqramı bankı mərkəzi parlamenti qrupu birliyi ittifaqı idarəsi");
    private static final Set<String> TITLE_WORDS = Set.of("general", "deputy", "acting", "chief", "high", "commissioner", "special");
    private static final Set<String> COORDINATORS = Set.of("and", "or", "ve", "ya", "yaxud", "habele", "hemcinin", "и", "или", "а");

    private final MentionIndex index;
    private final NameIndex names;
    /** Resolves a span as a whole phrase ("Security Council of the United Nations"); null when it names no body. */
    private final Function<String, Integer> spanResolver;

    MentionFinder(MentionIndex index, NameIndex names, Function<String, Integer> spanResolver) {
        this.index = index;
        this.names = names;
        this.spanResolver = spanResolver;
    }

    /** The bodies named in {@code text} (offsets plus {@code offset}), written in {@code language}, in text order. */
    List<Mention> find(String text, int offset, Language language) {
        List<Word> words = Words.of(text, language, offset);
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Candidate c = longestAt(words, i);
            if (c == null) {
                i++;
                continue;
            }
            Mention m = judge(words, c, text, offset, language);
            i = c.to;
            if (m != null) {
                out.add(m);
            } else {
                // the words of a name read as part of another office, and that office's own capitalised
                // words ("… General Assembly"), are not read again on their own
                while (i < words.size() && words.get(i).capital && !words.get(i).breakBefore) {
                    i++;
                }
            }
        }
        return out;
    }

    private record Candidate(int from, int to, List<Integer> entries, boolean soft, boolean acronym) {
    }

    private Candidate longestAt(List<Word> words, int i) {
        Word first = words.get(i);
        if (first.stop) {
            return null;
        }
        int bestEnd = -1;
        Node bestNode = null;
        Deque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] { index.root, i });
        int limit = Math.min(words.size(), i + index.longest + 6);
        while (!stack.isEmpty()) {
            Object[] top = stack.pop();
            Node node = (Node) top[0];
            int j = (Integer) top[1];
            if (j >= limit) {
                continue;
            }
            Word w = words.get(j);
            if (j > i && w.hardBreakBefore) {
                continue; // a comma may stand inside a name ("UN Educational, Scientific …"), nothing else
            }
            if (w.stop) {
                if (node != index.root) {
                    stack.push(new Object[] { node, j + 1 });
                }
                continue;
            }
            for (String f : w.allForms()) {
                Node child = node.next.get(f);
                if (child != null) {
                    if (!child.hits.isEmpty() && j + 1 > bestEnd) {
                        bestEnd = j + 1;
                        bestNode = child;
                    }
                    stack.push(new Object[] { child, j + 1 });
                }
            }
        }
        if (bestNode != null && (bestEnd - i > 1 || first.acronymLike || !isSingleWordOnly(bestNode) || first.capital)) {
            List<Hit> hits = bestNode.hits;
            boolean anyExact = hits.stream().anyMatch(h -> !h.soft());
            List<Integer> entries = hits.stream().filter(h -> !anyExact || !h.soft()).map(Hit::entry).distinct().toList();
            boolean single = bestEnd - i == 1 && !first.acronymLike;
            if (!(single && !first.capital)) {
                return new Candidate(i, bestEnd, entries, !anyExact, false);
            }
        }
        if (first.acronymLike && first.acronymKey != null) {
            List<AcronymHit> hits = names.byAcronym(first.acronymKey);
            if (!hits.isEmpty()) {
                return new Candidate(i, i + 1, hits.stream().map(AcronymHit::entry).distinct().toList(), false, true);
            }
        }
        return null;
    }

    private static boolean isSingleWordOnly(Node node) {
        return node.hits.stream().allMatch(Hit::singleWord);
    }

    private Mention judge(List<Word> words, Candidate c, String text, int offset, Language language) {
        Word last = words.get(c.to - 1);
        int after = c.to;
        if (c.soft && after + 1 < words.size() && words.get(after).folded.equals("of") && !words.get(after).breakBefore) {
            // "Secretary-General of NATO": the title of another body's officer, unless the whole names one body
            int end = Math.min(words.size(), after + 6);
            for (int k = end; k > after + 1; k--) {
                if (k < words.size() && continuesName(words.get(k))) {
                    continue; // "Security Council of the United Nations General Assembly": no body ends in the middle of a name
                }
                Integer whole = spanResolver.apply(text.substring(words.get(c.from).start - offset, words.get(k - 1).end - offset));
                if (whole != null) {
                    return new Mention(words.get(c.from).start, words.get(k - 1).end, List.of(whole), SHORT_NAME_SCORE);
                }
            }
            return null;
        }
        if (trapBefore(words, c.from) || institutionBefore(words, c.from)) {
            return null;
        }
        if (trapAfter(words, after, last.possessive, language) || institutionAfter(words, after)) {
            return null;
        }
        if (c.acronym && after < words.size() && !words.get(after).breakBefore && words.get(after).capital
                && TITLE_WORDS.contains(words.get(after).folded)) {
            return null; // "UN High Commissioner …", "UN Special …": the acronym begins another office's name
        }
        double score = c.soft ? SHORT_NAME_SCORE : NAME_SCORE;
        int end = last.end;
        if (after < words.size() && words.get(after).acronymLike && words.get(after).hardBreakBefore && c.entries.size() == 1) {
            Word acronym = words.get(after);
            // "European Ombudsman Institution (EOI)": the body's own acronym in brackets belongs to the mention
            if (names.byAcronym(acronym.acronymKey).stream().anyMatch(h -> h.entry() == c.entries.get(0))) {
                end = acronym.end - offset < text.length() && text.charAt(acronym.end - offset) == ')' ? acronym.end + 1 : acronym.end;
            }
        }
        return new Mention(words.get(c.from).start, end, c.entries, score);
    }

    /** "Secretary-General of", "the President": words that only say which officer of a body, not which body. */
    static boolean isTitleOnly(String phrase) {
        List<Word> words = Words.of(phrase, WordForms.languageOf(phrase), 0);
        return !words.isEmpty() && words.stream().allMatch(w -> w.stop || isIn(w, HEADS) || TITLE_WORDS.contains(w.folded));
    }

    private static boolean continuesName(Word next) {
        return !next.breakBefore && (next.capital || next.acronymLike) && !COORDINATORS.contains(next.folded);
    }

    private static boolean trapBefore(List<Word> words, int from) {
        for (int k = from - 1; k >= Math.max(0, from - WINDOW_BEFORE); k--) {
            Word w = words.get(k);
            if (COORDINATORS.contains(w.folded)) {
                return false;
            }
            if (isIn(w, TRAPS)) {
                return true;
            }
            if (w.breakBefore || words.get(k + 1).breakBefore) {
                return false;
            }
        }
        return false;
    }

    /** "Human Rights Committee of the UN", "Совет ООН": the body before owns the name after. */
    private static boolean institutionBefore(List<Word> words, int from) {
        for (int k = from - 1; k >= 0; k--) {
            Word w = words.get(k + 1);
            if (w.breakBefore) {
                return false;
            }
            Word prev = words.get(k);
            if (COORDINATORS.contains(prev.folded)) {
                return false;
            }
            if (prev.stop) {
                continue;
            }
            return isIn(prev, INSTITUTIONS) && !isIn(prev, HEADS);
        }
        return false;
    }

    private static boolean trapAfter(List<Word> words, int after, boolean possessive, Language language) {
        int reach = language == Language.AZ ? 3 : 1;
        for (int k = after; k < Math.min(words.size(), after + reach); k++) {
            Word w = words.get(k);
            if (w.breakBefore || COORDINATORS.contains(w.folded)) {
                return false;
            }
            if (isIn(w, TRAPS)) {
                return true;
            }
        }
        return false;
    }

    /** "Council of Europe Development Bank": capitalised words after the name that end in an institution's noun. */
    private static boolean institutionAfter(List<Word> words, int after) {
        for (int k = after; k < Math.min(words.size(), after + 3); k++) {
            Word w = words.get(k);
            if (w.breakBefore || !w.capital || w.acronymLike) {
                return false;
            }
            if (isIn(w, HEADS)) {
                return false;
            }
            if (isIn(w, INSTITUTIONS)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isIn(Word w, Set<String> set) {
        for (String f : w.allForms()) {
            if (set.contains(f)) {
                return true;
            }
        }
        return set.contains(w.folded);
    }

    /** Every comparison form of the listed words, in every language's way. */
    private static Set<String> forms(String list) {
        Set<String> out = new HashSet<>();
        for (String raw : list.split("\\s+")) {
            String folded = TextFold.fold(raw).replace(" ", "");
            out.add(folded);
            if (WordForms.isCyrillic(raw)) {
                for (String f : WordForms.russian(raw)) {
                    out.add(f);
                }
            } else {
                out.add(WordForms.english(folded));
                out.add(WordForms.azerbaijani(folded));
            }
        }
        return out;
    }
}
