package org.dispatchregister.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the distribution parts of a text, in English, Azerbaijani and Russian: every sentence that
 * says where the text went ("The statement was sent to …", "Besides, the appeal was addressed to …",
 * "The Commissioner wrote to …", "Müraciət … göndərilib", "Обращение направлено …") and every list
 * under a heading ("To:", "cc:", "Distribution:", "Ünvan:", "Surəti:", "Кому:", "Копия:"). A text
 * without any of them is taken as the list itself.
 */
public final class DistributionParagraph {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    /** "was sent to", "has also been addressed to", "were circulated among": a list follows. */
    private static final Pattern SENT_TO = Pattern.compile(
            "\\b(?:was|were|has\\s+been|have\\s+been|had\\s+been|is|are|will\\s+be|being|been)\\s+"
                    + "(?:(?:also|further|then|subsequently|simultaneously|additionally|officially|immediately|likewise|furthermore|besides|duly)\\s+)*"
                    + "(?:sent|addressed|forwarded|distributed|circulated|submitted|transmitted|presented|delivered|dispatched|directed|"
                    + "e-?mailed|mailed|handed|sent\\s+out)\\s+(?:out\\s+|over\\s+)?(?:to|among)\\b\\s*:?", FLAGS);
    /**
     * Prose: "wrote to", "appealed to", "a letter went to", "sent a letter of protest to". Not "called on",
     * "urged" or "requested": statements say that of others ("the Security Council requested the
     * Secretary-General …"), which is no distribution.
     */
    private static final Pattern PROSE_TO = Pattern.compile(
            "\\b(?:(?:wrote|writes|write|written|appealed|appeals|appeal|applied|applies|turned|turns|went|goes|complained)\\s+"
                    + "(?:[^\\s.,;:]+\\s+){0,6}?(?:to|among)"
                    + "|(?:sent|sends|send|addressed|addresses|submitted|submits|forwarded|forwards|transmitted|transmits|delivered"
                    + "|dispatched|directed|made)\\s+(?:[^\\s.,;:]+\\s+){1,6}?(?:to|among)"
                    + "|brought\\s+to\\s+the\\s+attention\\s+of)\\b\\s*:?", FLAGS);
    /** Azerbaijani verbs, at the end of the sentence: the bodies stand before them. */
    private static final Pattern AZ_VERB = Pattern.compile(
            "(?:göndəril(?:ib|miş(?:dir)?|di|ir|əcək)|ünvanlan(?:ıb|mış(?:dır)?|dı|ır)|təqdim\\s+(?:edil|olun)(?:ib|ub|miş(?:dir)?|muş(?:dur)?|di|du)"
                    + "|müraciət\\s+(?:edib|etmiş(?:dir)?|etdi|edir|edərək|olunub|olunmuşdur)|çatdırıl(?:ıb|mış(?:dır)?|dı)"
                    + "|yönləndiril(?:ib|miş(?:dir)?)|yönəldil(?:ib|miş(?:dir)?)|paylanıl(?:ıb|mış(?:dır)?)|paylan(?:ıb|mış(?:dır)?)"
                    + "|göndərib|göndərmiş(?:dir)?|göndərdi|ünvanlayıb|ünvanlamış(?:dır)?|yazıb|yazmış(?:dır)?"
                    + "|məlumatlandırıl(?:ıb|mış(?:dır)?)|məlumat\\s+veril(?:ib|miş(?:dir)?)|xəbərdar\\s+edil(?:ib|miş(?:dir)?))\\b", FLAGS);
    /** The topic of an Azerbaijani sentence comes before its addressees: "… ilə bağlı BMT-yə müraciət edib". */
    private static final Pattern AZ_TOPIC_END = Pattern.compile(
            "\\b(?:ilə\\s+bağlı|ilə\\s+əlaqədar|ilə\\s+əlaqəli|barədə|haqqında|münasibətilə|məqsədilə)\\b", FLAGS);
    /** Russian verbs: the bodies usually follow ("направлено Генеральному секретарю ООН"). */
    private static final Pattern RU_VERB = Pattern.compile(
            "\\b(?:направлен[оаы]?|разослан[оаы]?|отправлен[оаы]?|адресован[оаы]?|передан[оаы]?|представлен[оаы]?"
                    + "|обратил(?:ся|ась|ись)(?:\\s+с\\s+\\S+)?\\s+(?:к|в)|обращается\\s+к|написал[аи]?(?:\\s+письмо)?"
                    + "|проинформирован[оаы]?|доведен[оаы]?\\s+до\\s+сведения)\\b\\s*:?", FLAGS);
    private static final Pattern HEADING = Pattern.compile(
            "(?m)^[\\s*_>]*(?:distribution(?:\\s+list)?|cc|bcc|to|copy\\s+to|copies\\s+to|copy|sent\\s+to|addressed\\s+to|recipients"
                    + "|ünvan|surəti|surət|surəti\\s+göndərilir|paylanma(?:\\s+siyahısı)?|göndərilib|кому|копия|копии|рассылка|адресаты"
                    + "|список\\s+рассылки)[\\s*_]*:", FLAGS);
    /** Where a prose sentence stops naming addressees and says why. */
    private static final Pattern PROSE_TAIL = Pattern.compile(
            "\\s(?:about|regarding|concerning|in\\s+connection\\s+with|in\\s+relation\\s+to|with\\s+regard\\s+to|with\\s+respect\\s+to"
                    + "|on\\s+the\\s+occasion\\s+of|in\\s+order\\s+to|with\\s+(?:a|an|the)\\s+(?:request|call|appeal|demand|letter|proposal)"
                    + "|requesting|asking|urging|calling|informing|drawing|expressing|demanding|which|who|whom|where|that|so\\s+that"
                    + "|to\\s+(?:draw|inform|express|take|prevent|stop|ensure|investigate|condemn|support|give|help|protect|intervene|react"
                    + "|respond|demand|consider|put|raise|provide|bring|call|urge|assist|show|make|use|act|end|adopt|release|restore|share))\\b"
                    + "|,\\s*(?:the\\s+|its\\s+)?(?:\\p{L}+\\s+){0,4}?(?:reported|said|says|noted|stated|added|informed|announced|reports)\\b"
                    + "|\\s(?:в\\s+связи\\s+с|с\\s+просьбой|с\\s+призывом|с\\s+требованием|относительно|по\\s+поводу|касательно|чтобы"
                    + "|о\\s+(?:ситуации|положении|нарушении|необходимости|фактах)|котор\\p{L}*)\\b", FLAGS);
    private static final Pattern TAIL = Pattern.compile(
            "[\\s,.;:]*[\"“”'’»]*[\\s,]*(?:the\\s+(?:statement|appeal|letter|message)\\s+(?:reads|says|concludes))?[\\s.\"“”'’»]*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\r]*\\n");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "no", "nos", "prof", "gen", "vs", "art",
            "para", "paras", "ref", "nr", "jr", "sr", "inc", "ltd", "co", "e.g", "i.e", "cf", "сент", "г", "гг", "им", "ул", "д");

    /** Where the list was found in the text: the list, and the paragraph it came from. */
    public record Found(String list, String paragraph, boolean leadIn) {
    }

    /**
     * One distribution part: [start, end) of the text; {@code prose} when it is a sentence rather than
     * a list; {@code unmarked} when no lead-in or heading marked it (the whole text).
     */
    record Part(int start, int end, boolean prose, boolean unmarked) {

        Part(int start, int end, boolean prose) {
            this(start, end, prose, false);
        }
    }

    private DistributionParagraph() {
    }

    /** Every distribution part of a text, in text order; the whole text when none is marked. */
    static List<Part> parts(String text) {
        List<Part> parts = markedParts(text);
        if (parts.isEmpty()) {
            int[] t = trimmed(text, 0, text.length());
            parts.add(new Part(t[0], t[1], false, true));
        }
        return parts;
    }

    private static List<Part> markedParts(String text) {
        List<Part> parts = new ArrayList<>();
        List<int[]> headed = headedBlocks(text);
        for (int[] h : headed) {
            parts.add(new Part(h[1], h[2], false));
        }
        for (int[] s : sentences(text)) {
            if (inside(headed, s[0])) {
                continue;
            }
            Part p = sentencePart(text, s[0], s[1]);
            if (p != null) {
                parts.add(p);
            }
        }
        parts.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return parts;
    }

    /** The list part of a text (every distribution part, one a line), and whether a lead-in marked it; null when none does. */
    public static Found find(String text) {
        String t = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
        List<Part> parts = markedParts(t);
        if (parts.isEmpty()) {
            return null;
        }
        StringBuilder list = new StringBuilder();
        for (Part p : parts) {
            list.append(list.length() > 0 ? "\n" : "").append(t, p.start(), p.end());
        }
        int paragraphStart = t.lastIndexOf("\n\n", parts.get(0).start());
        return new Found(list.toString(), t.substring(paragraphStart < 0 ? 0 : paragraphStart + 2).strip(), true);
    }

    /** The list of a text, or the whole text when no lead-in marks one. */
    public static String listOf(String text) {
        Found found = find(text);
        return found != null ? found.list() : trimTail(text == null ? "" : text);
    }

    private static Part sentencePart(String text, int from, int to) {
        String s = text.substring(from, to);
        Matcher m = SENT_TO.matcher(s);
        if (m.find()) {
            return part(text, from + m.end(), from + cutProseTail(s, m.end()), false);
        }
        m = PROSE_TO.matcher(s);
        if (m.find()) {
            return part(text, from + m.end(), from + cutProseTail(s, m.end()), true);
        }
        m = RU_VERB.matcher(s);
        if (m.find()) {
            int end = cutProseTail(s, m.end());
            // "… направлено Генеральному секретарю ООН" or, verb last, "Генеральному секретарю ООН … направлено"
            return s.substring(m.end(), end).isBlank() ? part(text, from, from + m.start(), true)
                    : part(text, from + m.end(), from + end, true);
        }
        m = AZ_VERB.matcher(s);
        if (m.find()) {
            int start = 0;
            Matcher topic = AZ_TOPIC_END.matcher(s.substring(0, m.start()));
            while (topic.find()) {
                start = topic.end();
            }
            return part(text, from + start, from + m.start(), true);
        }
        return null;
    }

    private static int cutProseTail(String s, int from) {
        Matcher tail = PROSE_TAIL.matcher(s);
        return tail.find(from) ? tail.start() : s.length();
    }

    private static Part part(String text, int start, int end, boolean prose) {
        int[] t = trimmed(text, start, end);
        return t[1] > t[0] ? new Part(t[0], t[1], prose) : null;
    }

    /** [start, end) without surrounding space and without a closing quote or "the statement reads". */
    private static int[] trimmed(String text, int start, int end) {
        String kept = TAIL.matcher(text.substring(start, end)).replaceFirst("");
        int lead = kept.length() - kept.stripLeading().length();
        int keptEnd = start + kept.stripTrailing().length();
        return new int[] { Math.min(start + lead, keptEnd), keptEnd };
    }

    /** Lists under headings: {heading start, list start, list end}, to the next heading or the end of the paragraph. */
    private static List<int[]> headedBlocks(String text) {
        List<int[]> heads = new ArrayList<>();
        Matcher m = HEADING.matcher(text);
        while (m.find()) {
            heads.add(new int[] { m.start(), m.end() });
        }
        List<int[]> out = new ArrayList<>();
        for (int k = 0; k < heads.size(); k++) {
            int start = heads.get(k)[1];
            int limit = k + 1 < heads.size() ? heads.get(k + 1)[0] : text.length();
            int end = paragraphEnd(text, start, limit);
            if (text.substring(start, end).isBlank()) {
                end = paragraphEnd(text, skipBlank(text, end), limit);
            }
            int[] t = trimmed(text, start, end);
            if (t[1] > t[0]) {
                out.add(new int[] { heads.get(k)[0], t[0], t[1] });
            }
        }
        return out;
    }

    private static int skipBlank(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int paragraphEnd(String text, int from, int limit) {
        Matcher blank = BLANK_LINE.matcher(text);
        int end = blank.find(from) ? blank.start() : text.length();
        return Math.min(end, limit);
    }

    private static boolean inside(List<int[]> blocks, int pos) {
        for (int[] b : blocks) {
            if (pos >= b[0] && pos < b[2]) {
                return true;
            }
        }
        return false;
    }

    /** Sentences: cut after . ! ? … before a capital or digit (not after "U.N." or "Mr."), and at blank lines. */
    static List<int[]> sentences(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean cut = false;
            int next = i + 1;
            if (c == '\n') {
                int j = i + 1;
                while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
                    j++;
                }
                cut = j < n && text.charAt(j) == '\n';
            } else if (c == '.' || c == '!' || c == '?' || c == '…') {
                int j = i + 1;
                while (j < n && "\"”»'’)".indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                int k = j;
                while (k < n && Character.isWhitespace(text.charAt(k))) {
                    k++;
                }
                if (k > j && k < n && (Character.isUpperCase(text.charAt(k)) || Character.isDigit(text.charAt(k))
                        || "\"“«'‘(".indexOf(text.charAt(k)) >= 0) && !(c == '.' && abbreviationBefore(text, i))) {
                    cut = true;
                    next = j;
                }
            }
            if (cut) {
                if (next > start) {
                    out.add(new int[] { start, next });
                }
                start = next;
            }
        }
        if (start < n) {
            out.add(new int[] { start, n });
        }
        return out;
    }

    private static boolean abbreviationBefore(String text, int dot) {
        int k = dot;
        while (k > 0 && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
            k--;
        }
        String word = text.substring(k, dot).toLowerCase();
        return word.length() == 1 || ABBREVIATIONS.contains(word) || word.contains(".");
    }

    private static String trimTail(String s) {
        return TAIL.matcher(s).replaceFirst("").strip();
    }
}
