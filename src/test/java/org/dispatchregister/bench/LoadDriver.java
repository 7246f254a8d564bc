package org.dispatchregister.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Mixed load: N signed-in sessions (a fixed pool of threads, one per session) browse list pages,
 * search, open recipient pages, record replies and dispatch statements to small lists for a fixed
 * time. Every acknowledged write is written down; {@code verify} later opens the database (app
 * stopped) and checks that each one is there, by count and checksum.
 *
 * <pre>LoadDriver load --base URL --password P --facts F --clients 50 --seconds 60 --acks FILE --out FILE
 * LoadDriver verify --jdbc-url URL --acks FILE --out FILE</pre>
 */
public final class LoadDriver {

    enum Op {
        LIST_PAGE, SEARCH, RECIPIENT_PAGE, DASHBOARD, REPLY, DISPATCH
    }

    private final Map<Op, Set<String>> unavailable = new ConcurrentHashMap<>();
    private final Map<Op, ConcurrentLinkedQueue<Double>> latencies = new ConcurrentHashMap<>();
    private final Map<Op, AtomicLong> rejected = new ConcurrentHashMap<>();
    private final AtomicLong errors = new AtomicLong();
    private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> acks = new ConcurrentLinkedQueue<>();

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "";
        Map<String, String> opts = DataGenerator.options(Arrays.copyOfRange(args, Math.min(1, args.length), args.length));
        Path out = Path.of(opts.getOrDefault("out", "bench/work/results/load.properties"));
        Path ackFile = Path.of(opts.getOrDefault("acks", "bench/work/load-acks.tsv"));
        Map<String, String> results;
        if (mode.equals("load")) {
            results = new LoadDriver().load(opts, ackFile);
        } else if (mode.equals("verify")) {
            results = verify(opts.getOrDefault("jdbc-url", "jdbc:h2:file:./bench/work/db/register"), ackFile);
        } else {
            throw new IllegalArgumentException("Usage: LoadDriver load|verify --name value ...");
        }
        Properties p = BenchFigures.load(out);
        p.putAll(results);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (var w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            p.store(w, "LoadDriver");
        }
        results.forEach((k, v) -> System.out.println("  " + k + " = " + v));
        if (mode.equals("verify") && !"true".equals(results.get("load.verify.pass"))) {
            System.exit(1);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Load

    private Map<String, String> load(Map<String, String> opts, Path ackFile) throws Exception {
        Properties facts = BenchFigures.load(Path.of(opts.getOrDefault("facts", "bench/work/facts.properties")));
        String base = opts.getOrDefault("base", "http://127.0.0.1:8390");
        String password = opts.get("password");
        int clients = Integer.parseInt(opts.getOrDefault("clients", "50"));
        int seconds = Integer.parseInt(opts.getOrDefault("seconds", "60"));
        List<String> spares = new ArrayList<>(Arrays.asList(facts.getProperty("spareStatementIds").split(",")));
        // The first few spare statements belong to BenchFigures (the 5,000 dispatch and its warm-up).
        List<String> loadStatements = spares.subList(Math.min(5, spares.size()), spares.size());
        List<String> open = Arrays.asList(facts.getProperty("openDispatchIds").split(","));
        List<String> smallLists = Arrays.asList(facts.getProperty("smallListIds", "").split(","));
        List<String> recipients = Arrays.asList(facts.getProperty("recipientIdsForPages").split(","));
        List<String> words = Arrays.asList(facts.getProperty("searchWords").split(","));
        int pages = Math.max(1, Integer.parseInt(facts.getProperty("count.recipient")) / 50);
        for (Op op : Op.values()) {
            latencies.put(op, new ConcurrentLinkedQueue<>());
            rejected.put(op, new AtomicLong());
        }
        // Sign-ins one after the other: they all use the admin account, whose row each sign-in updates.
        List<Http> sessions = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            sessions.add(new Http(base, "admin", password).signIn("admin", password));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            List<String> myStatements = partition(loadStatements, client, clients);
            List<String> myOpen = partition(open, client, clients);
            pool.submit(() -> runClient(client, sessions.get(client), deadline, pages, myStatements, myOpen, smallLists,
                    recipients, words));
        }
        pool.shutdown();
        if (!pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS)) {
            pool.shutdownNow();
            errors.incrementAndGet();
            errorSamples.add("clients still running 120 s after the deadline");
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        Files.createDirectories(ackFile.toAbsolutePath().getParent());
        Files.write(ackFile, new ArrayList<>(acks), StandardCharsets.UTF_8);

        Map<String, String> r = new LinkedHashMap<>();
        long total = latencies.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
        r.put("load.clients", Integer.toString(clients));
        r.put("load.seconds", BenchFigures.fmt(elapsed));
        r.put("load.requests", Long.toString(total));
        r.put("load.requestsPerSecond", BenchFigures.fmt(total / elapsed));
        r.put("load.errors", Long.toString(errors.get()));
        r.put("load.errorSamples", String.join(" | ", errorSamples.stream().limit(5).toList()));
        r.put("load.acknowledgedWrites", Integer.toString(acks.size()));
        for (Op op : Op.values()) {
            List<Double> l = new ArrayList<>(latencies.get(op));
            Collections.sort(l);
            String key = "load.op." + op.name().toLowerCase();
            r.put(key + ".count", Integer.toString(l.size()));
            r.put(key + ".p50Millis", BenchFigures.fmt(percentile(l, 50)));
            r.put(key + ".p95Millis", BenchFigures.fmt(percentile(l, 95)));
            r.put(key + ".p99Millis", BenchFigures.fmt(percentile(l, 99)));
            r.put(key + ".rejected", Long.toString(rejected.get(op).get()));
            Set<String> missing = unavailable.get(op);
            r.put(key + ".unavailable", missing == null ? "" : String.join(" ", new TreeSet<>(missing)));
        }
        return r;
    }

