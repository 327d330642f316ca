package dev.policygraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Cheap exact equivalents of regular expressions the parser runs on every line and clause (they showed up in its
 * profile): the same results as the expressions they stand for, without a matcher.
 */
final class TextOps {

    private TextOps() {
    }

    /**
     * True when a bracket of {@code opens} opened in {@code s} between {@code from} and {@code to} is still open at
     * {@code to} (its closing counterpart at the same place in {@code closes}).
     */
    static boolean openAt(CharSequence s, int from, int to, String opens, String closes) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (opens.indexOf(c) >= 0) {
                depth++;
            } else if (closes.indexOf(c) >= 0 && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    /**
     * The words as one alternation, as {@code String.join("|", words quoted)} would match them (tried in the order
     * given), but grouped by their first character behind a lookahead of those characters: a position where no word
     * starts fails at once, and only the words starting with its character are tried, in their order. Two words
     * starting with different characters never match at one position, so grouping them changes no match. Words that
     * are empty or hold a surrogate are joined as they are.
     */
    static String alternation(List<String> words) {
        Map<Character, List<String>> byFirst = new LinkedHashMap<>();
        for (String w : words) {
            if (w.isEmpty() || w.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
                return String.join("|", words.stream().map(Pattern::quote).toList());
            }
            byFirst.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w.substring(1));
        }
        if (byFirst.isEmpty()) {
            return String.join("|", words.stream().map(Pattern::quote).toList());
        }
        StringBuilder firsts = new StringBuilder("(?=[");
        StringBuilder groups = new StringBuilder("(?:");
        byFirst.forEach((first, rests) -> {
            String c = "\\x{" + Integer.toHexString(first) + "}";
            firsts.append(c);
            if (groups.length() > 3) {
                groups.append('|');
            }
            groups.append(c);
            if (rests.size() == 1) {
                groups.append(rests.get(0).isEmpty() ? "" : Pattern.quote(rests.get(0)));
            } else {
                groups.append("(?:").append(String.join("|", rests.stream()
                        .map(r -> r.isEmpty() ? "" : Pattern.quote(r)).toList())).append(')');
            }
        });
        return firsts.append("])").append(groups).append(')').toString();
    }

    /** As {@code s.replaceAll("[\\s\\p{P}\\p{S}]", "")}: spaces, punctuation and symbols removed. */
    static String withoutSpacesAndPunctuation(String s) {
        char[] kept = null; // made at the first character dropped
        int length = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            // the CJK Unified Ideographs U+4E00 to U+9FA5 (letters) first: most of the text
            boolean drop = (cp < 0x4E00 || cp > 0x9FA5) && (isRegexSpace(cp) || isPunctuationOrSymbol(cp));
            if (drop && kept == null) {
                kept = new char[s.length()];
                s.getChars(0, i, kept, 0);
                length = i;
            } else if (!drop && kept != null) {
                s.getChars(i, i + n, kept, length);
                length += n;
            }
            i += n;
        }
        return kept == null ? s : new String(kept, 0, length);
    }

    /**
     * As {@code regex.matcher(s).find()} for an expression without lookbehind that ends in {@code $} and matches at
     * most {@code longest} characters: only the end of s is searched (and a line terminator of up to two characters
     * after the match, which {@code $} allows).
     */
    static boolean findAtEnd(Pattern regex, String s, int longest) {
        return regex.matcher(s).region(Math.max(0, s.length() - longest - 2), s.length()).find();
    }

    /**
     * As {@code regex.matcher(s).replaceAll("")} where regex is {@code [chars]+$}: the run of those characters at the
     * end removed. {@code $} also matches before a line terminator at the end, so text with line terminators goes
     * to the regex itself.
     */
    static String withoutTrailing(String s, String chars, Pattern regex) {
        if (hasLineTerminator(s)) {
            return regex.matcher(s).replaceAll("");
        }
        int end = s.length();
        while (end > 0 && chars.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return end == s.length() ? s : s.substring(0, end);
    }

    /**
     * As {@code Character.UnicodeScript.of(c) == HAN}, with the common cases first: nothing below U+2E80 is Han, the
     * CJK Unified Ideographs U+4E00 to U+9FA5 all are (the script lookup is a binary search).
     */
    static boolean isHan(char c) {
        if (c < '\u2E80') {
            return false;
        }
        return c >= '\u4E00' && c <= '\u9FA5' || (HAN_ABOVE_2E80[(c - '\u2E80') >>> 6] & 1L << (c - '\u2E80')) != 0;
    }

    /** Character.UnicodeScript.of(c) == HAN for each char from U+2E80 on, looked up once (a bit per char). */
    private static final long[] HAN_ABOVE_2E80 = hanAbove2E80();

    private static long[] hanAbove2E80() {
        long[] bits = new long[(0x10000 - 0x2E80 + 63) / 64];
        for (int c = 0x2E80; c < 0x10000; c++) {
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                bits[(c - 0x2E80) >>> 6] |= 1L << (c - 0x2E80);
            }
        }
        return bits;
    }

    /** As {@code [\\s]} of java.util.regex without flags. */
    static boolean isRegexSpace(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == 0x0B || cp == '\f' || cp == '\r';
    }

    private static boolean isPunctuationOrSymbol(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                 Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    static boolean hasLineTerminator(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /** True when s contains one of the words (as an alternation of literals would find). */
    static boolean containsAny(String s, String... words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
