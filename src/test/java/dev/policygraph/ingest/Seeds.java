package dev.policygraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The project's copies of the sample documents. */
final class Seeds {

    static final Path DIR = Path.of("seeds");

    private Seeds() {
    }

    static Path file(String prefix) {
        try (var files = Files.list(DIR)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + prefix + " in " + DIR.toAbsolutePath()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String prefix) {
        try {
            return Files.readAllBytes(file(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedDocument parse(String prefix) {
        Path f = file(prefix);
        return new DocumentParser().parse(f.getFileName().toString(), bytes(prefix));
    }
}
