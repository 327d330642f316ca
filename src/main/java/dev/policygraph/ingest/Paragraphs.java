package dev.policygraph.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Normalises text (NFKC, no stray spaces) and cuts it into paragraphs. Text extracted from PDF, where lines are
 * hard-wrapped at a fixed width, is rejoined first, so that it yields the same paragraphs as the web text.
 */
final class Paragraphs {

    /** A line that begins a structural unit and therefore never continues the line before it. */
    static final Pattern STRUCTURAL_START = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.]|\\([一二三四五六七八九十]+\\)|\\d{1,3}\\s*[.、](?!\\d)|\\(\\d{1,3}\\)|"
                    + "实施项目\\s*\\d+|——|[(]\\s*(?:牵头|责任|配合|主责|协办|参与)(?:单位|部门)|"
                    + "(?:牵头|责任|配合)(?:单位|部门)\\s*:)");
    private static final Pattern SPACE_NEAR_HAN = Pattern.compile(
            "(?<=[\\p{IsHan}\\d%,.;:!?()《》“”、。])[ \\t]+|[ \\t]+(?=[\\p{IsHan}\\d%,.;:!?()《》“”、。])");
    /** Page numbers and footers of PDF text: — 3 —, -3-, 第3页, 第3页共12页, 3/12. */
    private static final Pattern PAGE_MARK = Pattern.compile(
            "^(?:[-—–]{1,2}\\s*\\d{1,4}\\s*[-—–]{1,2}|第\\s*\\d{1,4}\\s*页(?:\\s*[,,]?\\s*共\\s*\\d{1,4}\\s*页)?"
                    + "|\\d{1,4}\\s*/\\s*\\d{1,4})$");
    private static final String TERMINAL = "。;:!?";

    private Paragraphs() {
    }

    static String normalize(String text) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n');
        s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        s = s.replace('\u00a0', ' ').replace('\u3000', ' ').replace("\u200b", "").replace("\ufeff", "");
        s = s.replace('【', '〔').replace('】', '〕');
        StringBuilder out = new StringBuilder(s.length());
        for (String line : s.split("\n", -1)) {
            String t = line.strip();
            t = SPACE_NEAR_HAN.matcher(t).replaceAll("");
            out.append(t).append('\n');
        }
        return out.toString();
    }

    /** Paragraphs of normalised text, blank lines dropped. */
    static List<String> split(String normalized) {
        List<String> lines = new ArrayList<>();
        for (String line : normalized.split("\n")) {
            if (!line.isBlank() && !PAGE_MARK.matcher(line.strip()).matches()) {
                lines.add(line);
            }
        }
        int width = wrapWidth(lines);
        if (width == 0) {
            return lines;
        }
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = null;
        String previous = null;
        for (String line : lines) {
            boolean continues = current != null && !STRUCTURAL_START.matcher(line).find()
                    && previous.length() >= width - 2 && TERMINAL.indexOf(last(previous)) < 0;
            if (continues) {
                current.append(line);
            } else {
                if (current != null) {
                    paragraphs.add(current.toString());
                }
                current = new StringBuilder(line);
            }
            previous = line;
        }
        if (current != null) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }

    /**
     * The width at which the text was hard-wrapped, or 0 when it was not: in wrapped text most lines have one
     * length (give or take a character or two).
     */
    static int wrapWidth(List<String> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        int considered = 0;
        for (String line : lines) {
            if (line.length() >= 12) {
                counts.merge(line.length(), 1, Integer::sum);
                considered++;
            }
        }
        if (considered < 10) {
            return 0;
        }
        int best = 0;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            int around = counts.getOrDefault(e.getKey() - 1, 0) + e.getValue() + counts.getOrDefault(e.getKey() + 1, 0);
            if (around > bestCount) {
                best = e.getKey() + 1;
                bestCount = around;
            }
        }
        return best <= 80 && bestCount * 10 >= considered * 4 ? best : 0;
    }

    private static char last(String s) {
        return s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
    }
}
