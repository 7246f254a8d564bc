package org.dispatchregister.crash;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged app (target/quarkus-app/quarkus-run.jar) as a child process on an H2 file database:
 * started, waited for (/q/health/ready), stopped cleanly or killed with SIGKILL. A JVM shutdown
 * hook kills any child still running, so an aborted test leaves no process behind.
 */
final class AppProcess {

    private static final List<Process> RUNNING = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (RUNNING) {
                RUNNING.forEach(Process::destroyForcibly);
            }
        }));
    }

    final int port;
    final Path dataDir;
    private final Path jar;
    private final String adminPassword;
    private final List<String> extraOptions;
    private Process process;
    /**
     * The H2 settings of the app's connections: by default those of the shipped configuration
     * (config/application.properties), so the crash test checks what operators run.
     */
    static String h2Options = shippedH2Options();

    static String shippedH2Options() {
        try {
            for (String line : Files.readAllLines(Path.of("config/application.properties"))) {
                if (line.startsWith("quarkus.datasource.jdbc.url=jdbc:h2:") && line.contains(";")) {
                    return line.substring(line.indexOf(';'));
                }
            }
        } catch (IOException e) {
            // no config folder here: H2 defaults
        }
        return ";DB_CLOSE_ON_EXIT=FALSE";
    }

    AppProcess(Path jar, Path dataDir, int port, String adminPassword, List<String> extraOptions) {
        this.jar = jar;
        this.dataDir = dataDir.toAbsolutePath();
        this.port = port;
        this.adminPassword = adminPassword;
        this.extraOptions = extraOptions;
    }

    String jdbcUrl() {
        return "jdbc:h2:file:" + dataDir.resolve("register");
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Starts the app and waits until it is ready; returns the seconds it took. */
    double start(Path log) throws IOException, InterruptedException {
        Files.createDirectories(dataDir);
        List<String> cmd = new ArrayList<>(List.of("java", "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-Dregister.data-dir=" + dataDir, "-Dquarkus.datasource.jdbc.url=" + jdbcUrl() + h2Options));
        cmd.addAll(extraOptions);
        cmd.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().put("REGISTER_ADMIN_PASSWORD", adminPassword);
        pb.environment().put("REGISTER_SEED_DEMO", "false");
        pb.environment().put("REGISTER_SEED_REGISTER", "false");
        long t = System.nanoTime();
        process = pb.start();
        synchronized (RUNNING) {
            RUNNING.add(process);
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        for (int i = 0; i < 2400; i++) { // at most 120 s
            if (!process.isAlive()) {
                throw new IOException("the app exited during start-up (exit " + process.exitValue() + "), see " + log);
            }
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(base() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return (System.nanoTime() - t) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        kill9();
        throw new IOException("the app was not ready within 120 s, see " + log);
    }

    /** A clean shutdown (SIGTERM), SIGKILL after 30 s. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill9();
            }
        }
        forget();
    }

    /** The crash: SIGKILL, no shutdown hooks, nothing flushed. */
    void kill9() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        forget();
    }

    private void forget() {
        synchronized (RUNNING) {
            RUNNING.remove(process);
        }
    }
}
