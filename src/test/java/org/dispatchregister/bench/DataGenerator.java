package org.dispatchregister.bench;

import org.dispatchregister.common.TextFold;
import org.dispatchregister.recipients.SearchKeys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Fills an empty, migrated Dispatch Register database with ten years of plausible data for the
 * benchmark: recipients (with a hierarchy), aliases, lists, statements, dispatches with a
 * Zipf-like skew (one clearly busiest recipient), and replies. Deterministic for a seed; batched
 * JDBC inserts with explicit ids, after which every sequence is moved past the highest id so the
 * app's own pooled ids (blocks of 50) never collide.
 *
 * <pre>java -cp target/test-classes:target/quarkus-app/lib/main/* org.dispatchregister.bench.DataGenerator
 *     [--scale 1.0] [--jdbc-url jdbc:h2:file:./bench/work/register] [--user sa] [--password ""]
 *     [--seed 42] [--facts bench/work/facts.properties]</pre>
 *
 * Besides the rows it writes a facts file (ids the benchmark needs: busiest recipient, the big
 * list, statements with no dispatch yet, ...) and a matcher text built from register names.
 */
public final class DataGenerator {

    static final LocalDate PERIOD_START = LocalDate.of(2016, 11, 1);
    public static final LocalDate PERIOD_END = LocalDate.of(2026, 10, 31);
    private static final int BATCH = 1000;
    private static final String[] KIND_CODES = {"STATEMENT", "APPEAL", "NOTE_VERBALE", "LETTER", "SPECIAL_REPORT",
        "PRESS_RELEASE", "REPLY_TO_REPORT"};
    private static final String[] KIND_NAMES = {"Public statement", "Appeal", "Note verbale", "Letter", "Special report",
        "Press release", "Reply to a report"};
    private static final boolean[] KIND_REPLY = {false, true, true, true, false, false, false};
    private static final int[] KIND_WEIGHTS = {35, 15, 15, 20, 5, 7, 3};
    private static final String[] CHANNELS = {"EMAIL", "EMAIL", "EMAIL", "EMAIL", "EMAIL", "EMAIL", "EMAIL", "POST",
        "COURIER", "VIA_EMBASSY", "ONLINE", "FAX", "HAND_DELIVERY"};
    private static final String[] REPLY_KINDS = {"ACKNOWLEDGEMENT", "SUBSTANTIVE", "SUBSTANTIVE", "SUBSTANTIVE",
        "HOLDING", "REFUSAL", "FORWARDED"};

    /** How many rows of each kind, at scale 1 the figures of issue 7. */
    record Sizes(int recipients, int parents, int children, int aliases, int lists, int bigList, int statements,
            int spareStatements, int drafts, int dispatches, int replies) {
        static Sizes at(double s) {
            return new Sizes(atLeast(10_000, s, 60), atLeast(200, s, 3), atLeast(2_000, s, 10), atLeast(30_000, s, 100),
                    atLeast(500, s, 12), atLeast(5_000, s, 20), atLeast(5_000, s, 80), atLeast(1_000, s, 40),
                    atLeast(50, s, 2), atLeast(200_000, s, 500), atLeast(60_000, s, 100));
        }

        Sizes withBigList(int size) {
            return new Sizes(recipients, parents, children, aliases, lists, size, statements, spareStatements, drafts,
                    dispatches, replies);
        }

        private static int atLeast(int full, double scale, int min) {
            return Math.max(min, (int) Math.round(full * scale));
        }
    }

    private final Connection db;
    private final SplittableRandom random;
    private final Sizes sizes;
    private final Map<String, Long> categoryIds = new LinkedHashMap<>();
    private final Map<String, long[]> kinds = new LinkedHashMap<>(); // code -> {id, replyExpected, replyDays}
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final Properties facts = new Properties();

    // recipients, index i has id i + 1
    private String[] names;
    private String[] acronyms;
    private boolean[] active;
    private int[] countryOf;
    // statements, index j has id j + 1, in date order; the first dispatchedStatements carry dispatches
    private LocalDate[] issuedOn;
    private int[] kindOf;
    private int dispatchedStatements;

