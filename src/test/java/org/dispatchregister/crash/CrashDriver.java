package org.dispatchregister.crash;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.CRC32;

import org.dispatchregister.bench.BenchFigures;
import org.dispatchregister.bench.DataGenerator;
import org.dispatchregister.bench.Http;
import org.h2.tools.RunScript;

/**
 * Crash safety of the packaged app on H2, with real processes and SIGKILL:
 * <ol>
 * <li>cycles: writers create records while the app is killed; on every restart each write that was
 * acknowledged is there and the database opens cleanly;</li>
 * <li>a 5,000-recipient dispatch killed midway is entirely there or entirely absent (needs the
 * dispatch API; skipped with a note when it answers 404);</li>
 * <li>a backup from the admin page restores (H2 RunScript) to identical row counts and checksums.</li>
 * </ol>
 * <pre>CrashDriver --work bench/work/crash --cycles 20 --port 8395 --out bench/work/results/crash.properties</pre>
 * Exits non-zero when a check fails.
 */
public final class CrashDriver {

    private static final String PASSWORD = "crash-admin-password-1";
    private static final String USER_PASSWORD = "crash-user-password-1234";

    private final Path work;
    private final Path jar;
    private final int port;
    private final Map<String, String> out = new LinkedHashMap<>();
    private boolean failed;

    private CrashDriver(Path work, Path jar, int port) {
        this.work = work;
        this.jar = jar;
        this.port = port;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = DataGenerator.options(args);
        Path work = Path.of(opts.getOrDefault("work", "bench/work/crash")).toAbsolutePath();
        CrashDriver test = new CrashDriver(work, Path.of(opts.getOrDefault("jar", "target/quarkus-app/quarkus-run.jar")),
                Integer.parseInt(opts.getOrDefault("port", "8395")));
        int cycles = Integer.parseInt(opts.getOrDefault("cycles", "20"));
        Path outFile = Path.of(opts.getOrDefault("out", "bench/work/results/crash.properties"));
        AppProcess.h2Options = opts.getOrDefault("h2-options", AppProcess.h2Options);
        List<String> only = List.of(opts.getOrDefault("only", "cycles,backup,dispatch").split(","));
        try {
            AppProcess small = test.prepare("small", "0.05", null);
            if (only.contains("cycles")) {
                test.cycles(small, cycles);
            }
            if (only.contains("backup")) {
                test.backupRestore(small);
            }
            if (only.contains("dispatch")) {
                test.dispatchKill(small, opts.getOrDefault("dispatch-scale", "0.6"));
            }
        } catch (Exception e) {
            test.fail("crash.error", e.toString());
        }
        Properties p = BenchFigures.load(outFile);
        p.keySet().removeIf(k -> k.toString().startsWith("crash."));
        p.putAll(test.out);
        Files.createDirectories(outFile.toAbsolutePath().getParent());
        try (var w = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
            p.store(w, "CrashDriver");
        }
        test.out.forEach((k, v) -> System.out.println("  " + k + " = " + v));
        System.out.println(test.failed ? "CRASH TESTS: FAIL" : "CRASH TESTS: PASS");
        System.exit(test.failed ? 1 : 0);
    }

    /** A fresh database: migrated by one app start, then filled by the generator. */
    private AppProcess prepare(String name, String scale, String bigList) throws Exception {
        Path dir = work.resolve(name);
        deleteTree(dir);
        AppProcess app = new AppProcess(jar, dir, port, PASSWORD, List.of());
        app.start(work.resolve(name + ".log"));
        app.stop();
        List<String> args = new ArrayList<>(List.of("--scale", scale, "--jdbc-url", app.jdbcUrl(), "--facts",
                dir.resolve("facts.properties").toString()));
        if (bigList != null) {
            args.addAll(List.of("--big-list", bigList));
        }
        DataGenerator.main(args.toArray(String[]::new));
        return app;
    }

    // ---------------------------------------------------------------------------------------------

