package org.dispatchregister.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The figures of the benchmark that need more than wrk, measured against one running app: SQL
 * statements per list page, recipient report vs its raw SQL, the 5,000-recipient dispatch, the
 * CSV export (rows/s and heap growth), the matcher. A figure whose endpoint answers 404 is
 * skipped with a note instead of failing the run. Results go to a properties file that
 * {@link BenchReport} turns into results.json and RESULTS.md.
 *
 * <pre>BenchFigures --base http://127.0.0.1:8390 --password P --facts bench/work/facts.properties
 *     --out bench/work/results/figures.properties [--repeat 20]</pre>
 */
public final class BenchFigures {

    static final String LIST_PAGE = "/recipients?page=2";
    static final String NOT_AVAILABLE = "endpoint not available (404)";

    private final Http http;
    private final Properties facts;
    private final Map<String, String> out = new LinkedHashMap<>();
    private final int repeat;

    private BenchFigures(Http http, Properties facts, int repeat) {
        this.http = http;
        this.facts = facts;
        this.repeat = repeat;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = DataGenerator.options(args);
        Properties facts = load(Path.of(opts.getOrDefault("facts", "bench/work/facts.properties")));
        String password = opts.get("password");
        Http http = new Http(opts.getOrDefault("base", "http://127.0.0.1:8390"), "admin", password).signIn("admin", password);
        BenchFigures figures = new BenchFigures(http, facts, Integer.parseInt(opts.getOrDefault("repeat", "20")));
        Path outFile = Path.of(opts.getOrDefault("out", "bench/work/results/figures.properties"));
        String only = opts.getOrDefault("only", "all");
        figures.run(only, opts);
        figures.save(outFile);
    }

    private void run(String only, Map<String, String> opts) {
        List<String> wanted = Arrays.asList(only.split(","));
        step(wanted, "listPageSqlStatements", this::listPageSqlStatements);
        step(wanted, "recipientReportVsRawSql", this::recipientReport);
        step(wanted, "dispatch5000Seconds", this::dispatch5000);
        step(wanted, "csvExportRowsPerSecond", () -> csvExport(opts.getOrDefault("csv-paths",
                "/reports/dispatches?format=csv,/reports/unanswered?format=csv,/dispatches/export.csv"),
                opts.getOrDefault("csv-half-query", "from=2021-11-01")));
        step(wanted, "unansweredPageMillis", this::unansweredPage);
        step(wanted, "analyticsPageMillis", this::analyticsPage);
        step(wanted, "matcherMillis", this::matcher);
    }

    interface Step {
        void run() throws Exception;
    }

    /** Runs one figure; an unexpected failure is recorded as the figure's note, the others still run. */
    private void step(List<String> wanted, String name, Step step) {
        if (!wanted.contains("all") && !wanted.contains(name)) {
            return;
        }
        long start = System.nanoTime();
        try {
            step.run();
        } catch (Exception e) {
            skip(name, "error: " + e);
        }
        System.out.printf("  %-26s %s (%.1f s)%n", name, out.getOrDefault(name + ".value", out.get(name + ".note")),
                (System.nanoTime() - start) / 1e9);
    }

    // ---------------------------------------------------------------------------------------------

    private void listPageSqlStatements() throws Exception {
        if (http.page(LIST_PAGE).statusCode() == 404) {
            skip("listPageSqlStatements", NOT_AVAILABLE + ": " + LIST_PAGE);
            return;
        }
        JsonNode first = stats(false);
        if (first == null || !first.path("statisticsEnabled").asBoolean()) {
            skip("listPageSqlStatements", "Hibernate statistics are off (quarkus.hibernate-orm.statistics) or /api/admin/stats is missing");
            return;
        }
        for (int i = 0; i < 5; i++) {
            expectOk(http.page(LIST_PAGE), LIST_PAGE);
        }
        // Reading the counters costs statements too (the Basic sign-in): measured, then subtracted.
        long a = stats(false).path("preparedStatements").asLong();
        long b = stats(false).path("preparedStatements").asLong();
        long perStatsCall = b - a;
        long before = stats(false).path("preparedStatements").asLong();
        int pages = repeat * 5;
        for (int i = 0; i < pages; i++) {
            expectOk(http.page(LIST_PAGE), LIST_PAGE);
        }
        long after = stats(false).path("preparedStatements").asLong();
        double perPage = (after - before - perStatsCall) / (double) pages;
        value("listPageSqlStatements", perPage, "<= 2", perPage <= 2);
        out.put("listPageSqlStatements.pages", Integer.toString(pages));
        out.put("listPageSqlStatements.statsCallStatements", Long.toString(perStatsCall));
    }

