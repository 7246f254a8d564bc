package org.dispatchregister.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dispatchregister.common.TextFold;
import org.dispatchregister.matching.WordForms.Language;

/**
 * A text cut into words that remember where they stand, each with its comparison forms (see
 * {@link WordForms}). Endings written apart are joined to their word ("BMT-nin", "UNESCO'ya"), the
 * possessive "'s" is noted on its word, "Co-operation" is one word and "United Nations" reads "UN".
 */
final class Words {

    /** Which comparison form: a name is indexed once per kind, a text word offers all of its kinds. */
    enum Kind { EN, AZ, RU_SNOWBALL, RU_LIGHT }

    static final class Word {
        final int start;
        int end;
        final String raw;
        final String folded;
        /** Forms by {@link Kind} ordinal; null where the kind does not apply. */
        final String[] forms = new String[Kind.values().length];
        final boolean stop;
        final boolean capital;
        final boolean acronymLike;
        final String acronymKey;
        boolean possessive;
        /** A comma, semicolon, colon, bracket or line break stands between this word and the one before. */
        boolean breakBefore;
        /** As {@link #breakBefore}, but not a comma. */
        boolean hardBreakBefore;

        Word(int start, int end, String raw, String folded, boolean stop) {
            this.start = start;
            this.end = end;
            this.raw = raw;
            this.folded = folded;
            this.stop = stop;
            this.capital = Character.isUpperCase(raw.codePointAt(0));
            this.acronymLike = raw.length() <= 20 && NameIndex.looksLikeAcronym(raw);
            this.acronymKey = acronymLike ? TextFold.acronymKey(raw) : null;
        }

        /** The distinct forms this word can be read as. */
        Set<String> allForms() {
            Set<String> out = new LinkedHashSet<>(4);
            for (String f : forms) {
                if (f != null) {
                    out.add(f);
                }
            }
            return out;
        }

        @Override
        public String toString() {
            return raw;
        }
    }

    private static final Pattern BREAK = Pattern.compile("[,;:()\\[\\]\\n•.!?]");
    private static final Pattern WORD = Pattern.compile("\\p{L}(?:\\.\\p{L})+\\.?|[\\p{L}\\p{N}]+");

    private Words() {
    }

    /** The words of {@code text}; offsets are those of the text plus {@code offset}. */
    static List<Word> of(String text, Language language, int offset) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int previousEnd = -1;
        while (m.find()) {
            String raw = m.group();
            String folded = fold(raw);
            if (folded.isEmpty()) {
                continue;
            }
            Word last = out.isEmpty() ? null : out.get(out.size() - 1);
            String gap = previousEnd < 0 ? " " : text.substring(previousEnd, m.start());
            previousEnd = m.end();
            boolean attached = gap.length() == 1 && (gap.charAt(0) == '-' || TextFold.isApostrophe(gap.charAt(0)));
            if (last != null && attached && TextFold.isApostrophe(gap.charAt(0)) && folded.equals("s")) {
                last.possessive = true;
                last.end = offset + m.end();
                continue;
            }
            if (last != null && attached && WordForms.isDetachedEnding(folded) && !raw.equals(raw.toUpperCase())) {
                last.end = offset + m.end();
                continue;
            }
            if (last != null && gap.equals("-") && last.folded.equals("co") && folded.startsWith("operat")) {
                out.set(out.size() - 1, word(last.start, offset + m.end(), text.substring(last.start - offset, m.end()),
                        "co" + folded, language));
                continue;
            }
            Word w = word(offset + m.start(), offset + m.end(), raw, folded, language);
            w.breakBefore = BREAK.matcher(gap).find();
            w.hardBreakBefore = w.breakBefore && BREAK.matcher(gap.replace(",", "")).find();
            out.add(w);
        }
        return joinPhrases(out, text, offset, language);
    }

    /** The fold of one word; plain ASCII letters and digits (most words) only need lower case. */
    static String fold(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= 128 || !Character.isLetterOrDigit(c)) {
                return TextFold.fold(raw).replace(" ", "");
            }
        }
        return raw.toLowerCase(java.util.Locale.ROOT);
    }

    private static Word word(int start, int end, String raw, String folded, Language language) {
        boolean stop = WordForms.isStopword(folded);
        Word w = new Word(start, end, raw, folded, stop);
        if (stop) {
            return w;
        }
        if (WordForms.isCyrillic(raw)) {
            String[] ru = WordForms.russian(raw);
            w.forms[Kind.RU_SNOWBALL.ordinal()] = ru[0];
            w.forms[Kind.RU_LIGHT.ordinal()] = ru[1];
        } else {
            w.forms[Kind.EN.ordinal()] = WordForms.english(folded);
            if (language == Language.AZ) {
                w.forms[Kind.AZ.ordinal()] = WordForms.azerbaijani(folded);
            }
        }
        return w;
    }

    /** "United Nations" → one word read "un" (as NameTokens does for whole names). */
    private static List<Word> joinPhrases(List<Word> words, String text, int offset, Language language) {
        List<Word> out = new ArrayList<>(words.size());
        List<String> folded = words.stream().map(w -> w.folded).toList();
        outer:
        for (int i = 0; i < words.size(); i++) {
            for (String[][] rule : NameTokens.PHRASES) {
                String[] from = rule[0];
                if (rule[1].length == 1 && NameTokens.startsAt(folded, i, from)) {
                    Word first = words.get(i);
                    Word lastWord = words.get(i + from.length - 1);
                    Word joined = new Word(first.start, lastWord.end, text.substring(first.start - offset, lastWord.end - offset),
                            first.folded, false);
                    joined.forms[Kind.EN.ordinal()] = rule[1][0];
                    if (language == Language.AZ) {
                        joined.forms[Kind.AZ.ordinal()] = rule[1][0];
                    }
                    joined.possessive = lastWord.possessive;
                    out.add(joined);
                    i += from.length - 1;
                    continue outer;
                }
            }
            out.add(words.get(i));
        }
        return out;
    }
}
