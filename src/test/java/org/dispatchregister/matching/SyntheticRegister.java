package org.dispatchregister.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.dispatchregister.matching.RegisterSnapshot.Entry;
import org.jboss.logging.Logger;

/**
 * A large made-up register and distribution text, for the matcher's sanity test and the benchmark:
 * {@code java -cp … org.dispatchregister.matching.SyntheticRegister [bodies] [runs]} logs the time
 * to index and to match. Names mix the register's common words ("international", "human rights",
 * "commission") with rare made-up ones, as a real register does.
 */
public final class SyntheticRegister {

    private static final Logger LOG = Logger.getLogger(SyntheticRegister.class);

    private static final String[] COMMON = { "international", "national", "human", "rights", "council", "commission",
            "office", "association", "european", "united", "nations", "committee", "institute", "ombudsman", "network",
            "federation", "organization", "children", "peace", "foundation", "agency", "embassy", "mission", "ministry",
            "permanent", "regional", "centre", "union", "asian", "african", "development", "refugees", "women" };
    private static final String[] LINKS = { "of", "for", "on", "and", "of the", "for the" };

    private SyntheticRegister() {
    }

    /** {@code bodies} made-up bodies with {@code aliasesPerBody} aliases each, reproducible from the seed. */
    public static RegisterSnapshot generate(int bodies, int aliasesPerBody, long seed) {
        Random random = new Random(seed);
        List<String> rare = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (rare.size() < bodies / 2 + 50) {
            String w = word(random);
            if (seen.add(w)) {
                rare.add(w);
            }
        }
        List<Entry> entries = new ArrayList<>(bodies);
        Set<String> acronyms = new HashSet<>();
        for (int i = 0; i < bodies; i++) {
            String name = name(random, rare);
            String acronym = initials(name);
            while (!acronyms.add(acronym)) {
                acronym = acronym + (char) ('A' + random.nextInt(26));
            }
            List<String> aliases = new ArrayList<>();
            for (int a = 0; a < aliasesPerBody; a++) {
                aliases.add(a == 0 ? "The " + name : name(random, rare));
            }
            entries.add(new Entry(i + 1L, name, acronym, aliases, random.nextInt(50) == 0, true));
        }
        return new RegisterSnapshot(entries);
    }

    /** A distribution paragraph of about {@code chars} characters naming bodies of the register, plus unknown ones. */
    public static String distributionText(RegisterSnapshot register, int chars, long seed) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder("The statement was sent to ");
        List<Entry> entries = register.entries();
        while (sb.length() < chars) {
            Entry e = entries.get(random.nextInt(entries.size()));
            switch (random.nextInt(4)) {
                case 0 -> sb.append(e.name()).append(" (").append(e.acronym()).append(')');
                case 1 -> sb.append(e.acronym());
                case 2 -> sb.append("the ").append(e.aliases().isEmpty() ? e.name() : e.aliases().get(e.aliases().size() - 1));
                default -> sb.append("the ").append(name(random, List.of(word(random), word(random))));
            }
            sb.append(random.nextInt(5) == 0 ? " and " : ", ");
        }
        return sb.append("and diaspora organizations.").toString();
    }

    public static void main(String[] args) {
        int bodies = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        long t0 = System.nanoTime();
        RegisterSnapshot register = generate(bodies, 3, 42);
        DistributionMatcher matcher = new DistributionMatcher(register);
        long t1 = System.nanoTime();
        String text = distributionText(register, 3_000, 7);
        MatchResult result = null;
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            result = matcher.match(text);
            best = Math.min(best, System.nanoTime() - s);
        }
        LOG.infof("Synthetic register: %d bodies, %d aliases indexed in %d ms; %d-char text matched in %.2f ms (best of %d): "
                + "%d matches, %d unplaced", bodies, bodies * 3, (t1 - t0) / 1_000_000, text.length(), best / 1e6, runs,
                result.matches().size(), result.unmatched().size());
    }

    private static String name(Random random, List<String> rare) {
        StringBuilder sb = new StringBuilder();
        int words = 2 + random.nextInt(4);
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                sb.append(' ').append(random.nextInt(3) == 0 ? LINKS[random.nextInt(LINKS.length)] + " " : "");
            }
            String word = random.nextInt(3) == 0 || w == words - 1 ? rare.get(random.nextInt(rare.size()))
                    : COMMON[random.nextInt(COMMON.length)];
            sb.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return sb.toString();
    }

    private static String word(Random random) {
        String consonants = "bcdfghjklmnprstvz";
        String vowels = "aeiou";
        StringBuilder sb = new StringBuilder();
        int syllables = 2 + random.nextInt(3);
        for (int s = 0; s < syllables; s++) {
            sb.append(consonants.charAt(random.nextInt(consonants.length()))).append(vowels.charAt(random.nextInt(vowels.length())));
        }
        return sb.toString();
    }

    private static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split(" ")) {
            if (Character.isUpperCase(w.charAt(0))) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }
}
