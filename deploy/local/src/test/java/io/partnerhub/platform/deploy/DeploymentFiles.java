package io.partnerhub.platform.deploy;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads the repository's deployment files and the environment variables each service reads. */
final class DeploymentFiles {

    static final List<String> SERVICES =
            List.of("partnership-service", "billing-service", "tender-service", "notification-service");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

    /** deploy/local runs with deploy/local as working directory. */
    static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent().getParent();

    private DeploymentFiles() {
    }

    static Path deploy(String relative) {
        return REPOSITORY.resolve("deploy").resolve(relative);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(Path file) {
        return (Map<String, Object>) new Yaml().load(read(file));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> yamlDocuments(Path file) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml().loadAll(read(file))) {
            documents.add((Map<String, Object>) document);
        }
        return documents;
    }

    /** Environment variables named by ${VAR} or ${VAR:default} placeholders in the service's config. */
    static Set<String> environmentVariablesReadBy(String service) {
        Set<String> variables = new TreeSet<>();
        Path resources = REPOSITORY.resolve(service).resolve("src/main/resources");
        try (Stream<Path> files = Files.list(resources)) {
            files.filter(file -> file.getFileName().toString().matches("application.*\\.(yml|yaml|properties)"))
                    .forEach(file -> {
                        Matcher matcher = PLACEHOLDER.matcher(read(file));
                        while (matcher.find()) {
                            variables.add(matcher.group(1));
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return variables;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
