package dev.policygraph.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The Cypher statements of cypher/read/*.cypher, cypher/write/*.cypher and cypher/system/*.cypher, by
 * {@link ReadQuery}, {@link WriteQuery} and {@link SystemQuery}. Created first at start-up: a constant without its file, or a file without its constant, stops
 * the start with a message naming them.
 */
public class CypherQueries {

    static final String READ = "cypher/read/";
    static final String WRITE = "cypher/write/";
    static final String SYSTEM = "cypher/system/";
    /** Parts that several queries share, each the one home of a rule (which tasks a filter matches). */
    static final String INCLUDE = "cypher/include/";
    /** A line {@code // include: name} stands for the text of cypher/include/name.cypher. */
    private static final java.util.regex.Pattern INCLUDE_LINE =
            java.util.regex.Pattern.compile("(?m)^// include: ([a-z0-9-]+)[ \t]*$");

    private final Map<ReadQuery, String> reads;
    private final Map<WriteQuery, String> writes;
    private final Map<SystemQuery, String> system;

    CypherQueries() {
        this(READ, WRITE);
    }

    CypherQueries(String readFolder, String writeFolder) {
        List<String> problems = new ArrayList<>();
        this.reads = match(ReadQuery.class, ReadQuery::fileName, readFolder, problems);
        this.writes = match(WriteQuery.class, WriteQuery::fileName, writeFolder, problems);
        this.system = match(SystemQuery.class, SystemQuery::fileName, SYSTEM, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The Cypher query files do not match the query names: "
                    + String.join("; ", problems));
        }
    }

    /** The statement of cypher/read/{name}.cypher. */
    public String read(ReadQuery query) {
        return reads.get(query);
    }

    /** The statement of cypher/write/{name}.cypher. */
    String write(WriteQuery query) {
        return writes.get(query);
    }

    /** The statement of cypher/system/{name}.cypher. */
    String system(SystemQuery query) {
        return system.get(query);
    }

    private static <E extends Enum<E>> Map<E, String> match(Class<E> names, Function<E, String> fileName,
                                                             String folder, List<String> problems) {
        Map<String, String> files = load("classpath*:" + folder + "*.cypher");
        Map<E, String> out = new EnumMap<>(names);
        Set<String> unused = new TreeSet<>(files.keySet());
        for (E name : names.getEnumConstants()) {
            String cypher = files.get(fileName.apply(name));
            unused.remove(fileName.apply(name));
            if (cypher == null || cypher.isBlank()) {
                problems.add(names.getSimpleName() + "." + name + " has no file " + folder + fileName.apply(name)
                        + ".cypher");
            } else {
                out.put(name, cypher);
            }
        }
        unused.forEach(f -> problems.add(folder + f + ".cypher has no " + names.getSimpleName() + " constant"));
        return out;
    }

    /**
     * The .cypher files matching the pattern, by file name without extension, their text stripped and their
     * {@code // include: name} lines replaced by the parts they name.
     */
    static Map<String, String> load(String pattern) {
        Map<String, String> out = new TreeMap<>();
        read(pattern).forEach((name, text) -> out.put(name, expand(name, text)));
        return out;
    }

    private static Map<String, String> read(String pattern) {
        Map<String, String> out = new TreeMap<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                String file = r.getFilename();
                if (file != null) {
                    out.put(file.substring(0, file.length() - ".cypher".length()),
                            r.getContentAsString(StandardCharsets.UTF_8).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + pattern, e);
        }
        return out;
    }

    private static String expand(String file, String text) {
        if (!INCLUDE_LINE.matcher(text).find()) {
            return text;
        }
        Map<String, String> parts = read("classpath*:" + INCLUDE + "*.cypher");
        String out = text;
        // a part may include other parts; a few rounds expand any sensible nesting, and a cycle is an error
        for (int round = 0; round < 5 && INCLUDE_LINE.matcher(out).find(); round++) {
            out = INCLUDE_LINE.matcher(out).replaceAll(include -> {
                String part = parts.get(include.group(1));
                if (part == null) {
                    throw new IllegalStateException(file + ".cypher includes " + INCLUDE + include.group(1)
                            + ".cypher, which does not exist");
                }
                return java.util.regex.Matcher.quoteReplacement(part);
            });
        }
        if (INCLUDE_LINE.matcher(out).find()) {
            throw new IllegalStateException(file + ".cypher: the parts it includes include each other in a cycle");
        }
        return out;
    }
}
