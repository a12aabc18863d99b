package dev.turnout.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads the golden corpus ({@code golden/<area>/<subject>_<case>.bl} plus {@code .in.json} and {@code .out.json} or
 * {@code .err.txt}) from the classpath, whether it sits in a directory (this module's tests) or in the shared-ir
 * test-jar (the other modules' tests), sorted by name so runs are stable.
 */
public final class GoldenCorpus {
    private GoldenCorpus() {}

    public static List<GoldenCase> load() {
        URL readme = GoldenCorpus.class.getClassLoader().getResource("golden/README.md");
        if (readme == null) throw new IllegalStateException("golden corpus not on the classpath");
        try {
            URI uri = readme.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                return scan(fs.getPath("/golden"));
            }
            return scan(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the golden corpus", e);
        }
    }

    private static List<GoldenCase> scan(Path root) throws IOException {
        List<GoldenCase> cases = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path program : files.filter(p -> p.toString().endsWith(".bl")).sorted().toList()) {
                String file = program.getFileName().toString();
                String stem = file.substring(0, file.length() - 3);
                Path dir = program.getParent();
                String name = root.relativize(dir).resolve(stem).toString().replace('\\', '/');
                String input = read(dir.resolve(stem + ".in.json"));
                String output = read(dir.resolve(stem + ".out.json"));
                String error = read(dir.resolve(stem + ".err.txt"));
                if ((output == null) == (error == null)) {
                    throw new IllegalStateException(name + ": needs exactly one of .out.json and .err.txt");
                }
                cases.add(new GoldenCase(name, read(program), input == null ? "{}" : input, output,
                        error == null ? null : error.strip()));
            }
        }
        return cases;
    }

    private static String read(Path path) {
        try {
            return Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
