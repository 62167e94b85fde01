package io.dateline.cli.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * One Dateline service as a separate OS process: {@code java -cp <the test classpath> <main class>} with the given
 * {@code DATELINE_*} / {@code KAFKA_*} environment and nothing inherited of either, its output appended to a log file.
 * {@link #kill()} is kill -9 ({@link Process#destroyForcibly()} sends SIGKILL on Linux); {@link #start()} starts it
 * again with the same environment, as an orchestrator would.
 */
final class ServiceProcess implements AutoCloseable {

    /** Processes still running when the test JVM exits (a failed or interrupted run) are killed with it. */
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly),
                "fault-suite-processes"));
    }

    private final String name;
    private final String mainClass;
    private final Map<String, String> environment;
    private final Path log;
    private final URI ready;
    private Process process;
    private int starts;

    ServiceProcess(String name, String mainClass, Map<String, String> environment, Path log, URI ready) {
        this.name = name;
        this.ready = ready;
        this.mainClass = mainClass;
        this.environment = Map.copyOf(environment);
        this.log = log;
    }

    String name() {
        return name;
    }

    /** Starts the process (again); a running one is left as it is. */
    synchronized ServiceProcess start() {
        if (process != null && process.isAlive()) {
            return this;
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", classPath(), mainClass));
        builder.environment().keySet().removeIf(key -> key.startsWith("DATELINE_") || key.startsWith("KAFKA_"));
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        try {
            process = builder.start();
            RUNNING.add(process);
            process.onExit().thenAccept(RUNNING::remove);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
        starts++;
        return this;
    }

    /** kill -9, and wait until the process is gone. */
    synchronized void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        awaitExit(process);
    }

    /** Waits until the service's readiness endpoint answers 200 (or fails after {@code atMost}). */
    void awaitReady(Duration atMost) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).GET().build();
        Awaitility.await(name + " ready").atMost(atMost).pollInterval(Duration.ofMillis(100))
                .ignoreExceptions().until(() -> client.send(request, HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200);
    }

    synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    synchronized int starts() {
        return starts;
    }

    /** SIGTERM (a clean stop), then SIGKILL if it takes more than 30 s. */
    @Override
    public synchronized void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                awaitExit(process);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static void awaitExit(Process process) {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Failsafe runs the tests from a manifest-only jar; the real class path is in this property. */
    private static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }
}