    private void recipientReport() throws Exception {
        String id = facts.getProperty("busiestRecipientId");
        // Every year, so the page lists the same 3,000-odd dispatches the raw SQL reads (the default period is this year only).
        String page = "/reports/recipients/" + id + "?format=html&from=2000-01-01";
        String raw = "/api/admin/bench/report-sql/" + id;
        if (http.page(page).statusCode() == 404) {
            skip("recipientReportVsRawSql", NOT_AVAILABLE + ": /reports/recipients/{id}");
            return;
        }
        if (http.apiGet(raw).statusCode() == 404) {
            skip("recipientReportVsRawSql", NOT_AVAILABLE + ": /api/admin/bench/report-sql/{id}");
            return;
        }
        for (int i = 0; i < 3; i++) {
            expectOk(http.page(page), page);
            http.apiGet(raw);
        }
        List<Double> pageMillis = new ArrayList<>();
        List<Double> sqlMillis = new ArrayList<>();
        int rows = 0;
        for (int i = 0; i < repeat; i++) {
            long t = System.nanoTime();
            expectOk(http.page(page), page);
            pageMillis.add((System.nanoTime() - t) / 1e6);
            JsonNode timing = Http.json(http.apiGet(raw).body());
            sqlMillis.add(timing.path("millis").asDouble());
            rows = timing.path("rows").asInt();
        }
        double ratio = median(pageMillis) / Math.max(0.001, median(sqlMillis));
        value("recipientReportVsRawSql", ratio, "<= 1.5", ratio <= 1.5);
        out.put("recipientReportVsRawSql.pageMedianMillis", fmt(median(pageMillis)));
        out.put("recipientReportVsRawSql.sqlMedianMillis", fmt(median(sqlMillis)));
        out.put("recipientReportVsRawSql.sqlRows", Integer.toString(rows));
        out.put("recipientReportVsRawSql.recipientId", id);
        out.put("recipientReportVsRawSql.recipientDispatches", facts.getProperty("busiestRecipientDispatches"));
    }

    /** The two report pages that read the most rows: times and sizes of repeated loads. */
    private void unansweredPage() throws Exception {
        String page = "/reports/unanswered?from=" + java.time.LocalDate.now().withDayOfYear(1);
        List<Double> millis = new ArrayList<>();
        int bytes = timePage(page, millis);
        double median = median(millis);
        value("unansweredPageMillis", median, "<= 300, <= 1 MB", median <= 300 && bytes <= 1_000_000);
        out.put("unansweredPageMillis.path", page);
        out.put("unansweredPageMillis.htmlBytes", Integer.toString(bytes));
    }

    private void analyticsPage() throws Exception {
        String page = "/reports/analytics";
        long t = System.nanoTime();
        expectOk(http.page(page), page);
        out.put("analyticsPageMillis.firstLoadMillis", fmt((System.nanoTime() - t) / 1e6));
        List<Double> millis = new ArrayList<>();
        timePage(page, millis);
        double median = median(millis);
        value("analyticsPageMillis", median, "<= 300", median <= 300);
    }

