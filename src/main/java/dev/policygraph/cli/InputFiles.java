package dev.policygraph.cli;

import dev.policygraph.extract.Extractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Expands the paths given on a command line: a directory stands for the files directly in it that have the
 * extension of a type read here (.txt only, or every type the extractor reads); a file named explicitly is taken
 * whatever its name, since its content decides its type.
 */
final class InputFiles {

    /** The extensions picked out of a directory for {@link #expandDocuments}, as .txt, .pdf ... */
    static final List<String> DOCUMENT_EXTENSIONS = Extractor.EXTENSIONS.stream().sorted().map(e -> "." + e).toList();

    private InputFiles() {
    }

    /** Files and directories of .txt files (the ingest path, until it reads every type). */
    static List<Path> expand(List<Path> paths) throws IOException {
        return expand(paths, name -> name.endsWith(".txt"));
    }

    /** Files and directories of documents of every type the extractor reads. */
    static List<Path> expandDocuments(List<Path> paths) throws IOException {
        return expand(paths, Extractor::supports);
    }

    private static List<Path> expand(List<Path> paths, Predicate<String> inDirectory) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    listing.filter(p -> Files.isRegularFile(p) && inDirectory.test(p.getFileName().toString()))
                            .sorted().forEach(out::add);
                }
            } else if (Files.isRegularFile(path)) {
                out.add(path);
            } else {
                throw new NoSuchFileException(path.toString(), null, "no such file or directory");
            }
        }
        return out;
    }
}
