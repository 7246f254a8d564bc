package org.dispatchregister.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.icu.ICUFoldingFilter;

import com.ibm.icu.text.Normalizer2;

/**
 * The one text fold of the application: how names are compared everywhere (register search, alias
 * and acronym keys, sort names, the distribution reader). Lower case, accents and other marks
 * removed by Lucene's ICU folding (UTR #30: "Comité" = "comite", "ß" = "ss", "ı"/"İ" = "i", "ё" = "е",
 * full-width letters = ASCII), Azerbaijani "ə" read as "e" (as people type it without the letter),
 * possessive "'s" and apostrophes dropped ("Children's" = "Children"), every other character that
 * is not a letter or digit turned into one space.
 *
 * <p>Stored keys depend on this class: when its output changes, {@link #checksum()} changes and the
 * repeatable migration {@code db.migration.R__Refold_search_keys} recomputes them on the next start.
 */
public final class TextFold {

    private static final Normalizer2 ICU_FOLDING = ICUFoldingFilter.NORMALIZER;

    /** Texts whose folded forms stand for the fold's behaviour in {@link #checksum()}. */
    private static final String PROBE = "Comité Européen (C.E.) O.S.C.E. OIC-IPHRC Children's Peoples' Côte d'Ivoire "
            + "Azərbaycan Respublikası İƏT-in ATƏT Şurası ığüşöç Организация Объединённых Наций ЮНИСЕФ ß Ø ł ﬁ ＵＮ № 1=1 «»—";

    private TextFold() {
    }

    /** The folded form of {@code text}: "Children’s Fund, O.S.C.E." → "children fund o s c e"; null → "". */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = text.indexOf('ə') >= 0 || text.indexOf('Ə') >= 0 ? text.replace('ə', 'e').replace('Ə', 'E') : text;
        s = ICU_FOLDING.normalize(s);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = true;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isApostrophe(c)) {
                // "children's" and "childrens'" fold alike: the possessive never tells two bodies apart
                if (i + 1 < n && s.charAt(i + 1) == 's' && (i + 2 >= n || !Character.isLetterOrDigit(s.charAt(i + 2)))) {
                    i++;
                }
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int len = out.length();
        if (len > 0 && out.charAt(len - 1) == ' ') {
            out.setLength(len - 1);
        }
        return out.toString();
    }

    /** Apostrophes, including the typographic and modifier-letter ones ICU folding leaves as they are. */
    public static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ' || c == '`' || c == '‘' || c == 'ʻ';
    }

    /**
     * The key two acronyms are compared by: folded letters and digits only, upper case, so
     * "O.S.C.E." and "osce" collide. Null when nothing is left.
     */
    public static String acronymKey(String acronym) {
        String folded = fold(acronym).replace(" ", "").toUpperCase(Locale.ROOT);
        return folded.isEmpty() ? null : folded;
    }

    /** The folded words of a text (a search box, a name), for matching each one separately. */
    public static List<String> words(String text) {
        String folded = fold(text);
        List<String> words = new ArrayList<>();
        if (!folded.isEmpty()) {
            for (String w : folded.split(" ")) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * A fingerprint of what this fold does: the hash of the folded probe text. Equal for two
     * versions of the code that fold alike; any change of behaviour on the probe changes it.
     */
    public static int checksum() {
        return (fold(PROBE) + "|" + acronymKey(PROBE)).hashCode();
    }
}