    /** Loads a page 3 times, then {@code repeat} times timed; returns the size of the last answer. */
    private int timePage(String page, List<Double> millis) throws Exception {
        for (int i = 0; i < 3; i++) {
            expectOk(http.page(page), page);
        }
        int bytes = 0;
        for (int i = 0; i < repeat; i++) {
            long t = System.nanoTime();
            HttpResponse<String> r = http.page(page);
            millis.add((System.nanoTime() - t) / 1e6);
            expectOk(r, page);
            bytes = r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        return bytes;
    }

    private void dispatch5000() throws Exception {
        String[] spares = facts.getProperty("spareStatementIds").split(",");
        String[] small = facts.getProperty("smallListIds", "").split(",");
        // Warm-up: a small list to another statement, so the big one does not pay for class loading.
        if (!small[0].isEmpty()) {
            HttpResponse<String> warm = dispatch(spares[1], small[0]);
            if (warm.statusCode() == 404) {
                skip("dispatch5000Seconds", NOT_AVAILABLE + ": POST /api/statements/{id}/dispatches");
                return;
            }
        }
        long t = System.nanoTime();
        HttpResponse<String> r = dispatch(spares[0], facts.getProperty("bigListId"));
        double seconds = (System.nanoTime() - t) / 1e9;
        if (r.statusCode() == 404) {
            skip("dispatch5000Seconds", NOT_AVAILABLE + ": POST /api/statements/{id}/dispatches");
            return;
        }
        if (r.statusCode() / 100 != 2) {
            skip("dispatch5000Seconds", "HTTP " + r.statusCode() + ": " + abbreviate(r.body()));
            return;
        }
        value("dispatch5000Seconds", seconds, "<= 1.0", seconds <= 1.0);
        out.put("dispatch5000Seconds.statementId", spares[0]);
        out.put("dispatch5000Seconds.recipients", facts.getProperty("bigListSize"));
        out.put("dispatch5000Seconds.acknowledged", Long.toString(LoadDriver.createdCount(r.body())));
    }

    HttpResponse<String> dispatch(String statementId, String listId) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("recipientIds", List.of());
        body.put("listIds", List.of(Long.parseLong(listId)));
        body.put("channel", "EMAIL");
        body.put("sentOn", DataGenerator.PERIOD_END.toString());
        body.put("replyDueOn", DataGenerator.PERIOD_END.plusDays(30).toString());
        return http.apiPost("/api/statements/" + statementId + "/dispatches", "application/json", Http.toJson(body));
    }

