package io.partnerhub.platform.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A JVM the local run starts (the Kafka broker, a service), its output going to a log file. */
final class ChildProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path logFile;

    private ChildProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    static ChildProcess startJava(String name, List<String> jvmArguments, Map<String, String> environment,
                                  Path logFile) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArguments);
        Files.createDirectories(logFile.getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        return new ChildProcess(name, builder.start(), logFile);
    }

    /** Runs a JVM to completion (a tool such as Kafka's storage formatter); fails on a non-zero exit. */
    static void runJava(String name, List<String> jvmArguments, Path logFile, Duration timeout)
            throws IOException, InterruptedException {
        ChildProcess child = startJava(name, jvmArguments, Map.of(), logFile);
        if (!child.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) || child.process.exitValue() != 0) {
            child.close();
            throw new IllegalStateException(name + " failed; see " + logFile);
        }
    }

    String name() {
        return name;
    }

    Path logFile() {
        return logFile;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Asks the JVM to stop (SIGTERM: graceful shutdown), then kills it if it does not within 30 s. */
    @Override
    public void close() {
        terminate(Duration.ofSeconds(30));
    }

    /**
     * SIGTERM, then SIGKILL if the JVM has not exited within {@code grace}, as Kubernetes does;
     * returns how long it took to exit after the SIGTERM, longer than {@code grace} when it was killed.
     */
    Duration terminate(Duration grace) {
        if (!process.isAlive()) {
            return Duration.ZERO;
        }
        long start = System.nanoTime();
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