    private DataGenerator(Connection db, long seed, Sizes sizes) {
        this.db = db;
        this.random = new SplittableRandom(seed);
        this.sizes = sizes;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        double scale = Double.parseDouble(opts.getOrDefault("scale", "1.0"));
        String url = opts.getOrDefault("jdbc-url", "jdbc:h2:file:./bench/work/register");
        Path factsFile = Path.of(opts.getOrDefault("facts", "bench/work/facts.properties"));
        long seed = Long.parseLong(opts.getOrDefault("seed", "42"));
        long start = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url, opts.getOrDefault("user", "sa"), opts.getOrDefault("password", ""))) {
            db.setAutoCommit(false);
            Sizes sizes = Sizes.at(scale);
            if (opts.containsKey("big-list")) {
                // The crash test wants the real 5,000-recipient list on a smaller register.
                sizes = sizes.withBigList(Integer.parseInt(opts.get("big-list")));
            }
            DataGenerator generator = new DataGenerator(db, seed, sizes);
            try {
                generator.run(factsFile);
            } catch (SQLException e) {
                // One line, not H2's chained batch exceptions (one per row).
                System.err.println("Generation failed: " + e.getMessage());
                System.exit(1);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("Generated at scale %s in %.1f s (seed %d, %s)%n", scale, seconds, seed, url);
            generator.counts.forEach((table, n) -> System.out.printf("  %-18s %,10d%n", table, n));
            System.out.println("Facts: " + factsFile);
        }
    }

    public static Map<String, String> options(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Expected --name value pairs, got: " + String.join(" ", args));
            }
            opts.put(args[i].substring(2), args[++i]);
        }
        return opts;
    }

    /** Generates into an open connection (auto-commit off); returns the facts also written to factsFile. */
    static Properties generate(Connection db, long seed, Sizes sizes, Path factsFile) throws SQLException, IOException {
        DataGenerator generator = new DataGenerator(db, seed, sizes);
        generator.run(factsFile);
        return generator.facts;
    }

    /**
     * Only the register (bodies with their hierarchy and aliases) of {@code recipients} bodies into a database with no
     * recipient yet, for tests that need a register of production size but no correspondence (the CSV round trip).
     */
    public static void registerOnly(Connection db, long seed, int recipients) throws SQLException {
        DataGenerator generator = new DataGenerator(db, seed,
                new Sizes(recipients, recipients / 50, recipients / 5, recipients * 3, 0, 0, 0, 0, 0, 0, 0));
        if (generator.count("recipient") > 0) {
            throw new IllegalStateException("The database already holds recipients: generate into a fresh register");
        }
        generator.ensureCategories();
        generator.recipients();
        generator.advanceSequences();
    }

    private void run(Path factsFile) throws SQLException, IOException {
        if (count("recipient") > 0 || count("dispatch") > 0) {
            throw new IllegalStateException("The database already holds recipients or dispatches: generate into a fresh one");
        }
        ensureCategories();
        ensureKinds();
        recipients();
        lists();
        statements();
        dispatchesAndReplies();
        advanceSequences();
        for (String table : List.of("category", "statement_kind", "recipient", "recipient_alias", "distribution_list",
                "list_member", "statement", "dispatch", "reply")) {
            counts.put(table, count(table));
            facts.setProperty("count." + table, Long.toString(counts.get(table)));
        }
        writeMatcherText(factsFile.resolveSibling("matcher-text.txt"));
        Files.createDirectories(factsFile.toAbsolutePath().getParent());
        try (var out = Files.newBufferedWriter(factsFile, StandardCharsets.UTF_8)) {
            facts.store(out, "Written by DataGenerator: ids the benchmark uses");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Reference tables: seeded by the app's migrations; filled here only when missing.

    private void ensureCategories() throws SQLException {
        readCodes("select code, id from category", categoryIds);
        long next = maxId("category") + 1;
        try (PreparedStatement ps = db.prepareStatement(
                "insert into category (id, code, name, sort_order, version) values (?, ?, ?, ?, 0)")) {
            for (int i = 0; i < Names.CATEGORY_CODES.length; i++) {
                if (!categoryIds.containsKey(Names.CATEGORY_CODES[i])) {
                    long id = next++;
                    ps.setLong(1, id);
                    ps.setString(2, Names.CATEGORY_CODES[i]);
                    ps.setString(3, Names.CATEGORY_NAMES[i]);
                    ps.setInt(4, (i + 1) * 10);
                    ps.executeUpdate();
                    categoryIds.put(Names.CATEGORY_CODES[i], id);
                }
            }
        }
        db.commit();
    }

    private void ensureKinds() throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        readCodes("select code, id from statement_kind", ids);
        long next = maxId("statement_kind") + 1;
        try (PreparedStatement ps = db.prepareStatement("insert into statement_kind (id, code, name, reply_expected,"
                + " reply_days, sort_order, active, version) values (?, ?, ?, ?, ?, ?, true, 0)")) {
            for (int i = 0; i < KIND_CODES.length; i++) {
                if (!ids.containsKey(KIND_CODES[i])) {
                    long id = next++;
                    ps.setLong(1, id);
                    ps.setString(2, KIND_CODES[i]);
                    ps.setString(3, KIND_NAMES[i]);
                    ps.setBoolean(4, KIND_REPLY[i]);
                    if (KIND_REPLY[i]) {
                        ps.setInt(5, 30);
                    } else {
                        ps.setNull(5, Types.INTEGER);
                    }
                    ps.setInt(6, (i + 1) * 10);
                    ps.executeUpdate();
                    ids.put(KIND_CODES[i], id);
                }
            }
        }
        db.commit();
        for (String code : KIND_CODES) {
            try (PreparedStatement ps = db.prepareStatement("select reply_expected, reply_days from statement_kind where code = ?")) {
                ps.setString(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    int days = rs.getInt(2);
                    kinds.put(code, new long[] {ids.get(code), rs.getBoolean(1) ? 1 : 0, rs.wasNull() ? 30 : days});
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Recipients and aliases

    private void recipients() throws SQLException {
        int n = sizes.recipients();
        names = new String[n];
        acronyms = new String[n];
        active = new boolean[n];
        countryOf = new int[n];
        int[] category = new int[n];
        int[] parent = new int[n];
        Set<String> usedNames = new HashSet<>();
        Set<String> usedKeys = new HashSet<>();
        // The first `parents` rows are organisations with offices; the next `children` rows are those offices.
        for (int i = 0; i < n; i++) {
            parent[i] = -1;
            countryOf[i] = random.nextInt(Names.COUNTRIES.length);
            String[] country = Names.COUNTRIES[countryOf[i]];
            String name;
            if (i >= sizes.parents() && i < sizes.parents() + sizes.children()) {
                parent[i] = zipfIndex(sizes.parents(), 1.0);
                category[i] = category[parent[i]];
                countryOf[i] = countryOf[parent[i]];
                name = Names.unitName(names[parent[i]], random);
            } else {
                category[i] = Names.pickCategory(random);
                name = Names.bodyName(category[i], country, random);
            }
            name = unique(name, usedNames, country);
            names[i] = name;
            active[i] = random.nextInt(100) >= 3;
            if (random.nextInt(100) < 40) {
                acronyms[i] = uniqueAcronym(Names.initials(name), country[2], usedKeys);
            }
        }
        long now = System.currentTimeMillis();
        int[] aliasCounts = spread(sizes.aliases(), n, 8);
        try (PreparedStatement r = db.prepareStatement("insert into recipient (id, name, acronym, acronym_key, category_id,"
                + " parent_id, country, city, postal_address, emails, phone, website, addressee_line, preferred_channel,"
                + " working_language, notes, collective, active, merged_into_id, search_text, sort_name, created_at,"
                + " updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?, null, ?, ?, ?, ?, 0)");
                PreparedStatement a = db.prepareStatement(
                        "insert into recipient_alias (id, recipient_id, alias, alias_key) values (?, ?, ?, ?)")) {
            long aliasId = 1;
            for (int i = 0; i < n; i++) {
                String[] country = Names.COUNTRIES[countryOf[i]];
                List<String> aliases = pickAliases(i, aliasCounts[i], country);
                r.setLong(1, i + 1);
                r.setString(2, names[i]);
                r.setString(3, acronyms[i]);
                r.setString(4, SearchKeys.acronymKey(acronyms[i]));
                r.setLong(5, categoryIds.get(Names.CATEGORY_CODES[category[i]]));
                if (parent[i] < 0) {
                    r.setNull(6, Types.BIGINT);
                } else {
                    r.setLong(6, parent[i] + 1);
                }
                r.setString(7, country[0]);
                r.setString(8, country[1]);
                r.setString(9, (i % 97 + 1) + " Avenue of Nations, " + country[1] + ", " + country[0]);
                r.setString(10, "office" + (i + 1) + "@" + country[2].toLowerCase() + ".example.org");
                r.setString(11, "+1 555 " + (1000 + i % 9000));
                r.setString(12, "https://body" + (i + 1) + ".example.org");
                r.setString(13, parent[i] < 0 ? "The Head of " + names[i] : null);
                r.setString(14, i % 10 == 0 ? "POST" : "EMAIL");
                r.setString(15, i % 3 == 0 ? "French" : "English");
                r.setBoolean(16, category[i] == 3 && i % 20 == 0);
                r.setBoolean(17, active[i]);
                r.setString(18, SearchKeys.searchText(names[i], acronyms[i], aliases));
                r.setString(19, SearchKeys.sortName(names[i]));
                Timestamp created = new Timestamp(now - (long) random.nextInt(3650) * 86_400_000L);
                r.setTimestamp(20, created);
                r.setTimestamp(21, created);
                r.addBatch();
                for (String alias : aliases) {
                    a.setLong(1, aliasId++);
                    a.setLong(2, i + 1);
                    a.setString(3, alias);
                    a.setString(4, SearchKeys.aliasKey(alias));
                    a.addBatch();
                }
                if (i % BATCH == BATCH - 1) {
                    r.executeBatch();
                    a.executeBatch();
                }
            }
            r.executeBatch();
            a.executeBatch();
        }
        db.commit();
    }

    private List<String> pickAliases(int i, int howMany, String[] country) {
        List<String> candidates = Names.aliasCandidates(names[i], acronyms[i], country, random);
        Set<String> seen = new HashSet<>(List.of(TextFold.fold(names[i]), TextFold.fold(acronyms[i])));
        List<String> out = new ArrayList<>();
        for (String c : candidates) {
            if (out.size() >= howMany) {
                break;
            }
            String trimmed = truncate(c, 300);
            if (seen.add(TextFold.fold(trimmed))) {
                out.add(trimmed);
            }
        }
        return out;
    }

    private String unique(String name, Set<String> used, String[] country) {
        String candidate = truncate(name, 300);
        for (int attempt = 2; !used.add(TextFold.fold(candidate)); attempt++) {
            candidate = truncate(name, 280) + (attempt == 2 ? " (" + country[1] + ")" : " (" + country[1] + " " + attempt + ")");
        }
        return candidate;
    }

    private static String uniqueAcronym(String initials, String countryCode, Set<String> usedKeys) {
        if (initials == null) {
            return null;
        }
        String candidate = initials;
        for (int i = 2; !usedKeys.add(TextFold.acronymKey(candidate)); i++) {
            candidate = i == 2 ? initials + "-" + countryCode : initials + "-" + countryCode + i;
        }
        return candidate;
    }

    // ---------------------------------------------------------------------------------------------
    // Distribution lists: one big flat list for the dispatch benchmark, the rest small or medium,
    // some with nested lists (always of a later list, so nesting never cycles).

    private void lists() throws SQLException {
        int lists = sizes.lists();
        List<Integer> activeRecipients = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (active[i]) {
                activeRecipients.add(i);
            }
        }
        int bigSize = Math.min(sizes.bigList(), activeRecipients.size());
        List<Long> small = new ArrayList<>();
        long memberId = 1;
        Timestamp now = new Timestamp(System.currentTimeMillis());
        // Members point at lists, nested members at later lists: every list goes in first.
        List<long[]> members = new ArrayList<>(); // {list, recipient or 0, nested list or 0}
        try (PreparedStatement l = db.prepareStatement("insert into distribution_list (id, name, description, active,"
                + " created_at, updated_at, version) values (?, ?, ?, true, ?, ?, 0)")) {
            for (int k = 0; k < lists; k++) {
                long listId = k + 1;
                int size = k == 0 ? bigSize : Math.min(activeRecipients.size(), 2 + (int) Math.exp(random.nextDouble() * 5.3));
                l.setLong(1, listId);
                l.setString(2, k == 0 ? "Benchmark: " + bigSize + " recipients" : listName(k));
                l.setString(3, k == 0 ? "Every active body of the generated register, for the dispatch benchmark" : null);
                l.setTimestamp(4, now);
                l.setTimestamp(5, now);
                l.addBatch();
                for (int idx : sample(activeRecipients, size)) {
                    members.add(new long[] {listId, idx + 1L, 0});
                }
                boolean nested = k > 0 && k < lists - 3 && random.nextInt(10) == 0;
                if (nested) {
                    members.add(new long[] {listId, 0, k + 2L + random.nextInt(lists - k - 1)});
                } else if (k > 0 && size <= 20) {
                    small.add(listId);
                }
            }
            l.executeBatch();
        }
        try (PreparedStatement m = db.prepareStatement("insert into list_member (id, list_id, recipient_id,"
                + " member_list_id, added_at) values (?, ?, ?, ?, ?)")) {
            for (long[] member : members) {
                m.setLong(1, memberId++);
                m.setLong(2, member[0]);
                if (member[1] > 0) {
                    m.setLong(3, member[1]);
                    m.setNull(4, Types.BIGINT);
                } else {
                    m.setNull(3, Types.BIGINT);
                    m.setLong(4, member[2]);
                }
                m.setTimestamp(5, now);
                m.addBatch();
                if (memberId % BATCH == 0) {
                    m.executeBatch();
                }
            }
            m.executeBatch();
        }
        db.commit();
        facts.setProperty("bigListId", "1");
        facts.setProperty("bigListSize", Integer.toString(bigSize));
        facts.setProperty("smallListIds", join(small));
    }

    private static String listName(int k) {
        String[] kinds = {"Standard international distribution", "Ombudsman associations", "Embassies in the capital",
            "UN special procedures", "NGO partners", "Regional organisations", "Press and media", "Diaspora"};
        return kinds[k % kinds.length] + " " + (k / kinds.length + 1);
    }

    // ---------------------------------------------------------------------------------------------
    // Statements: spread over ten years in date order; the newest ones (and the drafts) have no
    // dispatch yet, for the benchmark's own dispatches.

    private void statements() throws SQLException {
        int total = sizes.statements();
        int drafts = sizes.drafts();
        int spares = Math.min(sizes.spareStatements(), total / 3);
        dispatchedStatements = total - spares - drafts;
        issuedOn = new LocalDate[total];
        kindOf = new int[total];
        long days = PERIOD_END.toEpochDay() - PERIOD_START.toEpochDay();
        long[] epochDays = new long[dispatchedStatements];
        for (int j = 0; j < dispatchedStatements; j++) {
            epochDays[j] = PERIOD_START.toEpochDay() + random.nextLong(days - 60);
        }
        Arrays.sort(epochDays);
        Map<Integer, Integer> perYear = new HashMap<>();
        List<Long> spareIds = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("insert into statement (id, kind_id, title, reference, issued_on,"
                + " place, signatory, language, summary, full_text, topics, in_response_to, response_reference,"
                + " response_date, status, created_at, updated_at, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null, null, ?, ?, ?, 0)")) {
            for (int j = 0; j < total; j++) {
                boolean draft = j >= total - drafts;
                boolean spare = j >= dispatchedStatements && !draft;
                LocalDate date = j < dispatchedStatements ? LocalDate.ofEpochDay(epochDays[j])
                        : PERIOD_END.minusDays(random.nextInt(30));
                issuedOn[j] = draft ? null : date;
                kindOf[j] = pickKind();
                String topic = Names.TOPICS[random.nextInt(Names.TOPICS.length)];
                String kindName = KIND_NAMES[kindOf[j]];
                ps.setLong(1, j + 1L);
                ps.setLong(2, kinds.get(KIND_CODES[kindOf[j]])[0]);
                ps.setString(3, (spare ? "Benchmark spare: " : "") + kindName + " on " + topic + " no. " + (j + 1));
                if (draft) {
                    ps.setNull(4, Types.VARCHAR);
                    ps.setNull(5, Types.DATE);
                } else {
                    int seq = perYear.merge(date.getYear(), 1, Integer::sum);
                    ps.setString(4, String.format("%04d/%02d", seq, date.getYear() % 100));
                    ps.setDate(5, Date.valueOf(date));
                }
                ps.setString(6, "Baku");
                ps.setString(7, "The Commissioner for Human Rights");
                ps.setString(8, "English");
                ps.setString(9, "The Commissioner addresses " + topic + " and calls on the addressees to act.");
                ps.setString(10, fullText(topic, j));
                ps.setString(11, topic);
                ps.setString(12, draft ? "DRAFT" : "ISSUED");
                Timestamp created = Timestamp.valueOf((draft ? PERIOD_END : date).atTime(9, 0));
                ps.setTimestamp(13, created);
                ps.setTimestamp(14, created);
                ps.addBatch();
                if (spare) {
                    spareIds.add(j + 1L);
                }
                if (j % BATCH == BATCH - 1) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        // The app's reference counter continues after the numbers handed out here.
        try (PreparedStatement del = db.prepareStatement("delete from reference_counter where counter_year = ?");
                PreparedStatement ins = db.prepareStatement("insert into reference_counter (counter_year, last_value) values (?, ?)")) {
            for (var e : perYear.entrySet()) {
                del.setInt(1, e.getKey());
                del.executeUpdate();
                ins.setInt(1, e.getKey());
                ins.setInt(2, e.getValue());
                ins.executeUpdate();
            }
        }
        db.commit();
        facts.setProperty("spareStatementIds", join(spareIds));
    }

    private int pickKind() {
        int roll = random.nextInt(100);
        for (int k = 0; k < KIND_WEIGHTS.length; k++) {
            roll -= KIND_WEIGHTS[k];
            if (roll < 0) {
                return k;
            }
        }
        return 0;
    }

    private static String fullText(String topic, int j) {
        return "The Commissioner for Human Rights (Ombudsman) expresses deep concern about " + topic
                + " and recalls the obligations of all parties under international humanitarian law. Statement "
                + (j + 1) + " was sent to the UN Secretary-General, the OSCE, the Council of Europe and the"
                + " ombudsman institutions of the region.";
    }

    // ---------------------------------------------------------------------------------------------
    // Dispatches and replies. How many dispatches each recipient receives follows a Zipf-like curve
    // (one clearly busiest body, a few with thousands, most with a handful); which statements they
    // receive is weighted by a per-statement breadth, so statement sizes are skewed as well.

    private void dispatchesAndReplies() throws SQLException {
        int n = names.length;
        int s = dispatchedStatements;
        int[] perRecipient = perRecipientTargets(n, s, sizes.dispatches());
        int[] rank = permutation(n);
        for (int r = 1; r < n && !active[rank[0]]; r++) {
            // The busiest body is an active one, as in life.
            int t = rank[0];
            rank[0] = rank[r];
            rank[r] = t;
        }
        double[] breadth = new double[s];
        for (int j = 0; j < s; j++) {
            breadth[j] = Math.exp(random.nextGaussian() * 1.2);
        }
        // Recipient-major assignment, then grouped per statement (compressed rows) for date-ordered ids.
        int[] statementCount = new int[s];
        List<int[]> assigned = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            int[] chosen = weightedDistinct(breadth, perRecipient[r]);
            assigned.add(chosen);
            for (int j : chosen) {
                statementCount[j]++;
            }
        }
        int[] offset = new int[s + 1];
        for (int j = 0; j < s; j++) {
            offset[j + 1] = offset[j] + statementCount[j];
        }
        int total = offset[s];
        int[] recipientOf = new int[total];
        int[] fill = Arrays.copyOf(offset, s);
        for (int r = 0; r < n; r++) {
            for (int j : assigned.get(r)) {
                recipientOf[fill[j]++] = rank[r];
            }
        }
        int[] statementOf = new int[total];
        for (int j = 0; j < s; j++) {
            Arrays.fill(statementOf, offset[j], offset[j + 1], j);
        }
        // Which dispatches get a reply: mostly those where one is expected.
        BitSet replied = chooseReplied(statementOf, Math.min(sizes.replies() - unlinkedReplies(), total / 2));
        int[] received = new int[n];
        long[] dispatchDays = new long[total];
        try (PreparedStatement ps = db.prepareStatement("insert into dispatch (id, statement_id, recipient_id, via_list_id,"
                + " channel, status, sent_on, delivered_on, acknowledged_on, reply_expected, reply_due_on, note,"
                + " follow_up_of_id, letter_text, created_at, created_by, updated_at, version)"
                + " values (?, ?, ?, null, ?, ?, ?, ?, null, ?, ?, null, null, null, ?, 'bench', ?, 0)")) {
            for (int d = 0; d < total; d++) {
                int j = statementOf[d];
                long[] kind = kinds.get(KIND_CODES[kindOf[j]]);
                boolean expected = kind[1] == 1;
                LocalDate sent = issuedOn[j].plusDays(random.nextInt(3));
                dispatchDays[d] = sent.toEpochDay();
                received[recipientOf[d]]++;
                ps.setLong(1, d + 1L);
                ps.setLong(2, j + 1L);
                ps.setLong(3, recipientOf[d] + 1L);
                ps.setString(4, CHANNELS[random.nextInt(CHANNELS.length)]);
                ps.setString(5, replied.get(d) ? "REPLIED" : random.nextInt(100) == 0 ? "RETURNED" : "SENT");
                ps.setDate(6, Date.valueOf(sent));
                ps.setDate(7, random.nextBoolean() ? Date.valueOf(sent.plusDays(1 + random.nextInt(7))) : null);
                ps.setBoolean(8, expected);
                ps.setDate(9, expected ? Date.valueOf(sent.plusDays(kind[2])) : null);
                Timestamp created = Timestamp.valueOf(sent.atTime(10, 0));
                ps.setTimestamp(10, created);
                ps.setTimestamp(11, created);
                ps.addBatch();
                if (d % BATCH == BATCH - 1) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        db.commit();
        replies(replied, statementOf, recipientOf, dispatchDays);
        int busiest = 0;
        for (int r = 1; r < n; r++) {
            if (received[r] > received[busiest]) {
                busiest = r;
            }
        }
        int[] sorted = received.clone();
        Arrays.sort(sorted);
        facts.setProperty("busiestRecipientId", Integer.toString(busiest + 1));
        facts.setProperty("busiestRecipientDispatches", Integer.toString(received[busiest]));
        facts.setProperty("secondBusiestDispatches", Integer.toString(sorted[n - 2]));
        facts.setProperty("medianRecipientDispatches", Integer.toString(sorted[n / 2]));
        facts.setProperty("recipientIdsForPages", join(sampleIds(n, 200)));
        // Dispatches the load test may answer: expected a reply and have none.
        List<Long> open = new ArrayList<>();
        for (int d = total - 1; d >= 0 && open.size() < Math.max(200, sizes.replies() / 20); d--) {
            if (!replied.get(d) && kinds.get(KIND_CODES[kindOf[statementOf[d]]])[1] == 1) {
                open.add(d + 1L);
            }
        }
        facts.setProperty("openDispatchIds", join(open));
    }

    /** Target dispatches per recipient rank: a steep head (A/rank) on a gentler tail (B/sqrt(rank)). */
    static int[] perRecipientTargets(int n, int statements, int dispatches) {
        double cap = Math.floor(statements * 0.9);
        double a = statements * 0.7;
        double h1 = 0;
        double h05 = 0;
        for (int r = 1; r <= n; r++) {
            h1 += 1.0 / r;
            h05 += 1.0 / Math.sqrt(r);
        }
        double b = Math.max(0, (dispatches - a * h1) / h05);
        double[] want = new double[n];
        for (int r = 0; r < n; r++) {
            want[r] = a / (r + 1) + b / Math.sqrt(r + 1);
        }
        // Nobody can receive more statements than exist: cap, and give the excess to the others.
        for (int round = 0; round < 20; round++) {
            double excess = 0;
            double free = 0;
            for (int r = 0; r < n; r++) {
                if (want[r] > cap) {
                    excess += want[r] - cap;
                    want[r] = cap;
                } else if (want[r] < cap) {
                    free += want[r];
                }
            }
            if (excess < 0.5 || free == 0) {
                break;
            }
            double factor = 1 + excess / free;
            for (int r = 0; r < n; r++) {
                if (want[r] < cap) {
                    want[r] *= factor;
                }
            }
        }
        int[] out = new int[n];
        long sum = 0;
        for (int r = 0; r < n; r++) {
            out[r] = (int) Math.min(cap, Math.floor(want[r]));
            sum += out[r];
        }
        // Hand out the rounding remainder from the tail up, so the head keeps its shape.
        for (int r = n - 1; sum < dispatches && r >= 0; r = r == 0 ? n - 1 : r - 1) {
            if (out[r] < cap) {
                out[r]++;
                sum++;
            }
            if (r == 0 && sum < dispatches && Arrays.stream(out).allMatch(x -> x >= cap)) {
                break;
            }
        }
        return out;
    }

    /** k distinct indices drawn with probability proportional to weight (Efraimidis-Spirakis keys). */
    private int[] weightedDistinct(double[] weight, int k) {
        int s = weight.length;
        if (k <= 0) {
            return new int[0];
        }
        if (k * 8 < s) {
            Set<Integer> chosen = new HashSet<>();
            double[] cumulative = cumulative(weight);
            for (int attempt = 0; chosen.size() < k && attempt < 50 * k; attempt++) {
                chosen.add(pick(cumulative));
            }
            if (chosen.size() == k) {
                return chosen.stream().mapToInt(Integer::intValue).toArray();
            }
        }
        double[] keys = new double[s];
        Integer[] idx = new Integer[s];
        for (int j = 0; j < s; j++) {
            keys[j] = Math.log(random.nextDouble() + Double.MIN_VALUE) / weight[j];
            idx[j] = j;
        }
        Arrays.sort(idx, (x, y) -> Double.compare(keys[y], keys[x]));
        int[] out = new int[Math.min(k, s)];
        for (int i = 0; i < out.length; i++) {
            out[i] = idx[i];
        }
        return out;
    }

    private double[] cumulativeCache;
    private double[] cumulativeOf;

    private double[] cumulative(double[] weight) {
        if (cumulativeOf != weight) {
            cumulativeCache = new double[weight.length];
            double sum = 0;
            for (int j = 0; j < weight.length; j++) {
                sum += weight[j];
                cumulativeCache[j] = sum;
            }
            cumulativeOf = weight;
        }
        return cumulativeCache;
    }

    private int pick(double[] cumulative) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int at = Arrays.binarySearch(cumulative, x);
        return Math.min(cumulative.length - 1, at >= 0 ? at : -at - 1);
    }

    private BitSet chooseReplied(int[] statementOf, int howMany) {
        BitSet replied = new BitSet(statementOf.length);
        int[] order = permutation(statementOf.length);
        int fromExpected = howMany * 85 / 100;
        int taken = 0;
        for (int i = 0; i < order.length && taken < fromExpected; i++) {
            if (kinds.get(KIND_CODES[kindOf[statementOf[order[i]]]])[1] == 1) {
                replied.set(order[i]);
                taken++;
            }
        }
        for (int i = order.length - 1; i >= 0 && taken < howMany; i--) {
            if (!replied.get(order[i])) {
                replied.set(order[i]);
                taken++;
            }
        }
        return replied;
    }

    private void replies(BitSet replied, int[] statementOf, int[] recipientOf, long[] dispatchDays) throws SQLException {
        int unlinked = unlinkedReplies();
        long lastDay = PERIOD_END.toEpochDay();
        try (PreparedStatement ps = db.prepareStatement("insert into reply (id, dispatch_id, recipient_id, statement_id,"
                + " received_on, their_reference, kind, summary, created_at, created_by, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', 0)")) {
            long id = 1;
            for (int d = replied.nextSetBit(0); d >= 0; d = replied.nextSetBit(d + 1)) {
                LocalDate on = LocalDate.ofEpochDay(Math.min(lastDay, dispatchDays[d] + 3 + random.nextInt(90)));
                ps.setLong(1, id++);
                ps.setLong(2, d + 1L);
                ps.setLong(3, recipientOf[d] + 1L);
                ps.setLong(4, statementOf[d] + 1L);
                bindReply(ps, on, id);
                if (id % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            // Letters that arrived but are not linked to what they answer yet.
            for (int u = 0; u < unlinked; u++) {
                ps.setLong(1, id++);
                ps.setNull(2, Types.BIGINT);
                ps.setLong(3, random.nextInt(names.length) + 1L);
                ps.setNull(4, Types.BIGINT);
                bindReply(ps, PERIOD_END.minusDays(random.nextInt(365)), id);
            }
            ps.executeBatch();
        }
        db.commit();
    }

    /** Letters that arrived but are not linked to a dispatch yet: 2 % of the replies. */
    private int unlinkedReplies() {
        return Math.max(1, sizes.replies() / 50);
    }

    private void bindReply(PreparedStatement ps, LocalDate on, long id) throws SQLException {
        ps.setDate(5, Date.valueOf(on));
        ps.setString(6, random.nextInt(3) == 0 ? null : "R-" + on.getYear() + "/" + id);
        ps.setString(7, REPLY_KINDS[random.nextInt(REPLY_KINDS.length)]);
        ps.setString(8, "Reply received " + on + "; the body takes note and will respond in due course.");
        ps.setTimestamp(9, Timestamp.valueOf(on.atTime(14, 0)));
        ps.addBatch();
    }

    // ---------------------------------------------------------------------------------------------

    private void advanceSequences() throws SQLException {
        String[][] seqs = {{"category", "category_seq"}, {"statement_kind", "statement_kind_seq"},
            {"recipient", "recipient_seq"}, {"recipient_alias", "recipient_alias_seq"},
            {"distribution_list", "distribution_list_seq"}, {"list_member", "list_member_seq"},
            {"statement", "statement_seq"}, {"dispatch", "dispatch_seq"}, {"reply", "reply_seq"}};
        try (Statement st = db.createStatement()) {
            for (String[] t : seqs) {
                // Hibernate's pooled optimizer uses the block (value - 49 .. value]: restarting at
                // max + 100 keeps even the first block above every generated id.
                st.execute("alter sequence " + t[1] + " restart with " + (maxId(t[0]) + 100));
            }
        }
        db.commit();
    }

    private void writeMatcherText(Path file) throws IOException {
        StringBuilder text = new StringBuilder("The statement was sent to ");
        while (text.length() < 3000) {
            int i = random.nextInt(names.length);
            text.append(acronyms[i] != null && random.nextBoolean() ? names[i] + " (" + acronyms[i] + ")" : names[i]);
            text.append(random.nextInt(6) == 0 ? ";\n" : ", ");
        }
        text.setLength(2990);
        text.append(" and others.");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        facts.setProperty("matcherTextFile", file.toString());
        facts.setProperty("searchWords", Arrays.stream(Names.COUNTRIES).limit(12).map(c -> TextFold.fold(c[0]).split(" ")[0])
                .collect(Collectors.joining(",")) + ",ombudsman,embassy,committee,helsinki");
    }

    // ---------------------------------------------------------------------------------------------
    // Small helpers

    /** Spreads total over n slots, each 0..max, randomly but summing to total when possible. */
    private int[] spread(int total, int n, int max) {
        int[] out = new int[n];
        int left = Math.min(total, n * max);
        int base = left / n;
        Arrays.fill(out, base);
        left -= base * n;
        for (int i = 0; i < n; i++) {
            int swing = Math.min(base, random.nextInt(base + 1));
            int j = random.nextInt(n);
            if (out[j] + swing <= max && out[i] - swing >= 0) {
                out[i] -= swing;
                out[j] += swing;
            }
        }
        for (int guard = 0; left > 0 && guard < n * (max + 1) * 4; guard++) {
            int j = random.nextInt(n);
            if (out[j] < max) {
                out[j]++;
                left--;
            }
        }
        return out;
    }

    private int zipfIndex(int n, double exponent) {
        double[] c = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1 / Math.pow(i + 1, exponent);
            c[i] = sum;
        }
        return pick(c);
    }

    private int[] permutation(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    private int[] sample(List<Integer> from, int k) {
        int[] p = permutation(from.size());
        int[] out = new int[Math.min(k, from.size())];
        for (int i = 0; i < out.length; i++) {
            out[i] = from.get(p[i]);
        }
        return out;
    }

    private List<Long> sampleIds(int n, int k) {
        int[] p = permutation(n);
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < Math.min(k, n); i++) {
            out.add(p[i] + 1L);
        }
        return out;
    }

    private void readCodes(String sql, Map<String, Long> into) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                into.put(rs.getString(1), rs.getLong(2));
            }
        }
    }

    private long count(String table) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long maxId(String table) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("select coalesce(max(id), 0) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
