package dev.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A task table flattened into one paragraph without any separator, as a document-sharing site's preview of a .docx
 * prints it: …责任分工表序号工作内容目标任务责任单位备注1将生活垃圾分类…。市委宣传部、市城管委,各区(市)县政府2完善…。
 * The header is the run of column names after 序号; each row starts with the next number (the first 1, or the number a
 * table continued from a page before goes on with), and its responsible units are what follows the row's last full
 * stop (a deadline after them, 全年, left out; a clause with 牵头 or 配合 read as one).
 */
final class GluedTables {

    /** A row's next number: not part of a figure (2021年, 2次, 20%), before the text of the row. */
    private static final Pattern COUNTER_AFTER = Pattern.compile("[\\d.%年月日号个项次万亿元名人所家位条批期轮届类级星座处户亩吨]");
    /** A deadline cell ending the units' cell: 全年, 2023年12月底前, 长期, 持续推进. */
    private static final Pattern DEADLINE_TAIL = Pattern.compile(
            "(?:全年|长期|持续推进|持续|常态化|(?:(?:19|20)\\d{2}年)?(?:\\d{1,2}月)?(?:底|末)?(?:前|内)?(?:完成)?)$");
    /** The verb a units' cell may end with: A、B等按职责分工负责. */
    private static final Pattern DUTY_TAIL = Pattern.compile("(?:等)?(?:按职责分工|按职责)?(?:负责|落实|牵头)?$");
    private static final int MIN_ROW = 10;
    private static final int MIN_COLUMNS = 2;

    private GluedTables() {
    }

    /** The table of the paragraph at {@code at}, or null when it holds no glued header followed by row 1. */
    static Tables.Table read(List<String> lines, int at) {
        String line = lines.get(at);
        int header = line.indexOf("序号");
        if (header < 0 || line.length() < 60) {
            return null;
        }
        int names = 0;
        Tables.Role unitRole = null; // the role of the header's (last) unit column
        int pos = header + 2;
        for (String name = Tables.columnNameAt(line, pos); name != null; name = Tables.columnNameAt(line, pos)) {
            names++;
            Tables.Role role = Tables.roleOf(name);
            if (role == Tables.Role.LEAD || role == Tables.Role.RESPONSIBLE) {
                unitRole = role;
            }
            pos += name.length();
        }
        // the first row's number: 1, or where the table goes on from a page before (上接第三版 … 21树立…)
        int digits = pos;
        while (digits < line.length() && digits - pos < 3 && Character.isDigit(line.charAt(digits))) {
            digits++;
        }
        if (names < MIN_COLUMNS || digits == pos || digits >= line.length() || !TextOps.isHan(line.charAt(digits))
                || line.charAt(pos) == '0') {
            return null;
        }
        List<List<String>> raw = new ArrayList<>();
        int start = pos;
        for (int n = Integer.parseInt(line.substring(pos, digits)); start >= 0; n++) {
            int next = nextRow(line, start + String.valueOf(n).length(), n + 1);
            String row = line.substring(start + String.valueOf(n).length(), next < 0 ? line.length() : next);
            raw.add(cells(String.valueOf(n), row, unitRole != null));
            start = next;
        }
        if (raw.size() < 2) {
            return null;
        }
        String caption = header > 0 ? line.substring(0, header) : null;
        List<Tables.Role> roles = new ArrayList<>(List.of(Tables.Role.NUMBER, Tables.Role.TITLE));
        if (unitRole != null) {
            roles.add(unitRole);
        }
        return Tables.built(at, at, caption, roles, raw);
    }

    /** Where row {@code n} starts after {@code from}: its number before the row's text, not a figure; or -1. */
    private static int nextRow(String line, int from, int n) {
        String number = String.valueOf(n);
        for (int i = line.indexOf(number, from + MIN_ROW); i >= 0; i = line.indexOf(number, i + 1)) {
            int after = i + number.length();
            if (i > 0 && Character.isDigit(line.charAt(i - 1)) || after >= line.length()) {
                continue;
            }
            char c = line.charAt(after);
            if (TextOps.isHan(c) && !COUNTER_AFTER.matcher(String.valueOf(c)).matches()
                    && (i == 0 || line.charAt(i - 1) != '第')) {
                return i;
            }
        }
        return -1;
    }

    /** A row's cells: its number, its text, and the units after its last full stop (when the table has a unit column). */
    private static List<String> cells(String number, String row, boolean units) {
        int stop = row.lastIndexOf('。');
        if (!units || stop < 0 || stop == row.length() - 1) {
            return List.of(number, row);
        }
        String tail = row.substring(stop + 1);
        if ((tail.contains("牵头") || tail.contains("配合")) && Clauses.whole(tail) != null) {
            return List.of(number, row.substring(0, stop + 1), tail); // A、B牵头;C配合;各州(市)政府落实: read as a clause
        }
        tail = DEADLINE_TAIL.matcher(tail).replaceFirst("");
        tail = DUTY_TAIL.matcher(tail).replaceFirst("");
        List<String> named = UnitNames.split(tail);
        // bodies by their names (团市委, 市妇联 end in no body's word): each plausible, the first named as a body
        if (named.isEmpty() || !UnitNames.named(named.get(0).replaceFirst("\\([^()]*\\)$", ""))
                || !named.stream().allMatch(UnitNames::plausible)) {
            return List.of(number, row.substring(0, stop + 1)); // the cell after the text holds no bodies (cut short)
        }
        return List.of(number, row.substring(0, stop + 1), String.join("、", named));
    }
}
