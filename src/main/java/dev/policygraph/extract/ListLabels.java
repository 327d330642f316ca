package dev.policygraph.extract;

/**
 * Renders list numbers the way Word prints them, for numbering formats found in Chinese plans: 1, 01, 一 … 九十九
 * (Chinese counting, also for Word's "thousand" and Japanese variants), 壹, 甲, ①, a, A, i, I. Other formats fall back to
 * decimal; bullets and "none" render as nothing.
 */
final class ListLabels {

    private static final String DIGITS = "零一二三四五六七八九";
    private static final String LEGAL = "零壹贰叁肆伍陆柒捌玖";
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String ZODIAC = "子丑寅卯辰巳午未申酉戌亥";

    private ListLabels() {
    }

    /** The label of number {@code n} in OOXML numbering format {@code format} (e.g. "decimal", "chineseCounting"). */
    static String format(int n, String format) {
        String f = format == null ? "decimal" : format;
        switch (f) {
            case "bullet":
            case "none":
                return "";
            case "decimalZero":
                return n < 10 ? "0" + n : Integer.toString(n);
            case "chineseCounting":
            case "chineseCountingThousand":
            case "japaneseCounting":
            case "taiwaneseCounting":
            case "taiwaneseCountingThousand":
            case "ideographDigital":
                return chinese(n, DIGITS, "十", "百");
            case "chineseLegalSimplified":
                return chinese(n, LEGAL, "拾", "佰");
            case "ideographTraditional":
                return n >= 1 && n <= STEMS.length() ? String.valueOf(STEMS.charAt(n - 1)) : Integer.toString(n);
            case "ideographZodiac":
                return n >= 1 && n <= ZODIAC.length() ? String.valueOf(ZODIAC.charAt(n - 1)) : Integer.toString(n);
            case "decimalEnclosedCircle":
            case "decimalEnclosedCircleChinese":
                return n >= 1 && n <= 20 ? String.valueOf((char) ('\u2460' + n - 1)) : Integer.toString(n);
            case "decimalFullWidth":
                return fullWidth(Integer.toString(n));
            case "lowerLetter":
                return letters(n, 'a');
            case "upperLetter":
                return letters(n, 'A');
            case "lowerRoman":
                return roman(n).toLowerCase(java.util.Locale.ROOT);
            case "upperRoman":
                return roman(n);
            default:
                return Integer.toString(n);
        }
    }

    /** 1 to 999 as printed in Chinese plans: 一, 十, 十一, 二十, 一百零五. */
    static String chinese(int n, String digits, String ten, String hundred) {
        if (n <= 0 || n > 999) {
            return Integer.toString(n);
        }
        StringBuilder s = new StringBuilder();
        int h = n / 100;
        int t = n / 10 % 10;
        int u = n % 10;
        if (h > 0) {
            s.append(digits.charAt(h)).append(hundred);
        }
        if (t > 0) {
            if (!(h == 0 && t == 1)) {
                s.append(digits.charAt(t));
            }
            s.append(ten);
        } else if (h > 0 && u > 0) {
            s.append(digits.charAt(0));
        }
        if (u > 0) {
            s.append(digits.charAt(u));
        }
        return s.toString();
    }

    private static String fullWidth(String ascii) {
        StringBuilder s = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            s.append((char) (c - '0' + '\uFF10'));
        }
        return s.toString();
    }

    private static String letters(int n, char a) {
        if (n <= 0) {
            return Integer.toString(n);
        }
        char c = (char) (a + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                s.append(symbols[i]);
                n -= values[i];
            }
        }
        return s.toString();
    }
}
