package io.partnerhub.platform.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;

/** One Partnerhub service as its own JVM, started from its Spring Boot jar (the local run and the e2e tests). */
public final class ServiceProcess implements AutoCloseable {

    private final ChildProcess process;
    private final URI baseUri;

    private ServiceProcess(ChildProcess process, URI baseUri) {
        this.process = process;
        this.baseUri = baseUri;
    }

    public static ServiceProcess start(Path repository, String service, int port, Map<String, String> environment,
                                Path dataDirectory) throws IOException {
        Path jar = bootJar(repository, service);
        ChildProcess child = ChildProcess.startJava(service, List.of("-Xmx384m", "-XX:+UseSerialGC",
                        "-XX:TieredStopAtLevel=1", "-Dorg.apache.avro.SERIALIZABLE_PACKAGES=io.partnerhub.events",
                        "-jar", jar.toString()),
                environment, dataDirectory.resolve("logs/" + service + ".log"));
        return new ServiceProcess(child, URI.create("http://127.0.0.1:" + port));
    }

    public static Path bootJar(Path repository, String service) throws IOException {
        try (Stream<Path> files = Files.list(repository.resolve(service).resolve("target"))) {
            return files.filter(file -> file.getFileName().toString().matches(service + "-.*[0-9T]\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No jar for " + service + ": run mvn package first"));
        }
    }

    public String name() {
        return process.name();
    }

    public URI baseUri() {
        return baseUri;
    }

    public Path logFile() {
        return process.logFile();
    }

    /** The JVM's resident memory (VmRSS of {@code /proc/<pid>/status}); empty where that cannot be read. */
    public OptionalLong residentBytes() {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D+", "")) * 1024)
                    .findFirst();
        } catch (IOException | RuntimeException notLinuxOrGone) {
            return OptionalLong.empty();
        }
    }

    public void awaitHealthy(HttpClient http, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest request = HttpRequest.newBuilder(baseUri.resolve("/actuator/health")).timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name() + " stopped during start-up; see " + logFile());
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name() + " not healthy after " + timeout + "; see " + logFile());
    }

    /** SIGTERM, SIGKILL after {@code grace}: how long the JVM took to exit (more than {@code grace} if killed). */
    public Duration terminate(Duration grace) {
        return process.terminate(grace);
    }

    @Override
    public void close() {
        process.close();
    }
}
