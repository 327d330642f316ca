package dev.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tables drawn with box-drawing characters (┌─┬─┐ │序号│任务│ ├─┼─┤), as Word and WPS copy them into text: each row
 * between two rules becomes one tab-separated line, a cell wrapped over several lines joined again, and a header cell
 * spanning sub-columns (责任单位 over 牵头 / 配合) read as its sub-columns. Cells are found by their display columns
 * (a Chinese character is two wide), so this runs before the text is normalised.
 */
final class BoxTables {

    private BoxTables() {
    }

    /** The text with every box-drawn table flattened to tab-separated rows; text without one is returned as is. */
    static String flatten(String text) {
        if (text.indexOf('│') < 0 && text.indexOf('┃') < 0) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < lines.length) {
            if (!isBoxLine(lines[i])) {
                out.append(lines[i]).append('\n');
                i++;
                continue;
            }
            int end = i;
            while (end < lines.length && isBoxLine(lines[end])) {
                end++;
            }
            for (String row : table(List.of(lines).subList(i, end))) {
                out.append(row).append('\n');
            }
            i = end;
        }
        out.setLength(Math.max(0, out.length() - 1));
        return out.toString();
    }

    private static boolean isBoxLine(String line) {
        String s = line.strip();
        return !s.isEmpty() && "┌├└│┃┏┣┗╔╠╚║┼".indexOf(s.charAt(0)) >= 0;
    }

    private static boolean isRule(String line) {
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (!Character.isWhitespace(c) && !isBoxChar(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBoxChar(char c) {
        return c >= '\u2500' && c <= '\u257f';
    }

    private static boolean isSeparator(char c) {
        return "│┃║├┤┼┬┴┣┫╋╠╣╬".indexOf(c) >= 0;
    }

    private static int width(char c) {
        if (isBoxChar(c) || c < 0x1100) {
            return 1;
        }
        if (c >= '\u4e00' && c <= '\u9fff') {
            return 2; // CJK Unified Ideographs, without the block lookup
        }
        return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && c >= '\uff61' ? 1 : 2;
    }

    /** Spaces and horizontal rules inside a cell: no part of its text. */
    private static final Pattern FILL = Pattern.compile("[\\s\u3000─━═]+");

    /** A fragment of text between two separators of one line, by display column. */
    private record Fragment(int from, int to, String text) {
    }

    private static List<Fragment> fragments(String line) {
        List<Fragment> out = new ArrayList<>();
        int column = 0;
        int start = -1;
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (isSeparator(c)) {
                if (start >= 0) {
                    out.add(new Fragment(start, column, FILL.matcher(text).replaceAll("")));
                }
                start = column + 1;
                text.setLength(0);
            } else if (start >= 0) {
                text.append(c);
            }
            column += width(c);
        }
        if (start >= 0 && text.length() > 0) {
            out.add(new Fragment(start, column, FILL.matcher(text).replaceAll("")));
        }
        return out;
    }

    /**
     * A record whose every line has one fragment per leaf column: its cells joined by position, whatever the padding
     * (cells padded unevenly, │课后服务│ beside │ 学位供给 │, do not line up by display column). False otherwise.
     */
    private static boolean byIndex(List<String> record, int columns, String[] into) {
        List<List<Fragment>> lines = new ArrayList<>();
        for (String line : record) {
            List<Fragment> fs = fragments(line);
            if (fs.size() != columns) {
                return false;
            }
            lines.add(fs);
        }
        for (List<Fragment> fs : lines) {
            for (int c = 0; c < columns; c++) {
                String text = fs.get(c).text();
                if (!text.isEmpty()) {
                    into[c] = into[c] == null ? text : into[c] + text;
                }
            }
        }
        return true;
    }

    private static List<String> table(List<String> lines) {
        // records: the content lines between two rules
        List<List<String>> records = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : lines) {
            if (isRule(line)) {
                if (!current.isEmpty()) {
                    records.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            records.add(current);
        }
        if (records.isEmpty()) {
            return List.of();
        }
        // the leaf columns: the cells of the line below the header that has the most of them
        List<int[]> cells = new ArrayList<>();
        for (List<String> record : records.subList(Math.min(1, records.size() - 1), records.size())) {
            for (String line : record) {
                List<Fragment> fs = fragments(line);
                if (fs.size() > cells.size()) {
                    cells = fs.stream().map(f -> new int[] {f.from(), f.to()}).toList();
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (List<String> record : records) {
            String[] own = new String[cells.size()];
            String[] spanning = new String[cells.size()];
            if (byIndex(record, cells.size(), own)) {
                out.add(String.join("\t", java.util.Arrays.stream(own).map(c -> c == null ? "" : c).toList()));
                continue;
            }
            for (String line : record) {
                for (Fragment f : fragments(line)) {
                    if (f.text().isEmpty()) {
                        continue;
                    }
                    List<Integer> covered = new ArrayList<>();
                    for (int c = 0; c < cells.size(); c++) {
                        int[] cell = cells.get(c);
                        if (f.from() < cell[1] && cell[0] < f.to()) {
                            covered.add(c);
                        }
                    }
                    for (int c : covered) {
                        String[] into = covered.size() == 1 ? own : spanning;
                        into[c] = into[c] == null ? f.text() : into[c] + f.text();
                    }
                }
            }
            List<String> row = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) {
                row.add(own[c] != null ? own[c] : spanning[c] != null ? spanning[c] : "");
            }
            out.add(String.join("\t", row));
        }
        return out;
    }
}
