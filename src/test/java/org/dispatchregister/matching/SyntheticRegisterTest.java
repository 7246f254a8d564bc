package org.dispatchregister.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Sanity check at register scale (10,000 bodies, 30,000 aliases, a 3,000-character text): the
 * matcher works and proposes the bodies the text names by acronym. The time is logged for
 * people to read, not asserted: the benchmark under bench/ measures speed.
 */
class SyntheticRegisterTest {

    private static final Logger LOG = Logger.getLogger(SyntheticRegisterTest.class);

    @Test
    void matchesAThreeThousandCharacterTextAgainstTenThousandBodies() {
        RegisterSnapshot register = SyntheticRegister.generate(10_000, 3, 42);
        long t0 = System.nanoTime();
        DistributionMatcher matcher = new DistributionMatcher(register);
        long t1 = System.nanoTime();
        String text = SyntheticRegister.distributionText(register, 3_000, 7);
        long t2 = System.nanoTime();
        MatchResult result = matcher.match(text);
        long t3 = System.nanoTime();
        LOG.info(String.format("Synthetic register: %d bodies + %d aliases indexed in %d ms; %d-char text matched once in %.1f ms "
                + "(cold, single run): %d matches, %d unplaced", matcher.size(), 30_000, (t1 - t0) / 1_000_000,
                text.length(), (t3 - t2) / 1e6, result.matches().size(), result.unmatched().size()));
        assertEquals(10_000, matcher.size());
        assertTrue(text.length() >= 3_000);
        assertTrue(result.matches().size() >= 20, "the bodies named are proposed: " + result.matches().size());
        // every body written "Name (ACRONYM)" in the text must be among the proposals
        for (RegisterSnapshot.Entry e : register.entries()) {
            if (text.contains(e.name() + " (" + e.acronym() + ")")) {
                assertTrue(result.matches().stream().anyMatch(m -> m.recipientId() == e.id()), "proposed: " + e.name());
            }
        }
    }
}
