package dev.policygraph.persistence;

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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * On start-up, when the graph holds no document, loads the sample documents: the .txt files of ./seeds when that
 * directory exists, else the copies packaged with the application.
 */
@Component
class SeedLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final GraphQueries queries;
    private final GraphLoader loader;
    private final boolean enabled;
    private final Path directory;

    SeedLoader(GraphQueries queries, GraphLoader loader,
               @Value("${policygraph.seeds.load-when-empty:true}") boolean enabled,
               @Value("${policygraph.seeds.directory:seeds}") Path directory) {
        this.queries = queries;
        this.loader = loader;
        this.enabled = enabled;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || documentCount() > 0) {
            return;
        }
        List<GraphLoader.Source> sources = Files.isDirectory(directory) ? fromDirectory() : fromClasspath();
        var written = loader.load(sources);
        log.info("Graph was empty: loaded {} seed documents", written.size());
    }

    private long documentCount() {
        return queries.read("document-count", Map.of(), r -> r.get("documents").asLong()).get(0);
    }

    private List<GraphLoader.Source> fromDirectory() {
        try (Stream<Path> files = Files.list(directory)) {
            List<GraphLoader.Source> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                out.add(new GraphLoader.Source(p.getFileName().toString(), Files.readAllBytes(p)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seeds from " + directory.toAbsolutePath(), e);
        }
    }

    private static List<GraphLoader.Source> fromClasspath() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:seeds/*.txt");
            List<GraphLoader.Source> out = new ArrayList<>();
            for (Resource r : Arrays.stream(found).sorted(Comparator.comparing(Resource::getFilename)).toList()) {
                out.add(new GraphLoader.Source(r.getFilename(), r.getContentAsByteArray()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the packaged seeds", e);
        }
    }
}
