package dev.policygraph.loading;

import dev.policygraph.config.PolicyGraphProperties;
import dev.policygraph.persistence.GraphQueries;
import dev.policygraph.persistence.ReadQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The sample documents: the .txt files of the seeds directory (./seeds) when it exists, else the copies packaged
 * with the application. Loaded when the graph holds no document.
 */
@Component
class SeedDocuments {

    private static final Logger log = LoggerFactory.getLogger(SeedDocuments.class);

    record DocumentCount(long documents) {
    }

    private final GraphQueries queries;
    private final DocumentLoader loader;
    private final Path directory;

    SeedDocuments(GraphQueries queries, DocumentLoader loader, PolicyGraphProperties properties) {
        this.queries = queries;
        this.loader = loader;
        this.directory = properties.seeds().directory();
    }

    /** Loads the seeds when the graph holds no document; returns how many were loaded. */
    int loadWhenEmpty() {
        if (queries.single(ReadQuery.DOCUMENT_COUNT, Map.of(), DocumentCount.class).documents() > 0) {
            return 0;
        }
        int loaded = loader.load(Files.isDirectory(directory) ? fromDirectory() : fromClasspath()).size();
        log.info("Graph was empty: loaded {} seed documents", loaded);
        return loaded;
    }

    private List<Source> fromDirectory() {
        try (Stream<Path> files = Files.list(directory)) {
            List<Source> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                out.add(new Source(p.getFileName().toString(), Files.readAllBytes(p)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seeds from " + directory.toAbsolutePath(), e);
        }
    }

    private static List<Source> fromClasspath() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:seeds/*.txt");
            List<Source> out = new ArrayList<>();
            for (Resource r : Arrays.stream(found).sorted(Comparator.comparing(Resource::getFilename)).toList()) {
                out.add(new Source(String.valueOf(r.getFilename()), r.getContentAsByteArray()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the packaged seeds", e);
        }
    }
}