    private void cycles(AppProcess app, int cycles) throws Exception {
        Set<String> acknowledged = Collections.synchronizedSet(new TreeSet<>());
        Set<String> lost = new TreeSet<>();
        double slowestStart = 0;
        for (int c = 1; c <= cycles; c++) {
            slowestStart = Math.max(slowestStart, app.start(work.resolve("small.log")));
            List<Http> writers = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                writers.add(new Http(app.base(), "admin", PASSWORD).signIn("admin", PASSWORD));
            }
            AtomicBoolean go = new AtomicBoolean(true);
            List<CompletableFuture<Void>> running = new ArrayList<>();
            for (int w = 0; w < writers.size(); w++) {
                int writer = w;
                int cycle = c;
                running.add(CompletableFuture.runAsync(() -> createUsers(writers.get(writer), cycle, writer, go, acknowledged)));
            }
            Thread.sleep(3000);
            // Killed while the writers are still writing: requests in flight are never acknowledged.
            app.kill9();
            go.set(false);
            for (CompletableFuture<Void> f : running) {
                f.handle((v, e) -> null).join();
            }
            Set<String> present = usernames(app.jdbcUrl());
            Set<String> missing = new TreeSet<>(acknowledged);
            missing.removeAll(present);
            lost.addAll(missing);
            if (!missing.isEmpty()) {
                fail("crash.cycles.missingSample", String.join(" ", new ArrayList<>(lost).subList(0, Math.min(5, lost.size()))));
            }
        }
        // The last restart: the database must still open under the app after the final kill.
        slowestStart = Math.max(slowestStart, app.start(work.resolve("small.log")));
        app.stop();
        out.put("crash.cycles.count", Integer.toString(cycles));
        out.put("crash.cycles.h2UrlOptions", AppProcess.h2Options);
        out.put("crash.cycles.acknowledgedWrites", Integer.toString(acknowledged.size()));
        out.put("crash.cycles.missingAfterRestart", Integer.toString(lost.size()));
        out.put("crash.cycles.slowestRestartSeconds", BenchFigures.fmt(slowestStart));
        boolean pass = lost.isEmpty() && !acknowledged.isEmpty();
        out.put("crash.cycles.pass", Boolean.toString(pass));
        failed |= !pass;
    }

    private static void createUsers(Http http, int cycle, int writer, AtomicBoolean go, Set<String> acknowledged) {
        for (int i = 0; i < 10_000 && go.get(); i++) {
            String username = "crash-" + cycle + "-" + writer + "-" + i;
            try {
                HttpResponse<String> r = http.postForm("/admin/users", Map.of("username", username, "displayName",
                        "Crash test " + username, "role", "VIEWER", "active", "on", "password", USER_PASSWORD));
                if (r.statusCode() == 303) {
                    acknowledged.add(username);
                }
            } catch (Exception killed) {
                return;
            }
        }
    }

    private static Set<String> usernames(String url) throws Exception {
        Set<String> names = new TreeSet<>();
        try (Connection db = DriverManager.getConnection(url, "sa", "");
                ResultSet rs = db.createStatement().executeQuery("select username from staff_user where username like 'crash-%'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    // ---------------------------------------------------------------------------------------------

    private void backupRestore(AppProcess app) throws Exception {
        app.start(work.resolve("small.log"));
        byte[] zip;
        try {
            Http admin = new Http(app.base(), "admin", PASSWORD).signIn("admin", PASSWORD);
            admin.page("/admin");
            HttpResponse<byte[]> r = admin.postFormBytes("/admin/backup");
            if (r.statusCode() != 200) {
                fail("crash.backup.error", "POST /admin/backup answered HTTP " + r.statusCode());
                return;
            }
            zip = r.body();
        } finally {
            app.stop();
        }
        Path file = work.resolve("backup.zip");
        Files.write(file, zip);
        Map<String, String> original = checksums(app.jdbcUrl());
        Path restoredDir = work.resolve("restored");
        deleteTree(restoredDir);
        String url = "jdbc:h2:file:" + restoredDir.resolve("register");
        // The restore the README documents.
        new RunScript().runTool("-url", url, "-user", "sa", "-password", "", "-script", file.toString(), "-options",
                "COMPRESSION", "ZIP");
        Map<String, String> restored = checksums(url);
        out.put("crash.backup.bytes", Integer.toString(zip.length));
        out.put("crash.backup.tables", Integer.toString(original.size()));
        out.put("crash.backup.rows", Long.toString(original.values().stream().mapToLong(v -> Long.parseLong(v.split("/")[1])).sum()));
        List<String> different = new ArrayList<>();
        original.forEach((t, sum) -> {
            if (!sum.equals(restored.get(t))) {
                different.add(t + " " + sum + " vs " + restored.get(t));
            }
        });
        out.put("crash.backup.differences", different.isEmpty() ? "none" : String.join("; ", different));
        out.put("crash.backup.pass", Boolean.toString(different.isEmpty() && original.size() == restored.size()));
        failed |= !different.isEmpty() || original.size() != restored.size();
    }

    /** CRC32 and row count of every table, rows in primary-key order (the backup's own history line left out). */
    static Map<String, String> checksums(String url) throws Exception {
        Map<String, String> sums = new TreeMap<>();
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            DatabaseMetaData meta = db.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, "PUBLIC", "%", new String[] {"TABLE", "BASE TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                String quoted = "\"" + table + "\"";
                String where = table.equalsIgnoreCase("audit_event") ? " where action <> 'BACKUP'" : "";
                CRC32 crc = new CRC32();
                long rows = 0;
                try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("select * from " + quoted + where
                        + " order by " + primaryKeyOrder(meta, table))) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            String v = rs.getString(i);
                            crc.update(((v == null ? "\u0000" : v) + "\u0001").getBytes(StandardCharsets.UTF_8));
                        }
                        rows++;
                    }
                }
                sums.put(table, Long.toHexString(crc.getValue()) + "/" + rows);
            }
        }
        return sums;
    }

    /** The table's full primary key as an order-by list (a composite key ordered by its first column alone is not a stable order). */
    private static String primaryKeyOrder(DatabaseMetaData meta, String table) throws Exception {
        TreeMap<Short, String> columns = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, "PUBLIC", table)) {
            while (rs.next()) {
                columns.put(rs.getShort("KEY_SEQ"), "\"" + rs.getString("COLUMN_NAME") + "\"");
            }
        }
        return columns.isEmpty() ? "1" : String.join(", ", columns.values());
    }

    // ---------------------------------------------------------------------------------------------

    private void dispatchKill(AppProcess small, String scale) throws Exception {
        Properties facts = BenchFigures.load(small.dataDir.resolve("facts.properties"));
        String[] spares = facts.getProperty("spareStatementIds").split(",");
        small.start(work.resolve("small.log"));
        int probe;
        try {
            Http api = new Http(small.base(), "admin", PASSWORD);
            probe = dispatch(api, spares[spares.length - 1], facts.getProperty("bigListId")).statusCode();
        } finally {
            small.stop();
        }
        if (probe == 404) {
            out.put("crash.dispatchKill.note", "endpoint not available (404): POST /api/statements/{id}/dispatches");
            return;
        }
        AppProcess app = prepare("dispatch", scale, "5000");
        facts = BenchFigures.load(app.dataDir.resolve("facts.properties"));
        spares = facts.getProperty("spareStatementIds").split(",");
        String list = facts.getProperty("bigListId");
        Http api = new Http(app.base(), "admin", PASSWORD);
        app.start(work.resolve("dispatch.log"));
        long t = System.nanoTime();
        HttpResponse<String> full = dispatch(api, spares[0], list);
        double seconds = (System.nanoTime() - t) / 1e9;
        app.stop();
        long expected = count(app.jdbcUrl(), spares[0]);
        out.put("crash.dispatchKill.fullDispatchStatus", Integer.toString(full.statusCode()));
        out.put("crash.dispatchKill.fullDispatchRows", Long.toString(expected));
        out.put("crash.dispatchKill.fullDispatchSeconds", BenchFigures.fmt(seconds));
        List<String> outcomes = new ArrayList<>();
        boolean pass = full.statusCode() / 100 == 2 && expected == Long.parseLong(facts.getProperty("bigListSize"));
        double[] fractions = {0.2, 0.5, 0.8};
        for (int k = 0; k < fractions.length; k++) {
            String statement = spares[2 + k];
            app.start(work.resolve("dispatch.log"));
            ConcurrentLinkedQueue<Integer> status = new ConcurrentLinkedQueue<>();
            CompletableFuture<Void> call = CompletableFuture.runAsync(() -> {
                try {
                    status.add(dispatch(api, statement, list).statusCode());
                } catch (Exception killed) {
                    status.add(-1);
                }
            });
            Thread.sleep(Math.max(20, (long) (seconds * 1000 * fractions[k])));
            app.kill9();
            call.handle((v, e) -> null).join();
            app.start(work.resolve("dispatch.log")); // opens cleanly after the kill
            app.stop();
            long rows = count(app.jdbcUrl(), statement);
            boolean atomic = rows == 0 || rows == expected;
            pass &= atomic;
            outcomes.add("kill at " + (int) (fractions[k] * 100) + "%: " + rows + " rows (HTTP " + status.peek() + ")");
        }
        out.put("crash.dispatchKill.outcomes", String.join("; ", outcomes));
        out.put("crash.dispatchKill.pass", Boolean.toString(pass));
        failed |= !pass;
    }

    private static HttpResponse<String> dispatch(Http api, String statement, String list) throws Exception {
        String body = "{\"recipientIds\":[],\"listIds\":[" + list + "],\"channel\":\"EMAIL\",\"sentOn\":\""
                + DataGenerator.PERIOD_END + "\",\"replyDueOn\":null}";
        return api.apiPost("/api/statements/" + statement + "/dispatches", "application/json", body);
    }

    private static long count(String url, String statement) throws Exception {
        try (Connection db = DriverManager.getConnection(url, "sa", "");
                PreparedStatement ps = db.prepareStatement("select count(*) from dispatch where statement_id = ?")) {
            ps.setLong(1, Long.parseLong(statement));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void fail(String key, String message) {
        out.put(key, message);
        failed = true;
    }

    private static void deleteTree(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