    private void runClient(int client, Http http, long deadline, int pages, List<String> statements, List<String> open,
            List<String> smallLists, List<String> recipients, List<String> words) {
        SplittableRandom random = new SplittableRandom(1000 + client);
        int nextStatement = 0;
        int nextOpen = 0;
        // Bounded by time and by count.
        for (int i = 0; i < 200_000 && System.nanoTime() < deadline; i++) {
            int roll = random.nextInt(100);
            Op op = roll < 35 ? Op.LIST_PAGE : roll < 55 ? Op.SEARCH : roll < 75 ? Op.RECIPIENT_PAGE
                    : roll < 85 ? Op.DASHBOARD : roll < 95 ? Op.REPLY : Op.DISPATCH;
            if (op == Op.DISPATCH && (nextStatement >= statements.size() || smallLists.get(0).isEmpty())) {
                op = Op.REPLY;
            }
            if (op == Op.REPLY && open.isEmpty()) {
                op = Op.LIST_PAGE;
            }
            if (unavailable.containsKey(op)) {
                // Not in this build: spend the turn on the list page instead, to keep the load up.
                op = Op.LIST_PAGE;
            }
            long t = System.nanoTime();
            try {
                switch (op) {
                    case LIST_PAGE -> read(op, http, "/recipients?page=" + (1 + random.nextInt(pages)), "/recipients?page=N");
                    case SEARCH -> read(op, http, "/recipients?q=" + words.get(random.nextInt(words.size())), "/recipients?q=W");
                    case RECIPIENT_PAGE -> read(op, http, "/recipients/" + recipients.get(random.nextInt(recipients.size())),
                            "/recipients/{id}");
                    case DASHBOARD -> read(op, http, "/", "/");
                    case REPLY -> reply(http, client, i, open.get(nextOpen++ % open.size()), random);
                    case DISPATCH -> dispatch(http, statements.get(nextStatement++),
                            smallLists.get(random.nextInt(smallLists.size())));
                }
            } catch (Exception e) {
                errors.incrementAndGet();
                errorSamples.add(op + ": " + e);
            }
            latencies.get(op).add((System.nanoTime() - t) / 1e6);
        }
    }

