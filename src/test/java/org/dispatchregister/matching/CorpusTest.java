package org.dispatchregister.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    record Case(String title, String text, List<String> expected, List<String> unmatched) {
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
        for (String line : RegisterFixture.lines("/matching/corpus.txt")) {
            if (line.startsWith("#") && title == null) {
                continue;
            }
            if (line.startsWith("== ")) {
                if (title != null) {
                    cases.add(new Case(title, text.toString().strip(), expected, unmatched));
                }
                title = line.substring(3).strip();
                text.setLength(0);
                expected = null;
                unmatched = List.of();
            } else if (line.startsWith("->")) {
                String keys = line.substring(2).strip();
                expected = keys.isEmpty() ? List.of() : Arrays.stream(keys.split(",")).map(String::strip).toList();
            } else if (line.startsWith("??")) {
                unmatched = Arrays.stream(line.substring(2).split("\\|\\|")).map(String::strip).toList();
            } else if (title != null) {
                text.append(line).append('\n');
            }
        }
        if (title != null) {
            cases.add(new Case(title, text.toString().strip(), expected, unmatched));
        }
        return cases;
    }

    static Stream<Case> corpus() {
        return cases().stream();
    }

    @Test
    void corpusIsLargeAndEveryKeyExists() {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 30, "at least 30 cases: " + cases.size());
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
    }

    @Test
    void precisionIsPerfectAndRecallIsReported() {
        int proposed = 0;
        int right = 0;
        int expected = 0;
        List<String> wrong = new ArrayList<>();
        for (Case c : cases()) {
            List<String> got = REGISTER.keys(MATCHER.match(c.text()));
            proposed += got.size();
            expected += c.expected().size();
            for (String key : got) {
                if (c.expected().contains(key)) {
                    right++;
                } else {
                    wrong.add(c.title() + ": " + key);
                }
            }
        }
        double precision = proposed == 0 ? 1 : (double) right / proposed;
        double recall = expected == 0 ? 1 : (double) right / expected;
        LOG.infof("Distribution matcher corpus: %d cases, precision %.3f (%d/%d), recall %.3f (%d/%d)",
                cases().size(), precision, right, proposed, recall, right, expected);
        assertEquals(List.of(), wrong, "wrong matches");
        assertEquals(1.0, precision);
    }
}
