package dev.policygraph.persistence;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Cypher script into its statements at the semicolons that end them. A semicolon inside a string
 * ('...' or "...", with backslash escapes), a quoted name (`...`) or a comment does not end a statement; comments
 * (// to the end of the line, and /* ... *&#47;) are dropped.
 */
final class CypherScript {

    private CypherScript() {
    }

    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        int n = script.length();
        while (i < n) {
            char c = script.charAt(i);
            char next = i + 1 < n ? script.charAt(i + 1) : '\0';
            if (c == '/' && next == '/') {
                i = script.indexOf('\n', i);
                if (i < 0) {
                    break;
                }
            } else if (c == '/' && next == '*') {
                int end = script.indexOf("*/", i + 2);
                if (end < 0) {
                    throw new IllegalArgumentException("Unterminated /* comment in Cypher script");
                }
                current.append(' ');
                i = end + 2;
            } else if (c == '\'' || c == '"' || c == '`') {
                int end = quoteEnd(script, i);
                current.append(script, i, end + 1);
                i = end + 1;
            } else if (c == ';') {
                add(out, current);
                i++;
            } else {
                current.append(c);
                i++;
            }
        }
        add(out, current);
        return out;
    }

    /** The index of the quote closing the string or name opened at {@code start}. */
    private static int quoteEnd(String script, int start) {
        char quote = script.charAt(start);
        for (int i = start + 1; i < script.length(); i++) {
            char c = script.charAt(i);
            if (c == '\\' && quote != '`') {
                i++;
            } else if (c == quote) {
                if (quote == '`' && i + 1 < script.length() && script.charAt(i + 1) == '`') {
                    i++;
                } else {
                    return i;
                }
            }
        }
        throw new IllegalArgumentException("Unterminated " + quote + " quote in Cypher script at offset " + start);
    }

    private static void add(List<String> out, StringBuilder statement) {
        String s = statement.toString().strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
        statement.setLength(0);
    }
}
