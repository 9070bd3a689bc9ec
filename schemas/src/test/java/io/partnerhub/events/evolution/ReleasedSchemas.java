package io.partnerhub.events.evolution;

import org.apache.avro.Schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The released record schemas, stored as layers: {@code src/main/released/r<N>/<record full name>.avsc}
 * holds only the records that release added or changed; the full set of release N is r1..rN laid over
 * each other (the latest file of each record wins). Records are never removed (the evolution check
 * fails when a released record disappears), so a release needs no list of removals. A release folder
 * is written once by {@link ReleaseCut} and never edited afterwards.
 */
final class ReleasedSchemas {

    static final Path DIRECTORY = Path.of("src", "main", "released");

    private static final Pattern RELEASE_NAME = Pattern.compile("r[1-9][0-9]*");

    /** One released version of a record schema: the release that introduced it. */
    record Released(String release, Schema schema) {
    }

    /** One release folder: the record schemas it added or changed, by full name. */
    record Release(String name, Map<String, Schema> changed) {

        int number() {
            return ReleasedSchemas.number(name);
        }
    }

    private ReleasedSchemas() {
    }

    /** Released versions by record full name, oldest release first (one entry per release that changed it). */
    static Map<String, List<Released>> read(Path directory) {
        Map<String, List<Released>> released = new TreeMap<>();
        for (Release release : releases(directory)) {
            release.changed().forEach((name, schema) -> released.computeIfAbsent(name, n -> new ArrayList<>())
                    .add(new Released(release.name(), schema)));
        }
        return released;
    }

    /** Every record schema as it was in the given release: r1..release laid over each other. */
    static Map<String, Schema> fullSet(Path directory, String release) {
        List<Release> releases = releases(directory);
        if (releases.stream().noneMatch(r -> r.name().equals(release))) {
            throw new IllegalArgumentException("no release " + release + " under " + directory);
        }
        return compose(releases.stream().filter(r -> r.number() <= number(release)).toList());
    }

    /** The releases in order r1, r2, ..., each checked to hold only what it added or changed. */
    static List<Release> releases(Path directory) {
        List<Release> releases = new ArrayList<>();
        for (Path folder : folders(directory)) {
            String name = folder.getFileName().toString();
            if (number(name) != releases.size() + 1) {
                throw new IllegalStateException(directory + " must hold r1..rN without gaps, found " + name
                        + " after " + releases.size() + " release(s)");
            }
            Map<String, Schema> before = compose(releases);
            Release release = new Release(name, schemasIn(folder));
            release.changed().forEach((record, schema) -> {
                if (before.containsKey(record) && unchanged(before.get(record), schema)) {
                    throw new IllegalStateException(folder.resolve(record + ".avsc") + " is an unchanged copy of "
                            + record + ": a release holds only the records it added or changed");
                }
            });
            releases.add(release);
        }
        return List.copyOf(releases);
    }

    /** The latest schema of every record across the given releases (in order). */
    static Map<String, Schema> compose(List<Release> releases) {
        Map<String, Schema> full = new TreeMap<>();
        releases.forEach(release -> full.putAll(release.changed()));
        return full;
    }

    /** Same text, documentation included: a doc-only edit is a change worth releasing too. */
    static boolean unchanged(Schema released, Schema schema) {
        return released.toString(true).equals(schema.toString(true));
    }

    static boolean isReleaseName(String name) {
        return RELEASE_NAME.matcher(name).matches();
    }

    static int number(String release) {
        if (!isReleaseName(release)) {
            throw new IllegalArgumentException("a release is named r<N> (r1, r2, ...), not '" + release + "'");
        }
        return Integer.parseInt(release.substring(1));
    }

    private static List<Path> folders(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isDirectory)
                    .sorted(Comparator.comparingInt(folder -> number(folder.getFileName().toString())))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Schema> schemasIn(Path folder) {
        Map<String, Schema> schemas = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String fileName = file.getFileName().toString();
                if (!fileName.endsWith(".avsc")) {
                    throw new IllegalStateException(file + ": a release folder holds only <record full name>.avsc files");
                }
                Schema schema = new Schema.Parser().parse(Files.readString(file, StandardCharsets.UTF_8));
                if (!fileName.equals(schema.getFullName() + ".avsc")) {
                    throw new IllegalStateException(file + " holds " + schema.getFullName());
                }
                schemas.put(schema.getFullName(), schema);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return schemas;
    }
}
