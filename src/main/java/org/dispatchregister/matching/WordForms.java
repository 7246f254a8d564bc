package org.dispatchregister.matching;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.ru.RussianLightStemmer;
import org.dispatchregister.common.TextFold;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * The forms a word is compared by, per language, so that a name matches in any grammatical case:
 * English through {@link NameTokens}' spelling variants and plurals; Russian through Lucene's
 * Snowball and light Russian stemmers (both: each gets a few endings wrong, never the same ones:
 * "омбудсмена"/"омбудсменов", "секретарю"/"секретарь"); Azerbaijani through a strip of case,
 * possessive and plural endings after the fold ("Şurasına", "Şurasının", "Şurası" → "sur";
 * "Katibinə" → "katib"). The same function runs on the register's names and on the text, so a form
 * only has to be the same on both sides, not a dictionary word.
 */
final class WordForms {

    /** The language of a text, for which forms its words get. */
    enum Language { EN, AZ, RU }

    /** Azerbaijani endings after the fold (ə → e, ı → i, ü → u), longest first: case, possessive, plural. */
    private static final List<String> AZ_ENDINGS = List.of("ndan", "nden", "nin", "nun", "nda", "nde", "dan", "den",
            "tan", "ten", "lar", "ler", "si", "su", "in", "un", "na", "ne", "ni", "nu", "ya", "ye", "da", "de", "ta", "te",
            "i", "u", "a", "e");
    private static final int AZ_MIN_STEM = 3;
    private static final String AZ_LETTERS = "əƏğĞıİşŞçÇöÖüÜ";

    /** Azerbaijani and Russian words that never tell two bodies apart (the English ones are in NameTokens). */
    private static final Set<String> STOPWORDS = Set.of("ve", "ile", "uzre", "ucun", "habele", "hemcinin",
            "в", "во", "на", "и", "по", "для", "при", "к", "ко", "о", "об", "с", "со", "от", "за", "а", "также");

    /** Azerbaijani case endings written after an apostrophe or hyphen: "BMT-nin", "UNESCO'ya", "ATƏT-ə". */
    private static final Set<String> AZ_DETACHED_ENDINGS = Set.of("nin", "nun", "in", "un", "na", "ne", "ya", "ye", "a", "e",
            "da", "de", "dan", "den", "ni", "nu", "i", "u", "nda", "nde", "ndan", "nden", "ta", "te", "tan", "ten",
            "ina", "ine", "una", "une", "yi", "yu");

    private WordForms() {
    }

    static boolean isStopword(String folded) {
        return NameTokens.isStopword(folded) || STOPWORDS.contains(folded);
    }

    /** "nin" in "BMT-nin": an ending that belongs to the word before it. */
    static boolean isDetachedEnding(String folded) {
        return AZ_DETACHED_ENDINGS.contains(folded);
    }

    /**
     * The language a text is written in: mostly Cyrillic → Russian; Latin with a letter of the
     * Azerbaijani alphabet English lacks (ə, ğ, ı, ş, ç, ö, ü) → Azerbaijani; else English.
     */
    static Language languageOf(CharSequence text) {
        int cyrillic = 0;
        int latin = 0;
        boolean schwa = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                cyrillic++;
            } else if (Character.isLetter(c)) {
                latin++;
                schwa |= AZ_LETTERS.indexOf(c) >= 0;
            }
        }
        if (cyrillic > latin) {
            return Language.RU;
        }
        return schwa ? Language.AZ : Language.EN;
    }

    /** The English comparison form of a folded word. */
    static String english(String folded) {
        return NameTokens.canonical(folded);
    }

    /** The Azerbaijani comparison form of a folded word: its endings stripped while a stem of three letters remains. */
    static String azerbaijani(String folded) {
        String w = folded;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String ending : AZ_ENDINGS) {
                if (w.endsWith(ending) && w.length() - ending.length() >= AZ_MIN_STEM) {
                    w = w.substring(0, w.length() - ending.length());
                    stripped = true;
                    break;
                }
            }
        }
        return w;
    }

    /** The two Russian comparison forms of a word (Snowball, light), folded. */
    static String[] russian(String raw) {
        String lower = raw.toLowerCase(Locale.ROOT).replace('ё', 'е');
        RussianStemmer snowball = new RussianStemmer();
        snowball.setCurrent(lower);
        snowball.stem();
        String a = TextFold.fold(snowball.getCurrent()).replace(" ", "");
        char[] chars = lower.toCharArray();
        int n = new RussianLightStemmer().stem(chars, chars.length);
        String b = TextFold.fold(new String(chars, 0, n)).replace(" ", "");
        return new String[] { a, b };
    }

    static boolean isCyrillic(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.UnicodeBlock.of(word.charAt(i)) == Character.UnicodeBlock.CYRILLIC) {
                return true;
            }
        }
        return false;
    }
}
