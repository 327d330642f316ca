package dev.policygraph.ingest;

/** Chinese numerals as numbers: 三 = 3, 十七 = 17, 二十 = 20, 一百零五 = 105, 二〇二二 = 2022 (digit by digit). */
final class ChineseNumbers {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumbers() {
    }

    /** The value, or -1 when the text is no Chinese numeral. */
    static int parse(String s) {
        if (s == null || s.isEmpty()) {
            return -1;
        }
        String t = s.replace('零', '〇').replace('两', '二').replace('○', '〇').replace('Ｏ', '〇').replace('O', '〇');
        if (t.indexOf('十') < 0 && t.indexOf('百') < 0 && t.indexOf('千') < 0 && t.indexOf('万') < 0) {
            int v = 0;
            for (int i = 0; i < t.length(); i++) {
                int d = DIGITS.indexOf(t.charAt(i));
                if (d < 0) {
                    return -1;
                }
                v = v * 10 + d;
            }
            return v;
        }
        int total = 0;
        int section = 0;
        int digit = -1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            int d = DIGITS.indexOf(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10000;
                default -> -1;
            };
            if (unit < 0) {
                return -1;
            }
            if (unit == 10000) {
                total += (section + Math.max(digit, 0)) * unit;
                section = 0;
            } else {
                section += (digit < 0 ? 1 : digit) * unit;
            }
            digit = -1;
        }
        return total + section + Math.max(digit, 0);
    }
}
