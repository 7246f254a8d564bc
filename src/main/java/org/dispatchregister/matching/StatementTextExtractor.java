package org.dispatchregister.matching;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dispatchregister.matching.StatementDraft.Field;

/**
 * Reads a pasted statement, note verbale or letter and proposes its date, place, signatory and
 * title, our reference, its kind and its distribution paragraph. Plain rules, tuned on the
 * institution's documents: a dated line of its own, the signature block above it, "Ref:" lines,
 * "presents its compliments" for notes verbales. Nothing found is better than a wrong guess.
 */
public final class StatementTextExtractor {

    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTHS + ")\\.?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b(" + MONTHS + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(" + MONTHS + ")\\.?\\s+(\\d{1,2})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})\\s+(" + MONTHS + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\b(19\\d{2}|20\\d{2})\\b");
    /** "BAKU, Azerbaijan, September 27." opening a press item. */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*([A-Z][A-Z'\\- ]{2,30})\\s*,\\s*(?:[A-Z][a-z]+\\s*,\\s*)?((?:" + MONTHS + ")\\.?\\s+\\d{1,2}|\\d{1,2}\\s+(?:" + MONTHS
                    + "))(?:,?\\s*\\d{4})?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCE = Pattern.compile(
            "(?im)^\\s*(?:our\\s+ref(?:erence)?|ref(?:erence)?)\\.?\\s*(?:no\\.?|number|n°)?\\s*[:.]?\\s*([A-Z0-9][A-Z0-9/\\-._]*[A-Z0-9])\\s*$");
    private static final Pattern COMPLIMENTS = Pattern.compile(
            "presents\\s+its\\s+compliments\\s+to\\s+(?:the\\s+)?(.+?)(?:,|\\s+and\\s+has\\s+the\\s+honou?r)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERSON = Pattern.compile("\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}\\.)?(?:\\s+\\p{Lu}[\\p{L}'’\\-]+){1,3}");
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?i)\\b(?:the|of|for|and|commissioner|ombudsman|republic|mission|office|united|nations|statement|sincerely|regards)\\b");
    private static final Map<String, Integer> MONTH_NUMBERS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private StatementTextExtractor() {
    }

    /** Reads a pasted text; every field not found is empty. */
    public static StatementDraft extract(String text) {
        String clean = TextInput.clean(text).replace("**", "");
        List<String> lines = clean.lines().map(String::strip).toList();
        Field<String> kind = kind(clean, lines);
        DistributionParagraph.Found list = DistributionParagraph.find(clean);
        Field<String> distribution = list != null ? Field.of(list.list(), list.paragraph()) : addressee(clean);
        int dateLine = standaloneDateLine(lines);
        Field<LocalDate> issuedOn = issuedOn(lines, dateLine, clean);
        Field<String>[] signature = signature(lines, dateLine, list);
        return new StatementDraft(issuedOn, place(lines, dateLine), signature[0], signature[1], reference(clean), kind,
                title(lines, kind, distribution), distribution);
    }

    // --- date -------------------------------------------------------------------------------

    /** The last line that is a date, or "Place, date", on its own: where a signature block dates a text. */
    private static int standaloneDateLine(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (line.length() <= 60 && fullDate(line) != null) {
                String rest = line.replaceAll("(?i)" + DAY_MONTH_YEAR.pattern() + "|" + MONTH_DAY_YEAR.pattern() + "|" + ISO.pattern(), "");
                if (rest.replaceAll("[\\p{L}\\s,.]", "").isEmpty() && rest.strip().split("\\s+").length <= 4) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static Field<LocalDate> issuedOn(List<String> lines, int dateLine, String text) {
        if (dateLine >= 0) {
            return Field.of(fullDate(lines.get(dateLine)), lines.get(dateLine));
        }
        for (String line : lines.subList(0, Math.min(lines.size(), 12))) {
            Matcher m = DATELINE.matcher(line);
            if (m.find()) {
                LocalDate full = fullDate(m.group());
                if (full != null) {
                    return Field.of(full, line);
                }
                Integer year = latestYear(text);
                if (year != null) {
                    return Field.of(dayMonth(m.group(2), year), line);
                }
            }
        }
        return Field.none();
    }

    /** The first complete date in a line: "27 September 2025", "January 15, 2023", "2025-09-27". */
    static LocalDate fullDate(String line) {
        try {
            Matcher m = DAY_MONTH_YEAR.matcher(line);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
            }
            m = MONTH_DAY_YEAR.matcher(line);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            }
            m = ISO.matcher(line);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
        } catch (DateTimeException impossible) {
            return null; // "31 February 2025" is not a date
        }
        return null;
    }

    private static LocalDate dayMonth(String dayAndMonth, int year) {
        try {
            Matcher m = MONTH_DAY.matcher(dayAndMonth);
            if (m.find()) {
                return LocalDate.of(year, month(m.group(1)), Integer.parseInt(m.group(2)));
            }
            m = DAY_MONTH.matcher(dayAndMonth);
            if (m.find()) {
                return LocalDate.of(year, month(m.group(2)), Integer.parseInt(m.group(1)));
            }
        } catch (DateTimeException impossible) {
            return null;
        }
        return null;
    }

    /** The latest year the text mentions: a dateline without a year belongs to the newest events told. */
    private static Integer latestYear(String text) {
        Matcher m = YEAR.matcher(text);
        Integer latest = null;
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            latest = latest == null ? y : Math.max(latest, y);
        }
        return latest;
    }

    private static int month(String name) {
        return MONTH_NUMBERS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
    }

    // --- place ------------------------------------------------------------------------------

    private static Field<String> place(List<String> lines, int dateLine) {
        if (dateLine >= 0) {
            String line = lines.get(dateLine);
            int comma = line.indexOf(',');
            if (comma > 0 && fullDate(line.substring(0, comma)) == null && fullDate(line.substring(comma + 1)) != null) {
                return Field.of(titleCase(line.substring(0, comma).strip()), line);
            }
        }
        for (String line : lines.subList(0, Math.min(lines.size(), 12))) {
            Matcher m = DATELINE.matcher(line);
            if (m.find()) {
                return Field.of(titleCase(m.group(1).strip()), line);
            }
        }
        if (dateLine >= 0) {
            for (int i : new int[] { dateLine + 1, dateLine - 1 }) {
                String near = nonEmptyFrom(lines, i, i > dateLine ? 1 : -1);
                if (near != null && looksLikePlace(near)) {
                    return Field.of(titleCase(near), near);
                }
            }
        }
        return Field.none();
    }

    private static boolean looksLikePlace(String line) {
        return line.length() <= 40 && line.matches("\\p{Lu}[\\p{L}'’\\- ]*") && line.split("\\s+").length <= 3
                && !NOT_A_NAME.matcher(line).find();
    }

    /** "BAKU" → "Baku"; names already in mixed case ("Khankendi city") are kept. */
    private static String titleCase(String s) {
        if (!s.equals(s.toUpperCase(Locale.ROOT))) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        for (String w : s.toLowerCase(Locale.ROOT).split(" ")) {
            if (!w.isEmpty()) {
                sb.append(sb.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return sb.toString();
    }

    // --- signature ----------------------------------------------------------------------------

    /** The person's name and title above the date line: "Sabina Aliyeva" / "The Commissioner … of the Republic of Azerbaijan". */
    @SuppressWarnings("unchecked")
    private static Field<String>[] signature(List<String> lines, int dateLine, DistributionParagraph.Found list) {
        Field<String>[] none = new Field[] { Field.none(), Field.none() };
        int end = dateLine;
        if (end < 0 && list != null) {
            end = indexOfLineStartingWith(lines, list.paragraph());
        }
        if (end < 0) {
            return none;
        }
        List<String> title = new ArrayList<>();
        int seen = 0;
        for (int i = end - 1; i >= 0 && seen < 8; i--) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            if (line.length() > 120 || line.endsWith(".") && !line.endsWith(".)")) {
                return none;
            }
            if (PERSON.matcher(line).matches() && !NOT_A_NAME.matcher(line).find()) {
                java.util.Collections.reverse(title);
                String titleText = String.join(" ", title).replaceAll("\\s+", " ").strip();
                return new Field[] { Field.of(line, line), titleText.isEmpty() ? Field.none()
                        : Field.of(titleText, String.join("\n", title)) };
            }
            title.add(line);
        }
        return none;
    }

    private static int indexOfLineStartingWith(List<String> lines, String paragraph) {
        String first = paragraph.lines().findFirst().orElse("").strip();
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!first.isEmpty() && lines.get(i).equals(first)) {
                return i;
            }
        }
        return -1;
    }

    private static String nonEmptyFrom(List<String> lines, int i, int step) {
        for (int k = i; k >= 0 && k < lines.size(); k += step) {
            if (!lines.get(k).isEmpty()) {
                return lines.get(k);
            }
        }
        return null;
    }

    // --- reference, kind, title -----------------------------------------------------------------

    private static Field<String> reference(String text) {
        Matcher m = REFERENCE.matcher(text);
        return m.find() ? Field.of(m.group(1), m.group()) : Field.none();
    }

    private static Field<String> kind(String text, List<String> lines) {
        String[][] rules = {
                { "NOTE_VERBALE", "(?i)presents\\s+its\\s+compliments|avails\\s+itself\\s+of\\s+this\\s+opportunity|note\\s+verbale" },
                { "PRESS_RELEASE", "(?i)press\\s+release" },
                { "LETTER", "^Dear\\s" },
                { "STATEMENT", "(?i)\\bstatement\\b" },
                { "APPEAL", "(?i)\\bappeal\\b|\\bcalls?\\s+upon\\b" } };
        for (String[] rule : rules) {
            Pattern p = Pattern.compile(rule[1]);
            for (String line : lines) {
                Matcher m = p.matcher(line);
                if (m.find()) {
                    return Field.of(rule[0], line);
                }
            }
        }
        return Field.none();
    }

    private static Field<String> title(List<String> lines, Field<String> kind, Field<String> distribution) {
        if ("NOTE_VERBALE".equals(kind.value()) && distribution.found() && distribution.value().length() <= 200) {
            return Field.of("Note verbale to the " + distribution.value(), distribution.source());
        }
        int checked = 0;
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            if (++checked > 3) {
                break;
            }
            if (line.length() >= 12 && line.length() <= 300 && !line.endsWith(".") && !line.endsWith(",")
                    && Character.isUpperCase(line.charAt(0)) && !DATELINE.matcher(line).find() && fullDate(line) == null
                    && !REFERENCE.matcher(line).find()) {
                return Field.of(line, line);
            }
        }
        for (String line : lines) {
            if (line.length() > 40) {
                return Field.of(firstSentenceTitle(line), line);
            }
        }
        return Field.none();
    }

    /** A title from the opening sentence, its dateline removed, cut at its first clause or at a word near 120 characters. */
    private static String firstSentenceTitle(String line) {
        Matcher dl = DATELINE.matcher(line);
        String s = dl.find() ? line.substring(dl.end()).replaceFirst("^[\\s.,:–—-]+", "") : line;
        int end = s.indexOf(". ");
        if (end > 0) {
            s = s.substring(0, end);
        }
        if (s.length() <= 120) {
            return s;
        }
        int comma = s.indexOf(',', 60);
        if (comma > 0 && comma <= 140) {
            return s.substring(0, comma) + "…";
        }
        int cut = s.lastIndexOf(' ', 120);
        return s.substring(0, cut > 40 ? cut : 120).replaceAll("[,;:]$", "") + "…";
    }

    /** A note verbale's addressee, from "presents its compliments to the Office …,". */
    private static Field<String> addressee(String text) {
        Matcher m = COMPLIMENTS.matcher(text.replaceAll("\\s+", " "));
        if (m.find()) {
            return Field.of(m.group(1).strip(), m.group());
        }
        return Field.none();
    }
}
