package dev.policygraph.analysis.similarity;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The features of one task's wording, read from its text reduced to letters and digits: the character bigrams with
 * their (sublinear) frequencies, read without the digits, and the hashed character trigrams that recognise restated
 * text, read from its {@link #restatement} form (without figures and with the words that name its own level of
 * government in one form). The title counts
 * only when the text is empty (the text starts with it). Spaces, line breaks, punctuation and full/half-width
 * variants do not count, so the PDF text and the web text of one plan have the same features.
 */
final class Features {

    /** Levels of government as a plan names its own, after {@link #OWN} (全省, 我市) or before 级 (省级, 县级). */
    private static final String LEVELS = "国省市区县州";
    private static final String OWN = "全我本该各";
    /** Characters that carry a figure's magnitude after its digits (3万, 1.5亿). */
    private static final String MAGNITUDES = "万亿千百";

    /** Distinct bigram keys of the text without its digits, ascending. */
    final int[] grams;
    /** How often each bigram of {@link #grams} occurs in the text. */
    final int[] counts;
    /** 1 + ln(count) of each bigram in {@link #grams}. */
    final float[] tf;
    /** Distinct hashes of the character trigrams of the text's {@link #restatement} form, ascending. */
    final int[] trigrams;
    /**
     * The positions in {@link #grams} of the bigrams of the title (without its digits), ascending: the title's words
     * as far as the text holds them (a title is the text's heading or its first sentence); empty where the task has
     * no title of its own (no title, or no text beside it).
     */
    final int[] title;

    private Features(int[] grams, int[] counts, float[] tf, int[] trigrams, int[] title) {
        this.grams = grams;
        this.counts = counts;
        this.tf = tf;
        this.trigrams = trigrams;
        this.title = title;
    }

    static Features of(String title, String text) {
        String t = normalize(text);
        boolean hasText = !t.isEmpty();
        if (t.isEmpty()) {
            t = normalize(title);
        }
        int[] all = bigrams(withoutDigits(t));
        Arrays.sort(all);
        int distinct = 0;
        int[] grams = new int[all.length];
        int[] counts = new int[all.length];
        float[] tf = new float[all.length];
        for (int i = 0; i < all.length; ) {
            int j = i;
            while (j < all.length && all[j] == all[i]) {
                j++;
            }
            grams[distinct] = all[i];
            counts[distinct] = j - i;
            tf[distinct] = (float) (1 + Math.log(j - i));
            distinct++;
            i = j;
        }
        int[] keys = Arrays.copyOf(grams, distinct);
        String heading = normalize(title);
        int[] titleAt = new int[0];
        if (hasText && !heading.isEmpty()) {
            int[] own = distinctSorted(bigrams(withoutDigits(heading)));
            titleAt = new int[own.length];
            int n = 0;
            for (int key : own) {
                int at = Arrays.binarySearch(keys, key);
                if (at >= 0) {
                    titleAt[n++] = at;
                }
            }
            titleAt = Arrays.copyOf(titleAt, n);
        }
        return new Features(keys, Arrays.copyOf(counts, distinct), Arrays.copyOf(tf, distinct),
                distinctSorted(trigrams(restatement(t))), titleAt);
    }

    /**
     * The wording a restatement keeps when a lower plan restates a higher plan's task (a cascade): the figures are
     * the lower plan's own (到2026年全省新增学位3万个 / 到2026年全市新增学位4500个), and so is the level of government
     * it names itself by (全省 / 全市, 省级 / 市级, 我省 / 我区), so the figures (with the 万 or 亿 of their magnitude)
     * are left out and those level words read as one. Place names stay: a template filled in for two places
     * (支持郑州机场…, 支持西安机场…) is two measures. A text of digits only keeps them.
     */
    static String restatement(String normalized) {
        StringBuilder b = new StringBuilder(normalized.length());
        boolean figure = false;
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (Character.isDigit(c) || figure && MAGNITUDES.indexOf(c) >= 0) {
                figure = true;
                continue;
            }
            figure = false;
            boolean ownLevel = LEVELS.indexOf(c) >= 0 && (i > 0 && OWN.indexOf(normalized.charAt(i - 1)) >= 0
                    || c != '国' && i + 1 < normalized.length() && normalized.charAt(i + 1) == '级');
            b.append(ownLevel ? '*' : c); // '*' is never in a normalized text
        }
        return b.length() == 0 ? normalized : b.toString();
    }

    /**
     * The text without its digits, for the bigrams that measure a shared measure: years, counts and targets are the
     * plan's own figures (到2027年, 建成3所), and the bigrams of digits are shared by nearly every task that names a
     * year, so they raise unrelated pairs alike (labelled pairs: tuning half 0.702 -> 0.724, held-out half 0.634 ->
     * 0.667 in bench/similarity/explore.py). A text of digits only keeps them.
     */
    static String withoutDigits(String normalized) {
        StringBuilder b = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (!Character.isDigit(c)) {
                b.append(c);
            }
        }
        return b.length() == 0 ? normalized : b.toString();
    }

    /** NFKC, lower case, only letters and digits (CJK ideographs are letters). */
    static String normalize(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    static int[] bigrams(String s) {
        if (s.length() < 2) {
            return s.isEmpty() ? new int[0] : new int[] {s.charAt(0) << 16};
        }
        int[] out = new int[s.length() - 1];
        for (int i = 0; i + 1 < s.length(); i++) {
            out[i] = (s.charAt(i) << 16) | s.charAt(i + 1);
        }
        return out;
    }

    static int[] trigrams(String s) {
        if (s.length() < 3) {
            return new int[] {s.hashCode()};
        }
        int[] out = new int[s.length() - 2];
        for (int i = 0; i + 2 < s.length(); i++) {
            out[i] = (s.charAt(i) * 31 + s.charAt(i + 1)) * 31 + s.charAt(i + 2);
        }
        return out;
    }

    static int[] distinctSorted(int[] a) {
        int[] c = a.clone();
        Arrays.sort(c);
        int n = 0;
        for (int i = 0; i < c.length; i++) {
            if (i == 0 || c[i] != c[i - 1]) {
                c[n++] = c[i];
            }
        }
        return Arrays.copyOf(c, n);
    }

    /** |a ∩ b| of two ascending arrays of distinct values. */
    static int intersection(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                n++;
                i++;
                j++;
            }
        }
        return n;
    }
}
