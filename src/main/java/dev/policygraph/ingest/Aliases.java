package dev.policygraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The abbreviation table in ingest/aliases.tsv on the class path. */
final class Aliases {

    private static final Aliases DEFAULT = load();

    private final Map<String, String> names;
    private final Map<String, String> suffixes;

    private Aliases(Map<String, String> names, Map<String, String> suffixes) {
        this.names = names;
        this.suffixes = suffixes;
    }

    static Aliases standard() {
        return DEFAULT;
    }

    /** The full name for a whole printed name, or null. */
    String name(String printed) {
        return names.get(printed);
    }

    /** The expansion of what follows a level prefix, or the text itself when the table has none. */
    String suffix(String rest) {
        return suffixes.getOrDefault(rest, rest);
    }

    private static Aliases load() {
        Map<String, String> names = new HashMap<>();
        Map<String, String> suffixes = new HashMap<>();
        try (InputStream in = Aliases.class.getResourceAsStream("/ingest/aliases.tsv")) {
            if (in == null) {
                throw new IllegalStateException("ingest/aliases.tsv is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 2) {
                    throw new IllegalStateException("ingest/aliases.tsv: not two tab-separated columns: " + line);
                }
                if (cols[0].startsWith("*")) {
                    suffixes.put(cols[0].substring(1), cols[1]);
                } else {
                    names.put(cols[0], cols[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Aliases(Map.copyOf(names), Map.copyOf(suffixes));
    }
}