    private void csvExport(String candidates, String halfQuery) throws Exception {
        String path = null;
        for (String candidate : candidates.split(",")) {
            // Probe with an empty period (the latest plausible year: later dates are refused) and read the answer to the end: closing a 35 MB download
            // half-way leaves the pooled connection broken for the measured runs.
            HttpResponse<InputStream> probe = http.pageStream(candidate + (candidate.contains("?") ? "&" : "?") + "from=2100-01-01");
            try (InputStream in = probe.body()) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
                if (probe.statusCode() == 200) {
                    path = candidate;
                    break;
                }
            }
        }
        if (path == null) {
            skip("csvExportRowsPerSecond", NOT_AVAILABLE + ": none of " + candidates);
            return;
        }
        String half = path + (path.contains("?") ? "&" : "?") + halfQuery;
        Export warm = export(half);
        Export full = export(path);
        Export halfRun = export(half);
        double rowsPerSecond = full.rows / Math.max(0.001, full.seconds);
        value("csvExportRowsPerSecond", rowsPerSecond, ">= 200000", rowsPerSecond >= 200_000);
        out.put("csvExportRowsPerSecond.path", path);
        out.put("csvExportRowsPerSecond.rows", Long.toString(full.rows));
        out.put("csvExportRowsPerSecond.seconds", fmt(full.seconds));
        out.put("csvExportRowsPerSecond.bytes", Long.toString(full.bytes));
        out.put("csvExportRowsPerSecond.heapGrowthFullMb", fmt(full.heapGrowthBytes / 1048576.0));
        out.put("csvExportRowsPerSecond.halfPath", half);
        out.put("csvExportRowsPerSecond.halfRows", Long.toString(halfRun.rows));
        out.put("csvExportRowsPerSecond.heapGrowthHalfMb", fmt(halfRun.heapGrowthBytes / 1048576.0));
        out.put("csvExportRowsPerSecond.warmupSeconds", fmt(warm.seconds));
    }

    record Export(long rows, long bytes, double seconds, long heapGrowthBytes) {
    }

    /** Streams one export, counting rows, while another thread samples the heap in use. */
    private Export export(String path) throws Exception {
        long baseline = stats(true).path("heapUsedBytes").asLong();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            for (int i = 0; i < 3000 && running.get(); i++) {
                try {
                    JsonNode s = stats(false);
                    if (s != null) {
                        peak.accumulateAndGet(s.path("heapUsedBytes").asLong(), Math::max);
                    }
                } catch (Exception e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        long t = System.nanoTime();
        sampler.start();
        long lines = 0;
        long bytes = 0;
        HttpResponse<InputStream> r = http.pageStream(path);
        try (InputStream in = r.body()) {
            byte[] buf = new byte[65536];
            for (int n; (n = in.read(buf)) > 0;) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        running.set(false);
        sampler.join(30_000);
        expectOk(r.statusCode(), path);
        return new Export(Math.max(0, lines - 1), bytes, seconds, peak.get() - baseline);
    }

    private void matcher() throws Exception {
        String text = Files.readString(Path.of(facts.getProperty("matcherTextFile")), StandardCharsets.UTF_8);
        String path = "/api/distribution/match";
        HttpResponse<String> probe = http.apiPost(path, "text/plain; charset=UTF-8", text);
        if (probe.statusCode() == 404) {
            skip("matcherMillis", NOT_AVAILABLE + ": POST " + path);
            return;
        }
        expectOk(probe.statusCode(), path);
        for (int i = 0; i < 5; i++) {
            http.apiPost(path, "text/plain; charset=UTF-8", text);
            http.apiGet("/api/me");
        }
        List<Double> match = new ArrayList<>();
        List<Double> me = new ArrayList<>();
        for (int i = 0; i < repeat; i++) {
            long t = System.nanoTime();
            expectOk(http.apiPost(path, "text/plain; charset=UTF-8", text).statusCode(), path);
            match.add((System.nanoTime() - t) / 1e6);
            t = System.nanoTime();
            expectOk(http.apiGet("/api/me").statusCode(), "/api/me");
            me.add((System.nanoTime() - t) / 1e6);
        }
        // Every API call signs in with HTTP Basic (a bcrypt check): /api/me costs exactly that, so
        // the difference is the matcher's own time.
        double millis = Math.max(0, median(match) - median(me));
        value("matcherMillis", millis, "<= 50", millis <= 50);
        out.put("matcherMillis.requestMedianMillis", fmt(median(match)));
        out.put("matcherMillis.basicAuthMedianMillis", fmt(median(me)));
        out.put("matcherMillis.textChars", Integer.toString(text.length()));
    }

    // ---------------------------------------------------------------------------------------------

    private JsonNode stats(boolean gc) throws Exception {
        HttpResponse<String> r = http.apiGet("/api/admin/stats" + (gc ? "?gc=true" : ""));
        return r.statusCode() == 200 ? Http.json(r.body()) : null;
    }

    private void value(String name, double v, String target, boolean pass) {
        out.put(name + ".value", fmt(v));
        out.put(name + ".target", target);
        out.put(name + ".pass", Boolean.toString(pass));
    }

    private void skip(String name, String note) {
        out.remove(name + ".value");
        out.put(name + ".note", note);
    }

    private static void expectOk(HttpResponse<?> r, String what) throws IOException {
        expectOk(r.statusCode(), what);
    }

    private static void expectOk(int status, String what) throws IOException {
        if (status != 200) {
            throw new IOException(what + " answered HTTP " + status);
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    public static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.3f", v);
    }

    static String abbreviate(String s) {
        String one = s == null ? "" : s.replaceAll("\\s+", " ");
        return one.length() <= 200 ? one : one.substring(0, 200) + "...";
    }

    public static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            }
        }
        return p;
    }

    private void save(Path file) throws IOException {
        Properties p = load(file);
        // A re-run of some figures replaces only their own keys.
        for (String name : out.keySet()) {
            String figure = name.substring(0, name.indexOf('.'));
            p.keySet().removeIf(k -> k.toString().startsWith(figure + "."));
        }
        p.putAll(out);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(w, "BenchFigures");
        }
    }
}
