package dev.policygraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the parser's rule tables (src/main/resources/ingest/*.tsv): one rule a line, # comments, tab-separated. */
final class RuleFiles {

    private RuleFiles() {
    }

    /** The rows of the table, each split at tabs into exactly {@code columns} cells. */
    static List<String[]> rows(String name, int columns) {
        List<String[]> rows = new ArrayList<>();
        String path = "/ingest/" + name;
        try (InputStream in = RuleFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("ingest/" + name + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException("ingest/" + name + " line " + lineNumber + ": expected " + columns
                            + " tab-separated column(s): " + line);
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The first column of every row. */
    static List<String> lines(String name) {
        return rows(name, 1).stream().map(r -> r[0].strip()).toList();
    }
}
