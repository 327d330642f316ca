package dev.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads title, issuers, document number, region and date from the paragraphs before the first heading. */
final class Metadata {

    private static final Pattern DOC_NUMBER = Pattern.compile(
            "([\\p{IsHan}]{1,12})\\s*[〔\\[(]\\s*((?:19|20)\\d{2})\\s*[〕\\])]\\s*(\\d{1,4})\\s*号");
    private static final Pattern NUMBER_LABEL = Pattern.compile("^(?:文号|文件编号|发文字号|发文号|编号)");
    private static final Pattern CN_DATE = Pattern.compile("^((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日$");
    private static final Pattern FIELD_DATE = Pattern.compile(
            "(成文日期|发文日期|印发日期|发布日期)\\s*[:|]?\\s*((?:19|20)\\d{2})[-./年](\\d{1,2})[-./月](\\d{1,2})");
    private static final Pattern PRINTED_ON = Pattern.compile("((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日印发");
    private static final Pattern FIELD_ISSUER = Pattern.compile("发布机构\\s*[:|]?\\s*([^|\\s]+)");
    private static final Pattern ORG = Pattern.compile(
            "^[\\p{IsHan}()]{4,30}(?:办公室|办公厅|人民政府|政府|委员会|委|局|厅|部|院|中心|办)$");
    /** "衢州市人民政府关于…的实施意见": a plan titled with its issuer. */
    private static final Pattern TITLE_ISSUER = Pattern.compile("^(.{4,30}?)关于");
    private static final Pattern PLAN_SUFFIX = Pattern.compile(
            "(?:方案|意见|计划|规划|办法|细则|措施|纲要|要点|规定|决定|通告)$");
    private static final Pattern NOTICE = Pattern.compile("^(.*?)关于印发《?(.+?)》?的通知$");
    private static final Pattern NOT_IN_TITLE = Pattern.compile("[,。;:|]");

    private Metadata() {
    }

    static DocumentMeta read(List<String> preamble, List<String> all) {
        String notice = null;
        String noticeIssuer = null;
        for (String p : preamble) {
            Matcher m = NOTICE.matcher(p);
            if (m.matches() && m.group(2).length() >= 4) {
                notice = m.group(2);
                noticeIssuer = m.group(1).isEmpty() ? null : m.group(1);
                break;
            }
        }
        String title = bodyTitle(preamble);
        if (title == null) {
            title = notice;
        }
        int dateAt = -1;
        for (int i = 0; i < preamble.size(); i++) {
            if (CN_DATE.matcher(preamble.get(i)).matches()) {
                dateAt = i;
                break;
            }
        }
        List<String> issuers = new ArrayList<>();
        for (int i = dateAt - 1; i >= 0 && ORG.matcher(preamble.get(i)).matches(); i--) {
            issuers.add(0, preamble.get(i));
        }
        if (issuers.isEmpty()) {
            for (String p : preamble) {
                Matcher m = FIELD_ISSUER.matcher(p);
                if (m.find()) {
                    issuers.add(m.group(1));
                    break;
                }
            }
        }
        if (issuers.isEmpty() && noticeIssuer != null) {
            issuers.add(noticeIssuer);
        }
        if (issuers.isEmpty() && title != null) {
            Matcher m = TITLE_ISSUER.matcher(title);
            if (m.find() && ORG.matcher(m.group(1)).matches()) {
                issuers.add(m.group(1));
            }
        }
        Region region = null;
        for (String issuer : issuers) {
            region = Regions.of(issuer);
            if (region != null) {
                break;
            }
        }
        if (region == null && title != null) {
            region = Regions.of(title);
        }
        return new DocumentMeta(title, List.copyOf(issuers), docNumber(preamble, all), region,
                date(preamble, dateAt, all));
    }

    private static String bodyTitle(List<String> preamble) {
        String title = null;
        for (int i = 0; i < preamble.size(); i++) {
            String p = preamble.get(i);
            String candidate = p;
            if (i > 0 && (p.length() < 6 || preamble.get(i - 1).endsWith("的"))) {
                candidate = preamble.get(i - 1) + p;
            }
            if (isTitle(candidate)) {
                title = candidate;
            } else if (isTitle(p)) {
                title = p;
            }
        }
        return title;
    }

    private static boolean isTitle(String s) {
        return s.length() >= 6 && s.length() <= 60 && PLAN_SUFFIX.matcher(s).find()
                && !NOT_IN_TITLE.matcher(s).find() && !s.startsWith("印发") && !s.startsWith("关于印发")
                && !s.matches(".*\\d{4}.*") && !s.contains("《");
    }

    private static String docNumber(List<String> preamble, List<String> all) {
        String found = docNumberIn(preamble);
        return found != null ? found : null;
    }

    private static String docNumberIn(List<String> paragraphs) {
        for (String p : paragraphs) {
            Matcher m = DOC_NUMBER.matcher(p);
            if (m.find()) {
                String prefix = NUMBER_LABEL.matcher(m.group(1)).replaceFirst("");
                if (!prefix.isEmpty() && prefix.length() <= 8) {
                    return prefix + "〔" + m.group(2) + "〕" + m.group(3) + "号";
                }
            }
        }
        return null;
    }

    private static String date(List<String> preamble, int dateAt, List<String> all) {
        if (dateAt >= 0) {
            Matcher m = CN_DATE.matcher(preamble.get(dateAt));
            if (m.matches()) {
                return iso(m.group(1), m.group(2), m.group(3));
            }
        }
        for (String label : List.of("成文日期", "发文日期", "印发日期", "发布日期")) {
            for (String p : preamble) {
                Matcher m = FIELD_DATE.matcher(p);
                while (m.find()) {
                    if (m.group(1).equals(label)) {
                        return iso(m.group(2), m.group(3), m.group(4));
                    }
                }
            }
        }
        for (String p : all) {
            Matcher m = PRINTED_ON.matcher(p);
            if (m.find()) {
                return iso(m.group(1), m.group(2), m.group(3));
            }
        }
        return null;
    }

    private static String iso(String y, String m, String d) {
        return String.format("%s-%02d-%02d", y, Integer.parseInt(m), Integer.parseInt(d));
    }
}
