package dev.policygraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads title, issuers, document number, region and date: from the lines before the first heading (title block,
 * covering notice, fields of a government web page such as 发文机关/成文日期 in any of their printed layouts), from
 * the signature block (issuers above the signing date, wherever it stands) and, failing those, from the title's
 * issuer prefix or the document number's prefix (国发 = 国务院).
 */
final class Metadata {

    private static final Pattern DOC_NUMBER = Pattern.compile(
            "([\\p{IsHan}&&[^号]]{1,12})\\s*[〔\\[(]\\s*((?:19|20)\\d{2})\\s*[〕\\])]\\s*(\\d{1,4})\\s*号");
    /** A page's label in quotes before a notice's issuers: “党政混合信息公开”. */
    private static final Pattern QUOTED_LABEL = Pattern.compile("^“[^”]{1,20}”");
    /** A page's column label in brackets before a title: 【市政府重点工作及责任分解】滁州市人民政府关于…. */
    private static final Pattern BRACKETED_LABEL_BEFORE = Pattern.compile("^〔[^〔〕]{2,20}〕(?=[\\p{IsHan}]|(?:19|20)\\d{2}年)");
    private static final Pattern PROVINCE_BEFORE = Pattern.compile("^\\([\\p{IsHan}]{2,8}(?:省|自治区|市)\\)(?=[\\p{IsHan}]|(?:19|20)\\d{2}年)");
    private static final Pattern PUBLICATION_NOTE = Pattern.compile("^\\(此件[^()]{1,10}\\)\\s*");
    private static final Pattern LETTERHEAD = Pattern.compile("^([\\p{IsHan}()]{4,30}?)文件$");
    private static final Pattern NUMBER_LABEL = Pattern.compile("^(?:文号|文件编号|发文字号|发文号|编号|索引号)");
    private static final Pattern DATE_LINE = Pattern.compile(
            "^\\(?((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日\\)?$|^\\(?([〇○零OＯ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日\\)?$");
    private static final Pattern ANY_DATE = Pattern.compile("((?:19|20)\\d{2})\\s*[-./年]\\s*(\\d{1,2})\\s*[-./月]\\s*(\\d{1,2})");
    private static final Pattern PRINTED_ON = Pattern.compile("((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日印发");
    private static final Pattern ORG = Pattern.compile(
            "^[\\p{IsHan}()]{2,30}(?:办公室|办公厅|人民政府|政府|委员会|委|局|厅|部|院|中心|办|署|总局|总署|银行|党委|党组|领导小组|办事处|管委会|党工委|联席会议)$");
    /** A seal printed after the body that signs for another (省…厅际联席会议(代章)). */
    private static final Pattern SEAL = Pattern.compile("\\(代章\\)$");
    private static final Pattern PRINTED_BY = Pattern.compile("^([\\p{IsHan}()]{4,30})\\s*(?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日印发$");
    /** An annex's label, 附件, 附件2:, 附件 2: on a line of its own here, run into the title after it below. */
    private static final String ANNEX = "附件\\s*(?:\\d{1,2}(?!\\d))?\\s*[::]?";
    private static final Pattern ANNEX_LABEL = Pattern.compile("^" + ANNEX + "$");
    private static final Pattern TITLE_ISSUER = Pattern.compile("^(.{2,30}?)关于");
    /** A party committee and a government issuing jointly, printed as one name: 中共云南省委云南省人民政府 (or with 、 between). */
    private static final Pattern JOINT_ISSUERS = Pattern.compile(
            "^(中共(?:中央|[\\p{IsHan}]{2,12}?(?:委员会|委(?!员会)))(?:办公厅|办公室)?)[、 ]?([\\p{IsHan}]{3,30})$");
    /** A body before the year of its plan, the year also as a template prints it (区教育局201X年工作要点, 202x年). */
    private static final Pattern ISSUER_BEFORE_YEAR = Pattern.compile("^([\\p{IsHan}()]{2,30}?)(?:19|20)(?:\\d{2}|\\d?[Xx]{1,2})年");
    /** A school's plan, titled with the school's name: 枣庄市第四中学五年发展规划, XX小学2023年工作计划. */
    private static final Pattern SCHOOL_BEFORE_PLAN = Pattern.compile(
            "^(\\p{IsHan}{2,20}?(?:大学|学院|中学|小学|幼儿园|学校))(?=(?:19|20)\\d{2}|[一二三四五六七八九十]{1,2}年|“十|十[一二三四五六]五|发展规划|工作计划|工作要点|年度|学年|章程|办学)");
    /**
     * A collection site's tail after a title (区教育局201X年工作要点(精), …工作计划【7篇】, (范文10篇), (通用5篇), …计划书篇一):
     * the page's, not the plan's.
     */
    private static final Pattern SITE_TAIL = Pattern.compile(
            "[(〔\\[][^()〔〕\\[\\]]{0,8}?(?:篇|精选|范文|通用|精)[^()〔〕\\[\\]]{0,4}[)〕\\]]$|(?<=[\\p{IsHan}])篇[一二三四五六七八九十]{1,2}$");
    /**
     * What may close a title after its kind: (试行), (暂行), the count of its articles (三十条), another name of the plan
     * in brackets (…计划和安排(学校德育工作月度计划)), its year (学校德育处工作计划2017).
     */
    static final String TRIAL_TAIL = "(?:\\((?:试行|暂行|部分|[一二三四五六七八九十]{1,3}条|[^()]{2,40}(?:计划|方案|要点))\\)|(?:19|20)\\d{2}(?:年度?)?)?$";
    private static final Pattern TITLE_SUFFIX = Pattern.compile(
            "(?:方案|意见|计划|规划|办法|细则|措施|政策|纲要|要点|规定|决定|通告|通知|清单|分工|分解|指南|标准|[\\p{IsHan}]表|执行情况|落实情况|进展情况|完成情况|推进情况|情况报告|为民办实事|民生实事|(?<!^关于.{0,60})实事项目|汇编|指标体系|工作思路|工作安排|和安排|与安排|责任书|计划书|制度|重点工作任务|重点任务)"
                    + TRIAL_TAIL);
    /** The last character of every ending of TITLE_SUFFIX (a new ending's last character belongs here too). */
    private static final String TITLE_SUFFIX_LAST = "案见划法则施策要点定告知单工解南准表况事目编排书度系务路)0123456789年";
    /**
     * A part number, a year, an edition or a period after the title (…分工方案(一), …责任分解(2023年), …若干政策(2025年版),
     * …行动计划(2017—2020年), a report's quarter or months: …进展情况汇总表(第四季度), (10-12月)): kept
     * only when the title before it is one.
     */
    private static final Pattern TITLE_TAIL = Pattern.compile("\\((?:[一二三四五六七八九十]{1,2}|(?:19|20)\\d{2}年(?:度|版)?"
            + "|第[一二三四]季度|[上下]半年|\\d{1,2}\\s*[—–\\-~至]\\s*\\d{1,2}月(?:份)?|截至\\d{1,2}月(?:\\d{1,2}日|底)?"
            + "|(?:19|20)\\d{2}\\s*年?\\s*[—–\\-~至]+\\s*(?:19|20)\\d{2}\\s*年?度?)\\)$");
    /** A covering notice's title, with the document number a page may print after it: …的通知(武政办发〔2022〕9号). */
    private static final Pattern NOTICE = Pattern.compile(
            "^(.*?)(?:关于印发|(?<=[府厅局委办室会部])印发)《?(.+?)》?(?:的通知|的函|的批复)(?:\\([^()]{2,20}〔(?:19|20)\\d{2}〕\\d{1,4}号\\))?$");
    /** A plan's period opening the next line, the title going on after it: (2024-2027年)主要目标任务. */
    private static final Pattern PERIOD_THEN_MORE = Pattern.compile(
            "^\\((?:19|20)\\d{2}\\s*[—–\\-~至]+\\s*(?:19|20)\\d{2}\\s*年?\\)[\\p{IsHan}]{2,20}$");
    private static final Pattern PERIOD = Pattern.compile(
            "^\\((?:(?:19|20)\\d{2}\\s*[—–\\-~至]+\\s*(?:19|20)\\d{2}\\s*年?|(?:19|20)\\d{2}年(?:修订)?版)\\)$");
    private static final Pattern NOT_IN_TITLE = Pattern.compile("[,。;:|!?>]"); // >: a breadcrumb (首页 >> 专题)
    /** Field labels whose value is the issuer, in the order they are trusted. */
    private static final List<String> ISSUER_LABELS = List.of("发文机关", "发文机构", "发布机构", "发文单位", "发布单位", "发文部门", "制发机关", "制定机关");
    /** Field labels naming who put a page on a site: its publisher, which a notice's own heading outranks. */
    private static final List<String> PUBLISHER_LABELS = List.of("发布机构", "发布单位");
    private static final Pattern FIELD_LABELS = Pattern.compile(
            "(标题|名称|" + String.join("|", ISSUER_LABELS) + "|联合发文单位|成文日期|发文日期|印发日期|公布日期|发布日期|施行日期|实施日期|废止日期|"
                    + "文号|发文字号|字号|文件编号|索引号|主题分类|主题词|有效性|时效性|效力等级|效力级别|法规类别|统一编号|文件来源|信息来源)");
    /**
     * Labels of a page's byline (来源:X 发布时间:… 阅读次数:…): they end the value before them. 名称 and 标题 stand on
     * their own (单位名称: over a form's blank is no page field).
     */
    private static final Pattern FIELD_LABEL_COLON = Pattern.compile(
            "(" + FIELD_LABELS.pattern().replace("(标题|名称|", "((?<!\\p{IsHan})标题|(?<!\\p{IsHan})名称|")
                    + "|来源|发布时间|发表时间|时间|作者|责任编辑|编辑|阅读次数|浏览次数|浏览量|点击数|字体):");
    /** A field in brackets, the label's own line form: [发文机构] 北京市人民政府办公厅. */
    private static final Pattern BRACKETED_FIELD = Pattern.compile("^\\[" + FIELD_LABELS.pattern() + "\\](.*)$");
    /** A news outlet, not an issuing body, though its name ends in 中心: 某某县融媒体中心, 新闻中心. */
    private static final Pattern MEDIA = Pattern.compile("融媒体|新闻|传媒|报社|电视台|广播|网站");
    private static final Pattern FORWARDING = Pattern.compile("印发|转发|下发|颁布|发布");
    private static final Pattern PRINTED_NOTICE = Pattern.compile("^印发《?(.+?)》?的通知$");
    private static final Pattern BULLET = Pattern.compile("^[•·]\\s*");
    private static final Pattern SPACE = Pattern.compile("\\s");
    private static final Pattern WIDE_OR_NARROW_SPACE = Pattern.compile("[ \\u3000]");
    private static final Pattern CELL_SEPARATOR = Pattern.compile("[|\\t]");
    private static final Pattern BRACKETED_LINE = Pattern.compile("^\\(.*\\)$");
    /**
     * A line with a date (2024年5月, 2024-05) or starting with a digit other than a year (2025年…, a template's 20XX年…,
     * 2025-2026学年…, a year without 年 before a name: 2024政府工作报告…): no title.
     */
    private static final Pattern DATED_OR_NUMBERED = Pattern.compile(
            ".*\\d{4}年\\d{1,2}月.*|^(?!(?:19|20)(?:\\d{2}|\\d?[Xx]{1,2})(?:[-—–](?:19|20)\\d{2})?(?:年|学年|(?=[\\p{IsHan}&&[^年月日号]])))\\d.*|.*\\d{4}-\\d{1,2}(?!\\d).*");
    /** Prefixes of document numbers that name the issuer by themselves. */
    private static final Map<String, String> NUMBER_ISSUERS = Map.of(
            "国发", "国务院", "国办发", "国务院办公厅", "国办函", "国务院办公厅", "国函", "国务院", "中发", "中共中央",
            "中办发", "中共中央办公厅");

