package org.dispatchregister.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Turns the properties files the bench steps wrote (bench/work/results/*.properties) into
 * bench/results.json and the readable bench/RESULTS.md: what was measured, how, the figures
 * against their targets, and the machine.
 */
public final class BenchReport {

    /** Figure, what it is, how it is measured. */
    static final String[][] FIGURES = {
        {"listPageVsTrivial", "Throughput of the recipient list page ÷ throughput of the trivial signed-in page",
            "wrk -t2 -c16 (durations in the details) on `/recipients?page=2` and on `/ping`, same session cookie, same server; any non-2xx answer voids the figure"},
        {"listPageSqlStatements", "SQL statements per list page",
            "Hibernate statistics (prepared statements) read from `/api/admin/stats` before and after 100 loads of `/recipients?page=2`; the cost of reading the counters is measured and subtracted"},
        {"recipientReportVsRawSql", "Recipient report page ÷ the same data read with plain JDBC",
            "median of 20 loads of `/reports/recipients/{busiest}?format=html&from=2000-01-01` (all years) (client-side time) ÷ median of 20 runs of the report's SQL over JDBC inside the app (`/api/admin/bench/report-sql/{id}`, server-side time)"},
        {"dispatch5000Seconds", "Seconds to dispatch one statement to a 5,000-recipient list",
            "one `POST /api/statements/{id}/dispatches` (HTTP Basic) with the generated 5,000-member list, after a warm-up dispatch to a small list"},
        {"csvExportRowsPerSecond", "Rows per second of the full dispatch CSV export, and heap growth",
            "stream the export, count lines; heap in use sampled through `/api/admin/stats` during the download, minus the heap after a GC just before; the same for an export of about half the rows"},
        {"unansweredPageMillis", "Milliseconds for the unanswered report page, every body, this year (and its size)",
            "median of 20 loads of `/reports/unanswered?from={1 January of this year}` after 3 warm-ups (client-side time); the page's HTML size is in the details and must stay ≤ 1 MB"},
        {"analyticsPageMillis", "Milliseconds for the analytics page, all years",
            "median of 20 loads of `/reports/analytics` after 3 warm-ups (client-side time); the first load after a change computes the figures (its time is in the details), later ones reuse them until the next change"},
        {"matcherMillis", "Milliseconds to match a 3,000-character distribution paragraph",
            "median of 20 `POST /api/distribution/match` (text/plain, names of the register) after 5 warm-ups, minus the median of `/api/me` (both pay the same HTTP Basic bcrypt check)"},
        {"startupSeconds", "Seconds from process start to the first 200 on `/q/health/ready`",
            "`java -jar target/quarkus-app/quarkus-run.jar` on the generated database, health polled every 50 ms"},
        {"rssMegabytes", "Resident memory after the load", "VmRSS of the app process from /proc after all the figures above"},
    };

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = DataGenerator.options(args);
        Path dir = Path.of(opts.getOrDefault("dir", "bench/work/results"));
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".properties")).sorted().toList()) {
                BenchFigures.load(f).forEach((k, v) -> all.put(k.toString(), v.toString()));
            }
        }
        Path json = Path.of(opts.getOrDefault("json", "bench/results.json"));
        Path md = Path.of(opts.getOrDefault("md", "bench/RESULTS.md"));
        Files.writeString(json, json(all), StandardCharsets.UTF_8);
        Files.writeString(md, markdown(all), StandardCharsets.UTF_8);
        System.out.println("Wrote " + json + " and " + md);
    }

    static String json(Map<String, String> all) throws Exception {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("run", typedSection(all, "run."));
        root.put("machine", section(all, "machine."));
        root.put("dataset", typedSection(all, "count."));
        Map<String, Object> figures = new LinkedHashMap<>();
        for (String[] f : FIGURES) {
            Map<String, Object> one = new LinkedHashMap<>();
            section(all, f[0] + ".").forEach((k, v) -> one.put(k, typed(v)));
            figures.put(f[0], one);
        }
        root.put("figures", figures);
        root.put("load", typedSection(all, "load."));
        root.put("crash", typedSection(all, "crash."));
        return Http.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
    }

    static String markdown(Map<String, String> all) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Dispatch Register — benchmark results\n\n");
        md.append("Written by `bench/run` (").append(all.getOrDefault("run.date", "?")).append(", commit `")
                .append(all.getOrDefault("run.commit", "?")).append("`, scale ").append(all.getOrDefault("run.scale", "?"))
                .append("). Every figure is measured in one run on one machine; ratios compare two measurements of the same run.\n\n");
        md.append("## Figures\n\n| figure | value | target | result | what |\n|---|---:|---|---|---|\n");
        for (String[] f : FIGURES) {
            String value = all.get(f[0] + ".value");
            String result = value == null ? "skipped: " + all.getOrDefault(f[0] + ".note", "not measured")
                    : "true".equals(all.get(f[0] + ".pass")) ? "**pass**" : "**FAIL**";
            md.append("| ").append(f[0]).append(" | ").append(value == null ? "–" : value).append(" | ")
                    .append(all.getOrDefault(f[0] + ".target", "")).append(" | ").append(result).append(" | ").append(f[1])
                    .append(" |\n");
        }
        md.append("\n## How each figure is measured\n\n");
        for (String[] f : FIGURES) {
            md.append("- **").append(f[0]).append("**: ").append(f[2]).append('.');
            Map<String, String> details = section(all, f[0] + ".");
            details.keySet().removeAll(List.of("value", "target", "pass", "note"));
            if (!details.isEmpty()) {
                md.append(" Details: ");
                details.forEach((k, v) -> md.append('`').append(k).append('=').append(v).append("` "));
            }
            md.append('\n');
        }
        md.append("\nThe trivial page is `GET /ping` (signed-in, returns `ok`): it goes through the same session-cookie")
                .append(" decryption and user-status check (UserStatusCache) as every page, so the ratio isolates what the")
                .append(" list page itself costs. `/api/me` is not used for it because HTTP Basic runs a bcrypt check on")
                .append(" every request, which would make any page look fast.\n");
        Map<String, String> load = section(all, "load.");
        // Findings are written by people (what a miss is caused by, what was changed, what is planned)
        // and kept beside the figures in every regenerated RESULTS.md.
        Path findings = Path.of("bench", "FINDINGS.md");
        if (Files.exists(findings)) {
            md.append("\n").append(Files.readString(findings, StandardCharsets.UTF_8).strip()).append("\n");
        }
        md.append("\n## Load test (50 signed-in sessions, mixed reads and writes)\n\n");
        if (load.isEmpty()) {
            md.append("Not run in this run (`bench/run --load` or `bench/load`).\n");
        } else {
            md.append("`bench/load`: a fixed pool of threads, one per signed-in session, for a fixed time: 35 % list pages,")
                    .append(" 20 % searches, 20 % recipient pages, 10 % dashboard, 10 % replies (`POST /api/dispatches/{id}/replies`),")
                    .append(" 5 % dispatches of a fresh statement to a small list. Reads use the session cookie, writes HTTP Basic.")
                    .append(" Every acknowledged write is logged by the client; after the app stops, the database is opened and")
                    .append(" each one is looked up (count and CRC32 of the sorted rows).\n\n");
            md.append("| key | value |\n|---|---|\n");
            load.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v.isEmpty() ? "–" : v.replace("|", "\\|"))
                    .append(" |\n"));
        }
        Map<String, String> crash = section(all, "crash.");
        if (!crash.isEmpty()) {
            md.append("\n## Crash tests (`bench/crash`)\n\n| key | value |\n|---|---|\n");
            crash.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v.replace("|", "\\|")).append(" |\n"));
        }
        md.append("\n## Data set\n\nGenerated by `bench/generate` (seed ").append(all.getOrDefault("run.seed", "42"))
                .append(", in ").append(all.getOrDefault("run.generateSeconds", "?")).append(" s): ");
        section(all, "count.").forEach((k, v) -> md.append(k).append(' ').append(v).append(", "));
        md.setLength(md.length() - 2);
        md.append(". Dispatches per recipient follow a Zipf-like curve: busiest recipient ")
                .append(all.getOrDefault("run.busiestRecipientDispatches", "?")).append(", second ")
                .append(all.getOrDefault("run.secondBusiestDispatches", "?")).append(", median ")
                .append(all.getOrDefault("run.medianRecipientDispatches", "?")).append(".\n");
        md.append("\n## Machine\n\n");
        section(all, "machine.").forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append("- JVM options of the app: `").append(all.getOrDefault("run.javaOpts", "")).append("` (empty: JVM defaults)\n");
        md.append("\nThe machine is shared (2 cores): other builds may have run at the same time. Re-run `bench/run` on an idle machine for release figures.\n");
        return md.toString();
    }

    static Map<String, String> section(Map<String, String> all, String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        all.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k.substring(prefix.length()), v);
            }
        });
        return out;
    }

    static Map<String, Object> typedSection(Map<String, String> all, String prefix) {
        Map<String, Object> out = new LinkedHashMap<>();
        section(all, prefix).forEach((k, v) -> out.put(k, typed(v)));
        return out;
    }

    static Object typed(String v) {
        if (v.equals("true") || v.equals("false")) {
            return Boolean.parseBoolean(v);
        }
        try {
            return v.contains(".") ? (Object) Double.parseDouble(v) : (Object) Long.parseLong(v);
        } catch (NumberFormatException e) {
            return v;
        }
    }
}