    private void read(Op op, Http http, String path, String template) throws Exception {
        HttpResponse<String> r = http.page(path);
        check(op, template, r);
    }

    private void reply(Http http, int client, int i, String dispatchId, SplittableRandom random) throws Exception {
        String reference = "LT-" + client + "-" + i;
        LocalDate on = LocalDate.of(2026, 11, 1).minusDays(random.nextInt(200));
        String kind = random.nextBoolean() ? "ACKNOWLEDGEMENT" : "SUBSTANTIVE";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("receivedOn", on.toString());
        body.put("kind", kind);
        body.put("theirReference", reference);
        body.put("summary", "Load test reply " + reference);
        String path = "/api/dispatches/" + dispatchId + "/replies";
        HttpResponse<String> r = http.apiPost(path, "application/json", Http.toJson(body));
        if (check(Op.REPLY, "/api/dispatches/{id}/replies", r)) {
            acks.add(String.join("\t", "reply", dispatchId, reference, on.toString(), kind));
        }
    }

    private void dispatch(Http http, String statementId, String listId) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("recipientIds", List.of());
        body.put("listIds", List.of(Long.parseLong(listId)));
        body.put("channel", "EMAIL");
        body.put("sentOn", "2026-11-01");
        body.put("replyDueOn", "2026-12-01");
        HttpResponse<String> r = http.apiPost("/api/statements/" + statementId + "/dispatches", "application/json",
                Http.toJson(body));
        if (check(Op.DISPATCH, "/api/statements/{id}/dispatches", r)) {
            acks.add(String.join("\t", "dispatch", statementId, listId, Long.toString(createdCount(r.body()))));
        }
    }

    /** True for an acknowledged request; 404 marks the endpoint as missing, 4xx is a refusal, 5xx an error. */
    private boolean check(Op op, String path, HttpResponse<String> r) {
        int s = r.statusCode();
        if (s / 100 == 2) {
            return true;
        }
        if (s == 404) {
            unavailable.computeIfAbsent(op, k -> ConcurrentHashMap.newKeySet()).add(path);
        } else if (s / 100 == 4) {
            rejected.get(op).incrementAndGet();
            if (rejected.get(op).get() <= 3) {
                errorSamples.add(op + " refused " + s + ": " + BenchFigures.abbreviate(r.body()));
            }
        } else {
            errors.incrementAndGet();
            errorSamples.add(op + " " + path + " HTTP " + s + ": " + BenchFigures.abbreviate(r.body()));
        }
        return false;
    }

    /** How many dispatches a dispatch call says it created: an array's length or a count field; -1 if unknown. */
    static long createdCount(String body) {
        try {
            JsonNode n = Http.json(body);
            if (n.isArray()) {
                return n.size();
            }
            for (String field : List.of("created", "count", "dispatched", "createdCount")) {
                if (n.path(field).isNumber()) {
                    return n.path(field).asLong();
                }
            }
            for (String field : List.of("dispatchIds", "ids", "dispatches", "created")) {
                if (n.path(field).isArray()) {
                    return n.path(field).size();
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    // ---------------------------------------------------------------------------------------------
    // Verify: every acknowledged write is in the database.

    static Map<String, String> verify(String url, Path ackFile) throws Exception {
        List<String> lines = Files.exists(ackFile) ? Files.readAllLines(ackFile, StandardCharsets.UTF_8) : List.of();
        Set<String> expectedReplies = new TreeSet<>();
        Map<Long, long[]> expectedDispatches = new HashMap<>(); // statement -> {list, acknowledged count}
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f[0].equals("reply")) {
                expectedReplies.add(String.join("|", f[1], f[2], f[3], f[4]));
            } else if (f[0].equals("dispatch")) {
                expectedDispatches.put(Long.parseLong(f[1]), new long[] {Long.parseLong(f[2]), Long.parseLong(f[3])});
            }
        }
        Map<String, String> r = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            Set<String> found = new TreeSet<>();
            try (PreparedStatement ps = db.prepareStatement("select dispatch_id, their_reference, received_on, kind"
                    + " from reply where their_reference like 'LT-%'"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(String.join("|", Long.toString(rs.getLong(1)), rs.getString(2), rs.getDate(3).toString(),
                            rs.getString(4)));
                }
            }
            Set<String> missing = new TreeSet<>(expectedReplies);
            missing.removeAll(found);
            Set<String> foundAcked = new TreeSet<>(found);
            foundAcked.retainAll(expectedReplies);
            r.put("load.verify.replies.acknowledged", Integer.toString(expectedReplies.size()));
            r.put("load.verify.replies.found", Integer.toString(foundAcked.size()));
            r.put("load.verify.replies.missing", Integer.toString(missing.size()));
            r.put("load.verify.replies.unacknowledgedButPresent", Integer.toString(found.size() - foundAcked.size()));
            r.put("load.verify.replies.checksumAcknowledged", crc(expectedReplies));
            r.put("load.verify.replies.checksumDatabase", crc(foundAcked));

            long dispatchMissing = 0;
            long dispatchRows = 0;
            long dispatchExpected = 0;
            Set<String> expectedPairs = new TreeSet<>();
            Set<String> foundPairs = new TreeSet<>();
            for (var e : expectedDispatches.entrySet()) {
                Set<Long> want = listRecipients(db, e.getValue()[0]);
                Set<Long> got = new HashSet<>();
                try (PreparedStatement ps = db.prepareStatement("select recipient_id from dispatch where statement_id = ?")) {
                    ps.setLong(1, e.getKey());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            got.add(rs.getLong(1));
                        }
                    }
                }
                long acknowledged = e.getValue()[1] >= 0 ? e.getValue()[1] : want.size();
                dispatchExpected += acknowledged;
                dispatchRows += got.size();
                if (got.size() != acknowledged || !got.containsAll(want)) {
                    dispatchMissing++;
                }
                want.forEach(id -> expectedPairs.add(e.getKey() + "|" + id));
                got.forEach(id -> foundPairs.add(e.getKey() + "|" + id));
            }
            r.put("load.verify.dispatchCalls.acknowledged", Integer.toString(expectedDispatches.size()));
            r.put("load.verify.dispatchCalls.incomplete", Long.toString(dispatchMissing));
            r.put("load.verify.dispatchRows.acknowledged", Long.toString(dispatchExpected));
            r.put("load.verify.dispatchRows.found", Long.toString(dispatchRows));
            r.put("load.verify.dispatchRows.checksumExpected", crc(expectedPairs));
            r.put("load.verify.dispatchRows.checksumDatabase", crc(foundPairs));
            boolean pass = missing.isEmpty() && dispatchMissing == 0 && crc(expectedReplies).equals(crc(foundAcked))
                    && crc(expectedPairs).equals(crc(foundPairs));
            r.put("load.verify.pass", Boolean.toString(pass));
        }
        return r;
    }

    /** The active, unmerged recipients of a list (generated small lists are flat). */
    static Set<Long> listRecipients(Connection db, long listId) throws Exception {
        Set<Long> ids = new HashSet<>();
        try (PreparedStatement ps = db.prepareStatement("select m.recipient_id from list_member m join recipient r"
                + " on r.id = m.recipient_id where m.list_id = ? and r.active = true and r.merged_into_id is null")) {
            ps.setLong(1, listId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    static String crc(Set<String> sortedLines) {
        CRC32 crc = new CRC32();
        for (String line : sortedLines) {
            crc.update((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return Long.toHexString(crc.getValue()) + "/" + sortedLines.size();
    }

    static <T> List<T> partition(List<T> all, int index, int parts) {
        List<T> mine = new ArrayList<>();
        for (int i = index; i < all.size(); i += parts) {
            mine.add(all.get(i));
        }
        return mine;
    }

    static double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int at = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, at)));
    }
}