    private Metadata() {
    }

    static DocumentMeta read(List<String> printed, List<String> all) {
        List<String> preamble = withoutListColons(withSignatureUnglued(withHeadUnglued(printed)));
        Map<String, String> fields = fields(preamble);
        List<String> runs = titleRuns(preamble);
        String title = title(preamble, runs);
        String labelled = fields.get("标题") != null ? fields.get("标题") : fields.get("名称");
        if (title != null && labelled != null && !sameTitle(title, labelled)) {
            // the page's own 标题/名称 field, printed again as its heading, over a later title-like line (a table's
            // caption under it: …汇总表(10-12月) under the page's …汇总表(第四季度))
            String noticed = noticedPlan(labelled);
            String plan = noticed != null ? noticed : labelled;
            if (runs.stream().anyMatch(r -> sameTitle(r, plan)
                    || plan.startsWith(r) && TITLE_TAIL.matcher(plan.substring(r.length())).matches())) {
                title = plan;
            }
        }
        if (title == null && labelled != null) {
            // a page's 标题 or 名称 field, where no title is printed as a heading; holding the covering notice
            // (关于印发《X》的通知): the plan is X
            String noticed = noticedPlan(labelled);
            title = noticed != null ? noticed : labelled;
        }
        String docNumber = docNumber(preamble, fields);
        List<String> issuers = signature(preamble);
        if (issuers.isEmpty()) {
            issuers = signature(all);
        }
        List<String> named = issuers.isEmpty() ? titleIssuers(runs) : List.of();
        if (issuers.isEmpty() && named.size() == 1 && Regions.of(named.get(0)) != null
                && fields.get("发文机关") == null && fields.get("发文单位") == null
                && PUBLISHER_LABELS.stream().anyMatch(l -> fields.get(l) != null && !fields.get(l).equals(named.get(0)))) {
            // the notice's own heading names its issuer (某区民生工作领导小组办公室关于…的通知) over the page's publisher
            // (发布机构: 郊区发展和改革委员会, the office that put it on the site)
            issuers.addAll(named);
        }
        if (issuers.isEmpty() && named.size() > 1) {
            // a notice naming its issuers before 关于 (中共普洱市委办公室 普洱市人民政府办公室 关于印发…) over the page's
            // publisher field (发布机构: 市教育体育局)
            issuers.addAll(named);
        }
        if (issuers.isEmpty()) {
            for (String label : ISSUER_LABELS) {
                String v = fields.get(label);
                if (v != null && ORG.matcher(v).matches()) {
                    issuers.add(v);
                    break;
                }
            }
        }
        if (issuers.isEmpty()) {
            issuers.addAll(headIssuers(preamble));
        }
        if (issuers.isEmpty()) {
            issuers.addAll(footerIssuer(all));
        }
        if (issuers.isEmpty()) {
            issuers.addAll(named);
        }
        if (issuers.isEmpty() && title != null) {
            issuers.addAll(titleIssuers(List.of(title)));
        }
        if (issuers.isEmpty()) {
            // the page's source when it is a body or a school (来源:开原市城东镇中学), not a news site
            for (String label : List.of("信息来源", "来源")) {
                String v = fields.get(label);
                if (v != null && (ORG.matcher(v).matches() && !MEDIA.matcher(v).find() || Schools.isSchoolUnit(v))) {
                    issuers.add(v);
                    break;
                }
            }
        }
        if (issuers.isEmpty() && docNumber != null) {
            String prefix = docNumber.substring(0, docNumber.indexOf('〔'));
            if (NUMBER_ISSUERS.containsKey(prefix)) {
                issuers.add(NUMBER_ISSUERS.get(prefix));
            }
        }
        if (issuers.isEmpty()) {
            issuers.addAll(newsIssuer(preamble));
        }
        List<String> lead = title == null || issuers.isEmpty() ? newsLead(preamble) : null;
        if (lead != null) {
            // a news report's lead names the plan and its issuer (日前,甘肃省政府正式印发《关于加快乡村旅游发展的意见》)
            title = title == null ? lead.get(1) : title;
            if (issuers.isEmpty() && ORG.matcher(lead.get(0)).matches()) {
                issuers.add(lead.get(0));
            }
        }
        if (title == null) {
            // no title printed (a page's text opening at its number): the plan the notice hands over (现将《X》印发给你们)
            title = handedOver(preamble);
        }
        // a note on publication printed before the signature on its line ((此件主动公开) 海口市…委员会) is no part of it
        issuers.replaceAll(issuer -> PUBLICATION_NOTE.matcher(issuer).replaceFirst(""));
        if (!issuers.isEmpty() && !preamble.isEmpty()) {
            // a signature without its city (秀洲区人民政府) under a letterhead that prints it (嘉兴市秀洲区人民政府文件)
            Matcher head = LETTERHEAD.matcher(preamble.get(0).strip());
            if (head.matches() && head.group(1).length() > issuers.get(0).length() && head.group(1).endsWith(issuers.get(0))) {
                issuers.set(0, head.group(1));
            }
        }
        if (!issuers.isEmpty()) {
            // an issuer printed short, with its level only (县卫健委), whose full name the page's source prints
            // (来源:灵璧县卫生健康委员会): the full name
            String source = fields.get("来源") != null ? fields.get("来源") : fields.get("信息来源");
            String full = source == null ? null : fullName(issuers.get(0), source.strip());
            if (full != null) {
                issuers.set(0, full);
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
            Region prefecture = PlaceMentions.prefectureAtStart(title);
            region = prefecture != null ? prefecture : Regions.of(title);
            Matcher year = region == null ? LEADING_YEAR.matcher(title) : null;
            if (year != null && year.lookingAt()) {
                region = Regions.of(title.substring(year.end())); // 2021年新昌县政府…: the place after the year
                if (region != null && region.district() != null && BARE_ZONE.matcher(region.district()).matches()) {
                    region = null; // 2025年开发区重点工作: a kind of zone, no place's name
                }
            }
        }
        if (region == null && docNumber != null && NUMBER_ISSUERS.containsKey(docNumber.substring(0, docNumber.indexOf('〔')))) {
            region = Region.NATIONAL;
        }
        if (region == null) {
            region = PlaceMentions.statedOwn(preamble.isEmpty() ? all.subList(0, Math.min(all.size(), 12)) : preamble);
        }
        if (region == null) {
            region = PlaceMentions.dominant(all);
        }
        return new DocumentMeta(title, List.copyOf(issuers), docNumber, region, date(preamble, all, fields));
    }

    /** A kind of zone named without its place (开发区, 高新区): no region. */
    private static final Pattern BARE_ZONE = Pattern.compile("^(?:开发区|高新区|经开区|新区|园区|示范区|试验区|管理区|保税区)$");

    /** A year a title opens with, before the place it names (2021年新昌县…, 2023年度巨鹿县…). */
    private static final Pattern LEADING_YEAR = Pattern.compile(
            "^(?:19|20)\\d{2}年(?:度|\\d{1,2}月份?(?:[-—–至~]\\d{1,2}月份?)?|第?[一二三四1-4]季度|[上下]半年)?");

    /** A title glued to the opening words of the plan's first sentence: X实施方案为贯彻落实…, X工作方案根据…. */
    private static final Pattern GLUED_OPENING = Pattern.compile(
            "^([^,。;:《》“”]{6,60}?(?:方案|意见|计划|规划|办法|细则|要点|措施))(?=为了|为贯彻|为深入|为进一步|为加快|为全面|为切实|根据|按照|依据)");
    /** Words that open a sentence, not a title. */
    private static final Pattern OPENING_WORD = Pattern.compile("^(?:为|根据|按照|依据|关于印发|现将)");

    /**
     * A copy that lost its line breaks prints the title, the document number and the first sentence as one line
     * (河南省人民政府关于…的通知豫政〔2023〕5号现将…): that line split into the three it was, where the text before the
     * number's prefix ends as a title does.
     */
    private static List<String> withHeadUnglued(List<String> preamble) {
        for (int i = 0; i < preamble.size() && i < 3; i++) {
            String line = preamble.get(i).strip();
            Matcher opening = line.length() > 30 ? GLUED_OPENING.matcher(line) : null;
            if (opening != null && opening.lookingAt() && !OPENING_WORD.matcher(line).lookingAt()) {
                // a title run into the plan's first sentence (…创建实施方案为贯彻落实…): the title a line of its own
                List<String> out = new ArrayList<>(preamble.subList(0, i));
                out.add(opening.group(1));
                out.add(line.substring(opening.end(1)));
                out.addAll(preamble.subList(i + 1, preamble.size()));
                return out;
            }
            // (a title with its number alone is short: 国务院关于…的意见国发〔2011〕35号)
            Matcher m = line.length() > 14 && mayHoldDocNumber(line) ? DOC_NUMBER.matcher(line) : null;
            if (m == null || !m.find()) {
                continue;
            }
            for (int k = 1; k <= 6 && k < m.group(1).length(); k++) { // the prefix: 豫政, 国办发, 京政办发
                String head = line.substring(0, m.end(1) - k);
                if (head.length() >= 6 && head.length() <= 80 && titleEnding(head) && !NOT_IN_TITLE.matcher(head).find()) {
                    List<String> out = new ArrayList<>(preamble.subList(0, i));
                    out.add(head);
                    out.add(line.substring(m.end(1) - k, m.end()));
                    if (m.end() < line.length()) {
                        out.add(line.substring(m.end()));
                    }
                    out.addAll(preamble.subList(i + 1, preamble.size()));
                    return out;
                }
            }
        }
        return preamble;
    }

    /**
     * A list's heading that names the plan and ends with a colon before its items (沅江市人民政府2023年民生实事项目:): the
     * title, without the colon.
     */
    private static List<String> withoutListColons(List<String> preamble) {
        List<String> out = null;
        for (int i = 0; i < preamble.size(); i++) {
            String line = preamble.get(i).strip();
            if (line.length() < 9 || line.length() > 61 || !line.endsWith(":")) {
                continue;
            }
            String head = line.substring(0, line.length() - 1);
            if (!NOT_IN_TITLE.matcher(head).find() && (titleEnding(head) || head.endsWith("实事项目"))) {
                if (out == null) {
                    out = new ArrayList<>(preamble);
                }
                out.set(i, head);
            }
        }
        return out == null ? preamble : out;
    }

    private static final Pattern ANNEX_PREFIX = Pattern.compile(ANNEX);
    /** A signing date inside a line. */
    private static final Pattern INLINE_DATE = Pattern.compile("(?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日");

    /**
     * A copy that lost its line breaks prints a covering notice's signature, its date and the plan's title as one run
     * (…请认真贯彻执行。某某区管委会办公室2015年4月15日某某区…工作方案为进一步…): the body, the date and the title made
     * lines again. Only where a body's name stands right before the date (after the sentence before it), so that a
     * date inside a sentence (于2015年4月15日前报送) is left alone; the title only where the text after the date ends as
     * a title does before its first comma or full stop.
     */
    private static List<String> withSignatureUnglued(List<String> preamble) {
        List<String> out = null;
        for (int i = 0; i < preamble.size(); i++) {
            String line = preamble.get(i).strip();
            boolean signedAbove = i > 0 && ORG.matcher(preamble.get(i - 1).strip()).matches();
            List<String> parts = line.length() > 12 && line.indexOf('日') >= 0 ? signatureParts(line, signedAbove) : null;
            if (parts != null && out == null) {
                out = new ArrayList<>(preamble.subList(0, i));
            }
            if (out != null) {
                if (parts != null) {
                    out.addAll(parts);
                } else {
                    out.add(preamble.get(i));
                }
            }
        }
        return out == null ? preamble : out;
    }

    /**
     * The lines a run of sentence, signature, date and title splits into, or null when it holds no signature; a line
     * that starts with the date is one when the line above is a body's name ({@code signedAbove}).
     */
    private static List<String> signatureParts(String line, boolean signedAbove) {
        Matcher date = INLINE_DATE.matcher(line);
        while (date.find()) {
            String before = line.substring(0, date.start());
            int sentenceEnd = Math.max(before.lastIndexOf('。'), Math.max(before.lastIndexOf(':'), before.lastIndexOf(';')));
            String body = before.substring(sentenceEnd + 1);
            String after = line.substring(date.end());
            boolean signed = body.length() >= 4 && ORG.matcher(body).matches() || before.isEmpty() && signedAbove;
            if (!signed || before.length() == body.length() && after.isEmpty()) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            if (sentenceEnd >= 0) {
                parts.add(before.substring(0, sentenceEnd + 1));
            }
            if (!body.isEmpty()) {
                parts.add(body);
            }
            parts.add(date.group());
            Matcher annex = ANNEX_PREFIX.matcher(after);
            if (annex.lookingAt()) {
                parts.add(annex.group().strip()); // 附件 over the annex's title
                after = after.substring(annex.end());
            }
            if (!after.isEmpty()) {
                int stop = firstOf(after, ",。;:");
                String head = stop < 0 ? after : after.substring(0, stop);
                int titleEnd = -1;
                for (int k = Math.min(head.length(), 80); k >= 6 && titleEnd < 0; k--) {
                    if (titleEnding(head.substring(0, k))) {
                        titleEnd = k;
                    }
                }
                if (titleEnd > 0) {
                    parts.add(after.substring(0, titleEnd));
                    after = after.substring(titleEnd);
                }
                if (!after.isEmpty()) {
                    parts.add(after);
                }
            }
            return parts;
        }
        return null;
    }

    /** The first index in s of any of the characters, or -1. */
    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Fields of a web page's metadata table, in any layout: "发文机关:X" on one line, "发文机关:" with X on the next
     * line, "• 发布机构:X", or "索引号 | … | 发布机构 | X |".
     */
    private static Map<String, String> fields(List<String> preamble) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < preamble.size() && i < 60; i++) {
            String line = preamble.get(i);
            if (!line.isEmpty() && (line.charAt(0) == '•' || line.charAt(0) == '·')) {
                line = BULLET.matcher(line).replaceAll(""); // the anchored expression needs one of them first
            }
            String squeezed = withoutSpace(line);
            if (squeezed.contains("|") || line.indexOf('\t') >= 0) {
                String[] cells = CELL_SEPARATOR.split(WIDE_OR_NARROW_SPACE.matcher(line).replaceAll(""));
                for (int c = 0; c + 1 < cells.length; c++) {
                    String cell = cells[c].endsWith(":") ? cells[c].substring(0, cells[c].length() - 1) : cells[c];
                    Matcher m = FIELD_LABELS.matcher(cell); // 名称 | X, or 名称: | X
                    if (m.matches() && !cells[c + 1].isBlank()) {
                        out.putIfAbsent(m.group(1), cells[c + 1]);
                    }
                }
                continue;
            }
            Matcher bracketed = squeezed.startsWith("[") ? BRACKETED_FIELD.matcher(squeezed) : null; // it needs [ first
            if (bracketed != null && bracketed.matches()) {
                if (!bracketed.group(2).isEmpty()) {
                    out.putIfAbsent(bracketed.group(1), bracketed.group(2));
                }
                continue;
            }
            Matcher m = FIELD_LABEL_COLON.matcher(squeezed.indexOf(':') >= 0 ? squeezed : ""); // a label needs its colon
            List<int[]> labels = new ArrayList<>();
            while (m.find()) {
                labels.add(new int[] {m.start(1), m.end(1), m.end()});
            }
            for (int k = 0; k < labels.size(); k++) {
                int[] l = labels.get(k);
                String label = squeezed.substring(l[0], l[1]);
                String value = squeezed.substring(l[2], k + 1 < labels.size() ? labels.get(k + 1)[0] : squeezed.length());
                if (value.isEmpty() && k + 1 == labels.size() && i + 1 < preamble.size()) {
                    String next = preamble.get(i + 1).strip();
                    if (!FIELD_LABELS.matcher(withoutSpace(next)).lookingAt()) {
                        value = next;
                    }
                }
                if (!value.isEmpty()) {
                    out.putIfAbsent(label, value.strip());
                }
            }
        }
        return out;
    }

    /**
     * The plan's own title: the last title in the preamble (lines that join into a name ending in 方案, 意见 …), the
     * plan a covering notice prints (关于印发《X》的通知 → X) when the plan's title is not printed again.
     */
    private static String title(List<String> preamble, List<String> runs) {
        String notice = null;
        String own = null;
        String last = null;
        List<String> seen = new ArrayList<>();
        for (String candidate : runs) {
            if (seen.stream().anyMatch(r -> r.length() > candidate.length() && r.endsWith(candidate))
                    && !candidate.startsWith("关于") && !YEAR_FIRST.matcher(candidate).lookingAt() && Regions.of(candidate) == null) {
                // the end of a title seen whole above, printed again on its own (a page printing lines twice:
                // 毕业生就业工作的意见 after 关于做好2010年普通高校毕业生就业工作的意见); a whole title starts with 关于, a
                // year or a place
                continue;
            }
            seen.add(candidate);
            String noticed = noticedPlan(candidate);
            if (noticed != null) {
                if (notice == null || !sameTitle(notice, noticed) || !balancedQuotes(notice)) {
                    notice = noticed; // the same notice printed again without a quote keeps the whole one
                }
                continue;
            }
            if (candidate.startsWith("印发")) {
                Matcher printed = PRINTED_NOTICE.matcher(candidate);
                if (printed.matches()) {
                    notice = printed.group(1);
                }
                continue;
            }
            if (own == null && candidate.endsWith("的通知") && candidate.contains("关于") && !FORWARDING.matcher(candidate).find()) {
                own = candidate;
            }
            if (!candidate.endsWith("通知") || notice == null) {
                last = candidate;
            }
        }
        if (own != null && notice == null && hasAnnex(preamble)) {
            // a notice that is itself the document (关于做好…工作的通知), its annex (附件 …分工表) part of it
            return own;
        }
        if (notice != null && (last == null || !sameTitle(last, notice) && !last.endsWith("通知") && last.length() < 6)) {
            return notice;
        }
        if (notice != null && sameTitle(last, notice) && !balancedQuotes(last) && balancedQuotes(notice)) {
            return notice; // the heading lost a quote the notice prints (健康东西湖2035”行动计划… / “健康东西湖2035”…)
        }
        if (notice != null && last.endsWith("表") && !notice.endsWith("表") && !sameTitle(last, notice)) {
            return notice; // a table's caption in the plan (…主要经济指标表) under the notice naming the plan (…规划)
        }
        if (notice != null && notice.startsWith(last) && TITLE_TAIL.matcher(notice.substring(last.length())).matches()) {
            return notice; // the plan's heading without the period the notice prints whole (…行动计划(2023-2025年))
        }
        return ownTitle(last != null ? last : notice);
    }

    /** A file's name printed as the page's title: 钟楼区2023年生活垃圾分类工作任务清单.docx. */
    private static final Pattern FILE_SUFFIX = Pattern.compile("\\.(?:docx?|pdf|wps|xlsx?|txt)$", Pattern.CASE_INSENSITIVE);

    /** A file's type glued before a title by a page's download link: docx区教育体育局2024年教育工作要点. */
    private static final Pattern FILE_TYPE = Pattern.compile("^(?:docx?|pdf|wps|xlsx?|txt)(?=\\p{IsHan})", Pattern.CASE_INSENSITIVE);

    /**
     * The plan's own title in a title line: after a slogan the plan names itself after a dash (站在新起点…——
     * 枣庄市第四中学五年发展规划), and a file type glued before it is none of it.
     */
    private static String ownTitle(String title) {
        if (title == null) {
            return null;
        }
        String t = FILE_TYPE.matcher(title).replaceFirst("");
        int half = (t.length() - 2) / 2;
        if (t.endsWith(")") && half >= 4 && t.length() == 2 * half + 2 && t.charAt(half) == '('
                && t.substring(0, half).equals(t.substring(half + 1, t.length() - 1))) {
            t = t.substring(0, half); // a page printing the title again in brackets after it: X(X)
        }
        int dash = t.lastIndexOf("——");
        if (dash > 0) {
            String after = t.substring(dash + 2).strip();
            if (after.length() >= 6 && titleEnding(after)) {
                t = after;
            }
        }
        return t;
    }

    /**
     * {@code source} when it is the full name of {@code issuer}, a name printed with its level only (县卫健委: 县 and
     * 卫健委, 卫生健康委员会 in aliases.tsv; a place before the level in the source, 灵璧县卫生健康委员会); else null.
     */
    private static String fullName(String issuer, String source) {
        if (issuer.length() < 3 || "省市县区".indexOf(issuer.charAt(0)) < 0 || source.length() <= issuer.length()
                || !ORG.matcher(source).matches()) {
            return null;
        }
        String level = issuer.substring(0, 1);
        String rest = issuer.substring(1);
        for (String name : List.of(level + rest, level + Aliases.standard().suffix(rest))) {
            int at = source.length() - name.length();
            if (at >= 2 && source.endsWith(name) && Regions.of(source) != null) {
                return source;
            }
        }
        return null;
    }

    /** The plan a covering notice's title prints (关于印发《X》的通知 → X), or null when it is no such title. */
    private static String noticedPlan(String title) {
        Matcher m = NOTICE.matcher(title);
        if (m.matches() && m.group(2).length() >= 4) {
            // a notice printing two plans (《A》和《B》的通知): the first is the one that follows
            int second = m.group(2).indexOf('》');
            return second > 0 && m.group(2).indexOf('《', second) > 0 ? m.group(2).substring(0, second) : m.group(2);
        }
        Matcher forwarded = FORWARDED.matcher(title);
        if (forwarded.matches() && titleEnding(forwarded.group(1))) {
            return forwarded.group(1); // 转发省人力资源社会保障厅等部门关于做好…工作的意见的通知: the forwarded 关于…意见
        }
        Matcher headline = HEADLINE.matcher(title);
        return headline.matches() ? headline.group(1) : null;
    }

    /** A notice forwarding another body's document, its title unquoted: 转发X等部门关于Y的意见的通知. */
    private static final Pattern FORWARDED = Pattern.compile("^.{0,30}?(?:批转|转发)[^《》关]{2,40}?(关于[^《》]{4,80})的通知$");

    /** A page's headline over the notice: 国务院办公厅印发《X》, a line of its own. */
    private static final Pattern HEADLINE = Pattern.compile("^[\\p{IsHan}]{2,30}?[府厅局委办室会部]印发《([^《》]{4,60})》$");

    /** True when the line is a page's field name alone, without its colon (发文单位, 成文日期). */
    static boolean isFieldName(String line) {
        return FIELD_LABELS.matcher(line.strip()).matches();
    }

    /** True when the cell is a page's field label (索引号:, 成文日期:), as a metadata table under a plan prints it. */
    static boolean isFieldLabel(String cell) {
        String c = cell.strip();
        return c.endsWith(":") && FIELD_LABELS.matcher(c.substring(0, c.length() - 1)).matches();
    }

    /** A news page's headline naming the body that issued the plan: 国务院发布…意见, 省教育厅印发…方案. */
    private static final Pattern NEWS_HEADLINE = Pattern.compile(
            "^([\\p{IsHan}]{2,20}?(?:国务院|院|部|委员会|委|厅|局|人民政府|政府|办公厅|办公室))(?:近日)?(?:发布|印发|出台|公布)(?=.*(?:意见|方案|计划|办法|规划|要点|通知|细则|措施))");
    /** A news report's lead sentence: a body that issued a plan, and the plan's title in 《》. */
    private static final Pattern NEWS_LEAD = Pattern.compile(
            "(?:日前|近日|近期),?([\\p{IsHan}]{2,20}?(?:人民政府|政府|办公厅|办公室|委员会|厅|局|部|委))"
                    + "(?:正式)?(?:印发|发布|出台|公布)了?《([^《》]{4,60}?)》"
                    + "|(?:^|[,。:\\s])([\\p{IsHan}]{2,20}?(?:人民政府|政府|办公厅|办公室|委员会|厅|局|部|委))(?:近日|日前|近期)"
                    + "(?:正式)?(?:印发|发布|出台|公布)了?《([^《》]{4,60}?)》");
    /** How many of the first lines a news report's lead is looked for in. */
    private static final int LEAD_LINES = 8;

    /**
     * The issuer and title a news report's lead sentence names in the first lines (a time word before or after the
     * body: 日前, 近日), the title ending as a plan's does; or null.
     */
    private static List<String> newsLead(List<String> preamble) {
        for (int i = 0; i < preamble.size() && i < LEAD_LINES; i++) {
            String line = preamble.get(i);
            if (line.indexOf('《') < 0) {
                continue;
            }
            Matcher m = NEWS_LEAD.matcher(line);
            if (m.find()) {
                int first = m.group(1) != null ? 1 : 3; // the time word before the body, or after it
                if (titleEnding(m.group(first + 1)) && Regions.of(m.group(first)) != null) {
                    return List.of(m.group(first), m.group(first + 1));
                }
            }
        }
        return null;
    }

    /** How many of the first lines a headline is looked for in. */
    private static final int HEADLINE_LINES = 3;

    /** The body a page's headline says issued the plan (a news report of it), or nothing. */
    private static List<String> newsIssuer(List<String> preamble) {
        for (int i = 0; i < preamble.size() && i < HEADLINE_LINES; i++) {
            Matcher m = NEWS_HEADLINE.matcher(preamble.get(i).strip());
            if (m.find() && ORG.matcher(m.group(1)).matches() && Regions.of(m.group(1)) != null) {
                return List.of(m.group(1));
            }
        }
        return List.of();
    }

    /** True when the preamble holds an annex label (附件, 附件2): the notice's own annex follows it. */
    private static boolean hasAnnex(List<String> preamble) {
        for (String line : preamble) {
            if (line.startsWith("附件") && ANNEX_LABEL.matcher(line.strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** True when every “ of the text has its ” and the other way round. */
    private static boolean balancedQuotes(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '“') {
                depth++;
            } else if (c == '”' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /** True when the line prints the plan a notice hands over, also with its place before it (淮南市 + 2025年…方案). */
    private static boolean planTitle(String line, String plan) {
        if (sameTitle(line, plan)) {
            return true;
        }
        String bare = quoteless(line);
        String named = quoteless(plan);
        return bare.length() > named.length() && bare.length() - named.length() <= 8 && bare.endsWith(named)
                && Regions.of(bare.substring(0, bare.length() - named.length())) != null;
    }

    private static boolean sameTitle(String a, String b) {
        return quoteless(a).equals(quoteless(b));
    }

    /** The quotation marks and title brackets a title may be printed with or without. */
    private static final Pattern QUOTE_MARKS = Pattern.compile("[“”\"《》]");

    /** The text without its quotation marks and title brackets: how two printings of one title are compared. */
    private static String quoteless(String s) {
        return QUOTE_MARKS.matcher(s).replaceAll("");
    }

    /** Runs of up to three short lines without sentence punctuation that join into something ending as a title. */
    private static List<String> titleRuns(List<String> preamble) {
        List<String> out = new ArrayList<>();
        Boolean[] like = new Boolean[preamble.size()]; // titleLike of each line, asked once
        for (int i = 0; i < preamble.size() && i < 200; i++) {
            if (shortFieldValue(preamble, i) || inTableHeader(preamble, i)) {
                continue;
            }
            if (preamble.get(i).strip().startsWith("附件") && ANNEX_LABEL.matcher(preamble.get(i).strip()).matches() && i + 1 < preamble.size()) {
                // 附件3 over an annex's title that ends in no title word (…考核重点项目): the line is its title
                String next = preamble.get(i + 1).strip();
                if (titleLike(preamble, i + 1, like) && next.length() >= 6 && !titleEnding(next)
                        && (i + 2 >= preamble.size() || !titleLike(preamble, i + 2, like))) {
                    out.add(next);
                    i++;
                    continue;
                }
            }
            if (preamble.get(i).indexOf('》') >= 0 && HEADLINE.matcher(preamble.get(i).strip()).matches()) {
                out.add(preamble.get(i).strip()); // a headline is whole on its line: no title goes on from it
                continue;
            }
            if (i + 1 < preamble.size() && (preamble.get(i + 1).strip().startsWith("关于")
                    && ORG.matcher(preamble.get(i).strip()).matches() || schoolOverTitle(preamble, i))) {
                continue; // the issuer on a line of its own over its heading (…人民政府 / 关于…的实施意见): no part of it
            }
            StringBuilder joined = new StringBuilder();
            boolean cells = true; // every line joined so far is a table's column name (分值 / 评分细则), no title's part
            for (int j = i; j < preamble.size() && j < i + 3; j++) {
                String line = preamble.get(j).strip();
                if (SCORE_WORD.matcher(line).matches() || columnName(line)) {
                    joined.setLength(0);
                    break; // 检查考评项目 / 分值 / 检查考评标准: a table's header, however long its other cells
                }
                cells &= line.length() <= HEADER_CELL;
                if (!titleLike(preamble, j, like) || j > i && shortFieldValue(preamble, j)
                        || j == i && line.length() < 6 && titleEnding(line)) {
                    break; // a short line ending as a title does (文件通知: a site's column) starts none
                }
                if (j > i && startsOwnTitle(joined.toString(), withoutSiteTail(line))) {
                    break; // a page's label over a whole title (乡镇考核依据 / 石城县2018年度…考核细则) is none of it
                }
                joined.append(line);
                String candidate = withoutPartNumber(withoutSiteTail(withoutLabelBefore(withoutQuotes(
                        FILE_SUFFIX.matcher(joined.toString()).replaceFirst("")))));
                // a covering notice of several bodies may be longer: its plan is what counts (noticedPlan)
                if (j > i && cells) {
                    continue; // column names one a line, joined, end as a title may (分值评分细则): none
                }
                if ((titleEnding(candidate) || titledByYear(candidate)) && candidate.length() >= 6
                        && (candidate.length() <= 80 || candidate.length() <= 160 && noticedPlan(candidate) != null)) {
                    // the plan's period printed on the next line: "(2024—2026年)"
                    if (j + 1 < preamble.size() && PERIOD.matcher(preamble.get(j + 1).strip()).matches()) {
                        candidate += preamble.get(++j).strip();
                    } else if (j + 1 < preamble.size() && PERIOD_THEN_MORE.matcher(preamble.get(j + 1).strip()).matches()) {
                        candidate += preamble.get(++j).strip(); // …行动计划 / (2024-2027年)主要目标任务: one title
                    } else if (j + 1 < preamble.size() && JOINED_TAIL.matcher(preamble.get(j + 1).strip()).matches()) {
                        candidate += preamble.get(++j).strip(); // …任务分解 / 和责任分工方案: one title over two lines
                    }
                    out.add(candidate);
                    i = j;
                    break;
                }
            }
        }
        return out;
    }

    /**
     * True when {@code line} is a whole title of its own, starting with its place (石城县2018年度…考核细则) or with 关于
     * under no body's name (a site's 2022年大事记 over 关于…指导意见), under a label that asks for no continuation (not
     * …关于, …印发, a year).
     */
    private static boolean startsOwnTitle(String above, String line) {
        return line.length() >= 12 && titleEnding(line) && !above.contains("关于")
                && !LABEL_GOES_ON.matcher(above).find() && (Regions.of(line) != null
                        || line.startsWith("关于") && !ORG.matcher(above).matches() && !above.isEmpty()
                        && "委府厅局室部院会办".indexOf(above.charAt(above.length() - 1)) < 0
                        || YEAR_FIRST.matcher(line).lookingAt() && !ORG.matcher(above).matches() && !Schools.isOwnSchool(above));
    }

    /**
     * A table's header cell, or a line beside one (检查考评项目 / 分值 / 检查考评标准; 工作任务 / 目前完成情况…及下一步工作措施):
     * no title, however it ends.
     */
    private static boolean inTableHeader(List<String> lines, int i) {
        // a caption stands over the header's first cell (…考核细则 / 考核内容), a cell after another
        return columnName(lines.get(i).strip()) || i > 0 && headerCell(lines.get(i - 1).strip())
                || i + 1 < lines.size() && SCORE_WORD.matcher(lines.get(i + 1).strip()).matches();
    }

    /** A score's column name, or a task table's column name other than its 序号 (which a caption stands over). */
    private static boolean headerCell(String line) {
        if (SCORE_WORD.matcher(line).matches()) {
            return true;
        }
        Tables.Role role = line.length() <= 12 ? Tables.roleOf(line) : null;
        return role != null && role != Tables.Role.NUMBER;
    }

    /** A task table's column name of table-columns.tsv (牵头单位, 工作任务): no title. */
    private static boolean columnName(String line) {
        return line.length() <= 12 && Tables.roleOf(line) != null;
    }

    /** The name of a score's column in an assessment table's header (得分 and 扣分 besides table-columns.tsv's). */
    private static final Pattern SCORE_WORD = Pattern.compile("^(?:分值|得分|权重|分数|标准分|扣分)$");

    /** The longest line that reads as a table's column name when short lines are joined into a title. */
    private static final int HEADER_CELL = 4;

    /** The rest of a title wrapped after an ending it goes on from: 和责任分工方案 under …任务分解. */
    private static final Pattern JOINED_TAIL = Pattern.compile(
            "^(?:和|及|与|暨)[^,。;:]{2,20}(?:方案|意见|计划|规划|办法|细则|措施|清单|分工|分解|要点|表)$");

    /** A title that starts with its year (2023年中学学校年度工作计划) under a line that is no body's name. */
    private static final Pattern YEAR_FIRST = Pattern.compile("(?:19|20)\\d{2}年");

    /** The end of a line that a title goes on from: 印发, 转发, 的, 《, a year or a list mark. */
    private static final Pattern LABEL_GOES_ON = Pattern.compile("(?:印发|转发|的|《|[\\d年、,])$|^[^\\p{IsHan}]*$");

    /** True when the metadata name a plan: a title ending as a plan's does (…行动计划, …实施意见), or a document number. */
    static boolean namesAPlan(DocumentMeta meta) {
        if (meta.docNumber() != null) {
            return true;
        }
        if (meta.title() == null) {
            return false;
        }
        Matcher tail = TITLE_TAIL.matcher(meta.title());
        return titleEnding(tail.find() ? meta.title().substring(0, tail.start()) : meta.title());
    }

    /**
     * A title a page prints in book-title marks, a quoted title inside it in angle brackets
     * (《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》): the title without the outer marks, the inner
     * ones as 《》.
     */
    private static String withoutQuotes(String candidate) {
        if (candidate.length() < 8 || candidate.charAt(0) != '《' || candidate.charAt(candidate.length() - 1) != '》'
                || candidate.indexOf('《', 1) >= 0 || candidate.indexOf('》') < candidate.length() - 1) {
            return candidate;
        }
        return candidate.substring(1, candidate.length() - 1).replace('〈', '《').replace('〉', '》');
    }

    /** A site's label before a title that opens with 关于, one colon between them. */
    private static final Pattern LABELLED_TITLE = Pattern.compile("^[^:,。;]{2,30}:(关于[^:]{4,80})$");

    /**
     * A page's bracketed column label before a title (BRACKETED_LABEL_BEFORE) dropped, when a title follows it, and a
     * site's label before a title opening with 关于 (LABELLED_TITLE).
     */
    private static String withoutLabelBefore(String candidate) {
        Matcher labelled = candidate.indexOf(':') > 0 ? LABELLED_TITLE.matcher(candidate) : null;
        if (labelled != null && labelled.matches()) {
            return labelled.group(1);
        }
        if (!candidate.isEmpty() && candidate.charAt(0) == '(') {
            // a site's province before a title that names its own place: (湖北省)武汉市2023年…方案
            Matcher province = PROVINCE_BEFORE.matcher(candidate);
            if (province.find() && candidate.length() - province.end() >= 6 && Regions.of(candidate.substring(province.end())) != null) {
                return candidate.substring(province.end());
            }
        }
        if (candidate.isEmpty() || candidate.charAt(0) != '〔') {
            return candidate;
        }
        Matcher label = BRACKETED_LABEL_BEFORE.matcher(candidate);
        return label.find() && candidate.length() - label.end() >= 6 ? candidate.substring(label.end()) : candidate;
    }

    /** A collection site's tail (SITE_TAIL) dropped from a title. */
    private static String withoutSiteTail(String candidate) {
        if (!mayEndIn(candidate, ")〕]一二三四五六七八九十")) {
            return candidate;
        }
        Matcher tail = SITE_TAIL.matcher(candidate);
        return tail.find() ? candidate.substring(0, tail.start()) : candidate;
    }

    /** A title's part number (…分工方案(一)) is the page's, not the plan's: dropped. */
    private static String withoutPartNumber(String candidate) {
        if (!mayEndIn(candidate, ")")) {
            return candidate; // TITLE_TAIL ends in )
        }
        Matcher tail = TITLE_TAIL.matcher(candidate);
        if (tail.find() && !Character.isDigit(candidate.charAt(tail.start() + 1))) {
            return candidate.substring(0, tail.start());
        }
        return candidate;
    }

    /** A title that ends in its year after a title word: 重点工作责任分解(2023年). */
    private static boolean titledByYear(String candidate) {
        if (!mayEndIn(candidate, ")")) {
            return false; // TITLE_TAIL ends in )
        }
        Matcher tail = TITLE_TAIL.matcher(candidate);
        return tail.find() && titleEnding(candidate.substring(0, tail.start()));
    }

    /** titleLike of the stripped line at {@code at}, remembered in {@code like}. */
    private static boolean titleLike(List<String> preamble, int at, Boolean[] like) {
        if (like[at] == null) {
            like[at] = titleLike(preamble.get(at).strip());
        }
        return like[at];
    }

    /**
     * As {@code TITLE_SUFFIX.matcher(s).find()}, the last character tested first: each ending of TITLE_SUFFIX ends in
     * one of TITLE_SUFFIX_LAST (or before a line terminator, which {@code $} allows).
     */
    private static boolean titleEnding(String s) {
        return mayEndIn(s, TITLE_SUFFIX_LAST) && TITLE_SUFFIX.matcher(s).find();
    }

    /** False when s can match no expression ending in {@code $} whose every ending ends in one of {@code last}. */
    private static boolean mayEndIn(String s, String last) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(s.length() - 1);
        return last.indexOf(c) >= 0 || c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** A month's plan titled by its month (2020年07月海陵区教育局工作安排): a title, not a date line. */
    private static final Pattern MONTHS_TITLE = Pattern.compile(
            "^(?:19|20)\\d{2}年(?:\\d{1,2}月份?|\\d{1,2}(?:月份?)?[-—–至~]\\d{1,2}月份?)[\\p{IsHan}][^\\d]{3,40}$");

    private static boolean monthsTitle(String line) {
        return MONTHS_TITLE.matcher(line).matches() && titleEnding(line);
    }

    private static boolean titleLike(String line) {
        Matcher labelled = line.indexOf(':') > 0 ? LABELLED_TITLE.matcher(line) : null;
        if (labelled != null && labelled.matches()) {
            line = labelled.group(1); // 某区高新技术企业奖励政策:关于…的若干政策意见: a site's label over the title
        }
        // each expression only where the text holds what it needs: 附件 first, ( first, 日, 文件 last
        return !line.isEmpty() && (line.length() <= 60 || line.length() <= 160 && noticedPlan(line) != null)
                && !(line.startsWith("附件") && ANNEX_LABEL.matcher(line).matches())
                && !(line.charAt(0) == '(' && BRACKETED_LINE.matcher(line).matches()) && !NOT_IN_TITLE.matcher(line).find()
                && !(line.indexOf('日') >= 0 && DATE_LINE.matcher(line).matches())
                && !(mayHoldDocNumber(line) && DOC_NUMBER.matcher(line).find())
                && !(hasDigit(line) && DATED_OR_NUMBERED.matcher(line).matches() && !monthsTitle(line))
                && !line.contains("|") && !fieldLabel(line)
                && !(line.endsWith("文件") && LETTERHEAD.matcher(line).matches()); // 重庆市人民政府办公厅行政规范性文件: a letterhead, no title
    }

    /** False when DOC_NUMBER cannot be found in s: it needs 号 and an opening bracket. */
    private static boolean mayHoldDocNumber(String s) {
        return s.indexOf('号') >= 0 && (s.indexOf('〔') >= 0 || s.indexOf('[') >= 0 || s.indexOf('(') >= 0);
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** 主题分类: / 其他: a field's short value on its own line under its label (a title's first line is longer). */
    private static boolean shortFieldValue(List<String> preamble, int at) {
        return at > 0 && preamble.get(at).strip().length() < 6 && valueOfLabel(preamble.get(at - 1));
    }

    /** As {@code SPACE.matcher(s).replaceAll("")}, the expression only where s holds one of its characters. */
    private static String withoutSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c >= '\t' && c <= '\r') { // \s: space, \t, \n, \x0B, \f, \r
                return SPACE.matcher(s).replaceAll("");
            }
        }
        return s;
    }

    /** A field label with its value on the next line (主题分类:, 发文机构:). */
    private static boolean valueOfLabel(String line) {
        String bare = withoutSpace(line);
        return bare.endsWith(":") && bare.length() <= 8 && fieldLabel(bare);
    }

    /** A web page's metadata line: 发文机关:…, or the same label in brackets ([有效性] 是, 〔效力级别〕地方规范性文件). */
    private static boolean fieldLabel(String line) {
        String bare = withoutSpace(line);
        return FIELD_LABELS.matcher(bare).region(bare.startsWith("[") || bare.startsWith("〔") ? 1 : 0, bare.length()).lookingAt();
    }

    /**
     * The issuers a title starts with: 国务院关于…, 中共云南省委云南省人民政府关于… (two), 芜湖市教育局2024年工作要点 (a body
     * before the year). Empty when it names none.
     */
    private static List<String> titleIssuers(List<String> runs) {
        for (String candidate : runs) {
            Matcher notice = candidate.indexOf("关于") < 0 ? NOTICE.matcher(candidate) : null;
            if (notice != null && notice.matches() && !notice.group(1).isEmpty()) {
                // 中共静安区委办公室 静安区人民政府办公室印发《…》的通知, after a page's quoted label
                List<String> joint = jointIssuers(QUOTED_LABEL.matcher(notice.group(1)).replaceFirst(""));
                if (joint != null) {
                    return joint;
                }
            }
            Matcher m = TITLE_ISSUER.matcher(candidate);
            if (m.find()) {
                List<String> joint = jointIssuers(m.group(1));
                if (joint != null) {
                    return joint;
                }
                if (ORG.matcher(m.group(1)).matches() || Regions.of(m.group(1)) == Region.NATIONAL) {
                    return List.of(m.group(1));
                }
            }
            Matcher dated = ISSUER_BEFORE_YEAR.matcher(candidate);
            if (dated.find() && ORG.matcher(dated.group(1)).matches()) {
                return List.of(dated.group(1));
            }
            Matcher school = SCHOOL_BEFORE_PLAN.matcher(candidate);
            if (school.find() && Schools.isOwnSchool(school.group(1))) {
                return List.of(school.group(1));
            }
        }
        return List.of();
    }

    /** True when line {@code at} is a school's whole name over a title of its own (滕州市实验小学 / 校舍安全管理制度). */
    private static boolean schoolOverTitle(List<String> preamble, int at) {
        if (at + 1 >= preamble.size()) {
            return false;
        }
        String line = preamble.get(at).strip();
        String next = preamble.get(at + 1).strip();
        return line.length() <= 20 && Schools.isOwnSchool(line) && titleLike(next) && titleEnding(next)
                && !next.startsWith(line);
    }

    /** A party committee's body and a government's printed as one name (中共云南省委云南省人民政府): the two, or null. */
    private static List<String> jointIssuers(String name) {
        Matcher joint = JOINT_ISSUERS.matcher(name);
        if (joint.matches() && ORG.matcher(joint.group(2)).matches() && Regions.of(joint.group(2)) != null) {
            return List.of(joint.group(1), joint.group(2));
        }
        return samePlaceBodies(name);
    }

    /**
     * Two bodies of one place printed as one name (吕梁市商务局吕梁市财政局): the two, split where the second starts
     * with the first's place; null otherwise.
     */
    private static List<String> samePlaceBodies(String name) {
        int place = -1;
        for (int i = 1; i < Math.min(name.length(), 8) && place < 0; i++) {
            place = "省市县区州盟旗".indexOf(name.charAt(i)) >= 0 ? i + 1 : -1;
        }
        if (place < 0 || name.length() < 2 * place + 4) {
            return null;
        }
        String prefix = name.substring(0, place);
        int second = name.indexOf(prefix, place + 2);
        if (second < 0) {
            return null;
        }
        String first = name.substring(0, second);
        String other = name.substring(second);
        return ORG.matcher(first).matches() && ORG.matcher(other).matches() ? List.of(first, other) : null;
    }

    /** Issuers printed on the line above a title that starts with 关于 (中共柳州市委 柳州市人民政府 / 关于…的实施意见). */
    private static List<String> headIssuers(List<String> preamble) {
        for (int i = 1; i < preamble.size() && i < 6; i++) {
            if (schoolOverTitle(preamble, i - 1)) {
                return List.of(preamble.get(i - 1).strip()); // 滕州市实验小学 / 校舍安全管理制度: the school issues it
            }
            if (!preamble.get(i).startsWith("关于")) {
                continue;
            }
            // 中共陕西省委陕西省人民政府, the space between them lost: two bodies
            List<String> names = ungluedNames(preamble.get(i - 1).strip().split(" +"));
            if (!names.isEmpty() && names.stream().allMatch(n -> ORG.matcher(n).matches())) {
                return names;
            }
        }
        return List.of();
    }

    /** The office that printed the plan, in the footer before its printing date (X办公室 2026年1月20日印发). */
    private static List<String> footerIssuer(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) {
            // a signature without a date: the issuer's name alone on the line before 抄送
            if (lines.get(i).startsWith("抄送") && ORG.matcher(lines.get(i - 1).strip()).matches()) {
                return List.of(lines.get(i - 1).strip());
            }
        }
        for (String line : lines) {
            Matcher m = PRINTED_BY.matcher(line.strip());
            if (m.matches() && ORG.matcher(m.group(1)).matches()) {
                return List.of(m.group(1));
            }
        }
        return List.of();
    }

    /** A notice asking for comments on a draft (…公开征求意见的公告): its numbered ways to comment are no measures. */
    private static final Pattern CONSULTATION = Pattern.compile("征求意见的?(?:公告|通知|函)$");

    /**
     * Where a covering notice ends: a document that opens with 关于印发《X》的通知 (or a notice asking for comments on
     * it), then the notice's signature (a body and a date on the next line), then the plan's own title: the index of
     * the first line after the date. Numbered paragraphs above it (一、各有关部门要…, 1.登陆…网站) are the notice's
     * requests, not the plan's tasks. -1 when there is none.
     */
    static int noticeEnd(List<String> lines) {
        int opening = -1;
        for (int i = 0; i < lines.size() && i < 6; i++) {
            String line = lines.get(i).strip();
            if (line.contains("印发") && line.endsWith("通知") || CONSULTATION.matcher(line).find()) {
                opening = i;
                break;
            }
        }
        String handed = null;
        int handedAt = -1;
        for (int i = 0; i < lines.size() && i < HANDED_OVER_LINES; i++) {
            handed = handedOverIn(lines.get(i));
            if (handed != null) {
                handedAt = i;
                opening = opening < 0 ? Math.max(0, i - 1) : opening;
                break;
            }
        }
        if (opening < 0) {
            return -1;
        }
        if (handed != null) {
            int plan = handedPlanStart(lines, handedAt, handed);
            if (plan > 0) {
                return plan;
            }
        }
        for (int i = opening + 2; i < lines.size() && i < 80; i++) {
            if (lines.get(i).indexOf('日') < 0 || !DATE_LINE.matcher(lines.get(i).strip()).matches() || !ORG.matcher(lines.get(i - 1).strip()).matches()) {
                continue;
            }
            for (int j = i + 1; j < lines.size() && j <= i + 3; j++) {
                String line = lines.get(j).strip();
                if (line.length() >= 6 && line.length() <= 60 && titleEnding(line)
                        && !NOT_IN_TITLE.matcher(line).find() && Numbering.match(line) == null) {
                    return i + 1;
                }
            }
            return -1;
        }
        return -1;
    }

    /** The plan a notice's first lines hand over (现将《X》印发给你们), its title ending as a plan's does; or null. */
    private static String handedOver(List<String> preamble) {
        for (int i = 0; i < preamble.size() && i < HANDED_OVER_LINES; i++) {
            String plan = handedOverIn(preamble.get(i));
            if (plan != null && titleEnding(plan)) {
                return plan;
            }
        }
        return null;
    }

    /** The plan a line's sentence hands over ({@link #HANDED_OVER}), or null. */
    private static String handedOverIn(String line) {
        if (line.indexOf('《') < 0) {
            return null;
        }
        Matcher m = HANDED_OVER.matcher(line);
        return !m.find() ? null : m.group(1) != null ? m.group(1) : m.group(2);
    }

    /**
     * A notice's sentence handing its plan over: 现将《X》(以下简称《方案》)印发给你们 (转发给, 予以印发), 《X》已经市政府同意,
     * 现印发给你们. The plan is the first group that matched.
     */
    private static final Pattern HANDED_OVER = Pattern.compile(
            "现将\\s*《([^《》]{4,60})》(?:\\s*[、,和及与]?\\s*《[^《》]{4,60}》){0,4}\\s*(?:\\(以下简称\\s*[“《]?[^()《》“”]{1,10}[”》]?\\))?[^。《》]{0,16}?(?:印发|转发|下发)"
                    + "|《([^《》]{4,60})》\\s*已经[^。《》]{1,24}同意,?\\s*现(?:予以)?(?:印发|转发)");
    /** A clause's label opening its owners, though the page cut the clause: (牵头单位:市发. */
    private static final Pattern OWNERS_LABEL = Pattern.compile("\\((?:牵头|责任|主责)(?:单位|部门)\\s*:");
    /** How many of the first lines the sentence handing the plan over is looked for in. */
    private static final int HANDED_OVER_LINES = 12;

    /**
     * Where the plan a notice hands over (现将《X》印发给你们) starts when the notice prints its own numbered requests
     * (一、高度重视… 二、压实责任…) and no signature closes it: at the plan's title printed again (X on a line of its own),
     * or, where a page left the title out, at the first measure numbered in another style than the requests (1. after
     * 一、) that names its owners in a clause (牵头单位:…): a notice's requests name none. 0 when neither is found.
     */
    private static int handedPlanStart(List<String> lines, int handedAt, String plan) {
        Numbering requests = null;
        for (int i = handedAt + 1; i < lines.size() && i < handedAt + 40; i++) {
            String line = lines.get(i).strip();
            if (planTitle(line, plan)) {
                return i;
            }
            if (DATE_LINE.matcher(line).matches()) {
                for (int j = i + 1; j < lines.size() && j <= i + 2; j++) {
                    if (planTitle(lines.get(j).strip(), plan)) {
                        return j; // a date without a body over it, then the plan's heading
                    }
                }
                return 0; // the notice's signature: the older rule reads what follows
            }
            Numbering.Match m = Numbering.match(line);
            if (m == null) {
                continue;
            }
            if (requests == null) {
                requests = m.style();
            } else if (m.style() != requests && !requests.arabic() && m.style().arabic() && m.ordinal() == 1
                    && (OWNERS_LABEL.matcher(line).find() || Clauses.findAll(line).stream().anyMatch(c -> !c.leads().isEmpty()))) {
                return i;
            }
        }
        return 0;
    }

    /** The issuers printed above the first signing date that stands on a line of its own. */
    private static List<String> signature(List<String> lines) {
        List<String> issuers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).indexOf('日') < 0 || !DATE_LINE.matcher(lines.get(i).strip()).matches()) {
                continue; // a date line needs 日
            }
            for (int j = i - 1; j >= 0 && j >= i - 16; j--) {
                // joint signatures print a body a line, up to a dozen of them; a body signing for a conference (代章)
                String line = SEAL.matcher(lines.get(j).strip()).replaceFirst("");
                List<String> names = ungluedNames(line.split(" "));
                if (names.stream().allMatch(n -> ORG.matcher(n).matches())) {
                    issuers.addAll(0, names);
                } else if (!issuers.isEmpty() || !BRACKETED_LINE.matcher(line).matches()) {
                    break;
                }
            }
            if (!issuers.isEmpty()) {
                return issuers;
            }
        }
        return issuers;
    }

    /** The names of a line split at its spaces, each as {@link #unglued} reads it. */
    private static List<String> ungluedNames(String[] names) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            out.addAll(unglued(name));
        }
        return out;
    }

    /**
     * Two bodies of one place signing on one line, the space between them lost (丽水市乡村振兴指挥部办公室丽水市乡村振兴局):
     * the two, where the name splits into two bodies each naming its place; else the name alone.
     */
    private static List<String> unglued(String name) {
        if (name.length() >= 10 && ORG.matcher(name).matches()) {
            for (int k = 4; k <= name.length() - 4; k++) {
                String first = name.substring(0, k);
                String second = name.substring(k);
                if (ORG.matcher(first).matches() && ORG.matcher(second).matches()) {
                    Region place = Regions.of(first);
                    if (place != null && place.equals(Regions.of(second))) {
                        return List.of(first, second);
                    }
                }
            }
        }
        return List.of(name);
    }

    private static String docNumber(List<String> preamble, Map<String, String> fields) {
        for (String label : List.of("发文字号", "文号", "字号", "文件编号")) {
            String v = fields.get(label);
            if (v != null) {
                Matcher m = DOC_NUMBER.matcher(v);
                if (m.find()) {
                    return number(m.group(1), m);
                }
            }
        }
        for (String p : preamble) {
            Matcher m = DOC_NUMBER.matcher(p);
            if (!mayHoldDocNumber(p) || !m.find()) {
                continue;
            }
            String prefix = NUMBER_LABEL.matcher(m.group(1)).replaceFirst("");
            if (prefix.length() <= 8 && numberAfterOwnTitle(p, m)) {
                // 浙江省人民政府办公厅关于印发…的通知 (浙政办发〔2024〕27号): the heading's own number after it
                return number(prefix, m);
            }
            if (!cited(p, m)) {
                int letterhead = prefix.lastIndexOf("文件");
                if (letterhead >= 0 && letterhead + 2 < prefix.length()) {
                    prefix = prefix.substring(letterhead + 2); // …委员会文件秀健促〔2019〕2号: the letterhead glued before it
                }
                if (!prefix.isEmpty() && prefix.length() <= 8 && !p.startsWith("《") && (!p.contains("关于") || m.start() == 0
                        || letterhead >= 0 || p.substring(0, m.start()).strip().endsWith("文件"))) { // under its letterhead
                    return number(prefix, m);
                }
            }
        }
        return null;
    }

    /** A document number as the output prints it, its year in 〔〕: 国办发〔2023〕17号. */
    private static String number(String prefix, Matcher m) {
        return prefix + "〔" + m.group(2) + "〕" + m.group(3) + "号";
    }

    /**
     * True when the number ends a notice's heading, bracketed or not, with nothing after it (…关于印发…的通知
     * (浙政办发〔2024〕27号)): the heading's own number, not a cited one (a cited title is quoted in 《》).
     */
    private static boolean numberAfterOwnTitle(String line, Matcher m) {
        String before = line.substring(0, m.start()).strip();
        if (before.endsWith("(")) {
            before = before.substring(0, before.length() - 1).strip();
        }
        String after = line.substring(m.end()).strip();
        return (after.isEmpty() || after.equals(")")) && before.length() >= 8 && before.indexOf('《') < 0
                && before.indexOf("关于") >= 0 && NOTICE_END.matcher(before).find();
    }

    private static final Pattern NOTICE_END = Pattern.compile("(?:通知|意见|决定|批复|通报|函)$");

    /**
     * True when the number stands in brackets after other words, as a cited document's does: 根据《…的通知》
     * (闽教督〔2022〕11号)要求. A line that is only the bracketed number (国办发〔2023〕17号), under a title, is the plan's.
     */
    private static boolean cited(String line, Matcher m) {
        return m.start() > 1 && line.charAt(m.start() - 1) == '(' && m.end() < line.length() && line.charAt(m.end()) == ')'
                && !line.substring(0, m.start() - 1).isBlank();
    }

    private static String date(List<String> preamble, List<String> all, Map<String, String> fields) {
        for (List<String> lines : List.of(preamble, all)) {
            for (String line : lines) {
                Matcher m = line.indexOf('日') < 0 ? null : DATE_LINE.matcher(line.strip());
                if (m != null && m.matches()) {
                    if (m.group(1) != null) {
                        return iso(m.group(1), m.group(2), m.group(3));
                    }
                    return iso(String.valueOf(ChineseNumbers.parse(m.group(4))), String.valueOf(ChineseNumbers.parse(m.group(5))),
                            String.valueOf(ChineseNumbers.parse(m.group(6))));
                }
            }
        }
        for (String label : List.of("成文日期", "发文日期", "印发日期", "公布日期")) {
            String v = fields.get(label);
            if (v != null) {
                Matcher m = ANY_DATE.matcher(v);
                if (m.find()) {
                    return iso(m.group(1), m.group(2), m.group(3));
                }
            }
        }
        for (String p : all) {
            Matcher m = PRINTED_ON.matcher(p);
            if (m.find()) {
                return iso(m.group(1), m.group(2), m.group(3));
            }
        }
        String published = fields.get("发布日期");
        if (published != null) {
            Matcher m = ANY_DATE.matcher(published);
            if (m.find()) {
                return iso(m.group(1), m.group(2), m.group(3));
            }
        }
        return null;
    }

    private static String iso(String y, String m, String d) {
        int month = Integer.parseInt(m);
        int day = Integer.parseInt(d);
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        return y + "-" + twoDigits(month) + "-" + twoDigits(day); // as String.format("%s-%02d-%02d"), without its parsing
    }

    private static String twoDigits(int v) {
        return v < 10 ? "0" + v : String.valueOf(v);
    }
}
