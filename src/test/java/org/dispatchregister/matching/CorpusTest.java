package org.dispatchregister.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case of src/test/resources/matching/corpus.txt against the test register: each must
 * give exactly the expected bodies, in text order, and exactly the expected unplaced phrases. Then
 * reports precision and recall over the whole corpus; precision must be 1 (no wrong match anywhere).
 */
class CorpusTest {

    private static final Logger LOG = Logger.getLogger(CorpusTest.class);
    private static final RegisterFixture REGISTER = RegisterFixture.load();
    private static final DistributionMatcher MATCHER = new DistributionMatcher(REGISTER.snapshot);

    record Case(String title, String text, List<String> expected, List<String> unmatched, List<String> choices) {
        @Override
        public String toString() {
            return title;
        }
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        String title = null;
        StringBuilder text = new StringBuilder();
        List<String> expected = null;
        List<String> unmatched = List.of();
        List<String> choices = List.of();
        for (String line : RegisterFixture.lines("/matching/corpus.txt")) {
            if (line.startsWith("#") && title == null) {
                continue;
            }
            if (line.startsWith("== ")) {
                if (title != null) {
                    cases.add(new Case(title, text.toString().strip(), expected, unmatched, choices));
                }
                title = line.substring(3).strip();
                text.setLength(0);
                expected = null;
                unmatched = List.of();
                choices = List.of();
            } else if (line.startsWith("->")) {
                String keys = line.substring(2).strip();
                expected = keys.isEmpty() ? List.of() : Arrays.stream(keys.split(",")).map(String::strip).toList();
            } else if (line.startsWith("!!")) {
                choices = Arrays.stream(line.substring(2).split("\\|\\|")).map(String::strip).toList();
            } else if (line.startsWith("??")) {
                unmatched = Arrays.stream(line.substring(2).split("\\|\\|")).map(String::strip).toList();
            } else if (title != null) {
                text.append(line).append('\n');
            }
        }
        if (title != null) {
            cases.add(new Case(title, text.toString().strip(), expected, unmatched, choices));
        }
        return cases;
    }

    static Stream<Case> corpus() {
        return cases().stream();
    }

    @Test
    void corpusIsLargeAndEveryKeyExists() {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 80, "at least 80 cases: " + cases.size());
        for (Case c : cases) {
            assertTrue(c.expected() != null, "case without \"->\" line: " + c.title());
            for (String key : c.expected()) {
                assertTrue(REGISTER.idByKey.containsKey(key), "unknown key " + key + " in " + c.title());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void readsTheExpectedBodies(Case c) {
        MatchResult result = MATCHER.match(c.text());
        assertEquals(c.expected(), REGISTER.keys(result), "bodies of: " + c.title() + " → " + result);
        assertEquals(c.unmatched(), result.unmatched(), "unplaced phrases of: " + c.title());
        assertEquals(c.choices(), result.choices().stream().map(MatchResult.Choice::phrase).toList(), "choices of: " + c.title());
    }

    @Test
    void precisionIsPerfectAndRecallIsReportedPerLanguage() {
        Map<WordForms.Language, int[]> byLanguage = new EnumMap<>(WordForms.Language.class);
        List<String> wrong = new ArrayList<>();
        for (Case c : cases()) {
            // counts: proposed, right, expected
            int[] n = byLanguage.computeIfAbsent(WordForms.languageOf(c.text()), k -> new int[3]);
            List<String> got = REGISTER.keys(MATCHER.match(c.text()));
            n[0] += got.size();
            n[2] += c.expected().size();
            for (String key : got) {
                if (c.expected().contains(key)) {
                    n[1]++;
                } else {
                    wrong.add(c.title() + ": " + key);
                }
            }
        }
        int[] all = new int[3];
        StringBuilder figures = new StringBuilder();
        byLanguage.forEach((language, n) -> {
            figures.append(String.format(Locale.ROOT, "%n  %s: precision %.3f (%d/%d), recall %.3f (%d/%d)", language,
                    ratio(n[1], n[0]), n[1], n[0], ratio(n[1], n[2]), n[1], n[2]));
            for (int k = 0; k < 3; k++) {
                all[k] += n[k];
            }
        });
        LOG.info(String.format(Locale.ROOT, "Distribution matcher corpus: %d cases, precision %.3f (%d/%d), recall %.3f (%d/%d)%s",
                cases().size(), ratio(all[1], all[0]), all[1], all[0], ratio(all[1], all[2]), all[1], all[2], figures));
        assertEquals(List.of(), wrong, "wrong matches");
        assertEquals(Set.of(WordForms.Language.values()), byLanguage.keySet(), "the corpus has cases in every language");
        byLanguage.forEach((language, n) -> assertTrue(n[2] >= 20, language + " cases name at least 20 bodies: " + n[2]));
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1 : (double) a / b;
    }
}
