package dev.policygraph.ingest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a 完成时限 phrase into a {@link Due}: 2023年底前, 2024年6月, 2024年6月底前, 2025年12月31日, 2024年上半年,
 * 2024年第三季度, 2023—2025年 (the end of the range), 3月底前 (in the plan's year), 每年/每季度 (recurring),
 * 长期坚持/持续推进 (continuing). Null when the phrase names no time.
 */
final class Deadlines {

    private static final Pattern CONTINUOUS = Pattern.compile("长期|持续|常态化|久久为功|动态|不间断");
    /** A frequency: 每年, 每学期, 每季度, 每月, 每周, 每两年, 每半年 (not 每个, 每人). */
    static final Pattern FREQUENCY = Pattern.compile(
            "每(?:[两二三四五六七八九十]{1,2}|半)?(?:个)?(?:学年|年|学期|季度|季|月|周|天|日)");
    /** A recurring time: a frequency, or a year's or a quarter's turn (年度, 逐年, 按季度). */
    private static final Pattern RECURRING = Pattern.compile(FREQUENCY.pattern() + "|年度|逐年|按年|按季度|按月");
    private static final Pattern FULL_DATE = Pattern.compile("((?:19|20)\\d{2})\\s*[年.\\-/]\\s*(\\d{1,2})\\s*[月.\\-/]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern YEAR_MONTH = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月");
    private static final Pattern YEAR_QUARTER = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(?:第)?([一二三四1-4])\\s*季度");
    private static final Pattern YEAR_HALF = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(上|下)半年");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern MONTH = Pattern.compile("(\\d{1,2})\\s*月");

    private Deadlines() {
    }

    /** The deadline a phrase states, with {@code planYear} for phrases without a year (3月底前), or null. */
    static Due read(String printed, Integer planYear) {
        if (printed == null || printed.isBlank()) {
            return null;
        }
        String s = printed.strip();
        LocalDate date = date(s, planYear);
        if (date != null) {
            return new Due(Due.Kind.DATE, date, printed);
        }
        if (RECURRING.matcher(s).find()) {
            return new Due(Due.Kind.RECURRING, null, printed);
        }
        if (CONTINUOUS.matcher(s).find()) {
            return new Due(Due.Kind.CONTINUOUS, null, printed);
        }
        return null;
    }

    /** The last day the phrase allows; of a range (2023—2025年) its end. */
    private static LocalDate date(String s, Integer planYear) {
        LocalDate last = null;
        Matcher m = FULL_DATE.matcher(s);
        while (m.find()) {
            last = later(last, safeDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        }
        if (last != null) {
            return last;
        }
        m = YEAR_QUARTER.matcher(s);
        while (m.find()) {
            int q = "一二三四".indexOf(m.group(2)) >= 0 ? "一二三四".indexOf(m.group(2)) + 1 : Integer.parseInt(m.group(2));
            last = later(last, YearMonth.of(Integer.parseInt(m.group(1)), q * 3).atEndOfMonth());
        }
        m = YEAR_HALF.matcher(s);
        while (m.find()) {
            last = later(last, YearMonth.of(Integer.parseInt(m.group(1)), m.group(2).equals("上") ? 6 : 12).atEndOfMonth());
        }
        m = YEAR_MONTH.matcher(s);
        while (m.find()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                last = later(last, YearMonth.of(Integer.parseInt(m.group(1)), month).atEndOfMonth());
            }
        }
        if (last != null) {
            return last;
        }
        m = YEAR.matcher(s);
        while (m.find()) {
            last = later(last, LocalDate.of(Integer.parseInt(m.group(1)), 12, 31));
        }
        if (last != null) {
            return last;
        }
        m = MONTH.matcher(s);
        if (planYear != null && m.find()) {
            int month = Integer.parseInt(m.group(1));
            if (month >= 1 && month <= 12) {
                return YearMonth.of(planYear, month).atEndOfMonth();
            }
        }
        return null;
    }

    private static LocalDate safeDate(int y, int m, int d) {
        if (m < 1 || m > 12) {
            return null;
        }
        YearMonth ym = YearMonth.of(y, m);
        return d >= 1 && d <= ym.lengthOfMonth() ? ym.atDay(d) : ym.atEndOfMonth();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
