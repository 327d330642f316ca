package dev.policygraph.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** The named Cypher statements of cypher/queries/*.cypher, by file name without extension. */
@Component
public class CypherQueries {

    private final Map<String, String> byName;

    CypherQueries() {
        this.byName = load("classpath*:cypher/queries/*.cypher");
    }

    /** The statement stored as cypher/queries/{name}.cypher. */
    public String get(String name) {
        String cypher = byName.get(name);
        if (cypher == null) {
            throw new IllegalArgumentException("No Cypher query named " + name + " in cypher/queries");
        }
        return cypher;
    }

    static Map<String, String> load(String pattern) {
        Map<String, String> out = new TreeMap<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                String file = r.getFilename();
                if (file == null) {
                    continue;
                }
                out.put(file.substring(0, file.length() - ".cypher".length()),
                        r.getContentAsString(StandardCharsets.UTF_8).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + pattern, e);
        }
        return out;
    }
}
