package dev.policygraph.ingest;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Coverage-guided fuzzing of the parser with text built from the pieces plans are made of (numbers of every style,
 * headings, clause labels and verbs, unit names, tables, targets) and random text between them. The only exception
 * the parser may throw is the documented {@link ParseException}; anything else fails the run, and Jazzer keeps the
 * input under src/test/resources/dev/policygraph/ingest/ParserFuzzTestInputs as a regression test.
 */
class ParserFuzzTest {

    private static final List<String> PIECES = List.of(
            "一、", "二、", "(一)", "(二)", "(十七)", "1.", "2.", "11.", "11.121", "(1)", "1)", "①", "第一章", "第三条",
            "实施项目1:", "附件", "附件1:", "\n", "\n", "\n", "\t", "\t", "|", " ", "。", ",", ";", ":", "、",
            "(", ")", "〔", "〕", "【", "】", "“", "”", "《", "》", "(牵头)",
            "牵头单位:", "配合单位:", "责任单位:", "负责部门:", "牵头考核单位:", "完成时限:", "适用范围:", "牵头负责领导:",
            "牵头", "配合", "负责", "参与", "指导", "按职责分工负责", "牵头负责", "等", "和各", "等有关部门",
            "列第一位者为牵头单位,下同", "以下均需试点城市政府落实,不再列出",
            "市教育局", "区教委", "各县(市、区)政府", "省财政厅", "国务院", "教育部", "各有关部门和单位", "组织宣传处",
            "序号", "重点任务", "考评指标", "分值", "完成时间", "牵头单位", "配合单位", "—",
            "到2025年", "2024年底前", "达到", "不低于", "以上", "以内", "分别达到", "95%", "30所", "2万人", "一半", "五所",
            "三分之一", "零发生", "左右", "%", "万", "亿", "总体要求", "保障措施", "主要任务", "指导思想",
            "关于印发", "的通知", "实施方案", "攀办发〔2019〕88号", "2019年11月29日", "二〇二二年三月二十三日",
            "&nbsp;", "<p>", "发文机关:", "成文日期:", "中学", "学院", "幼儿园", "衢州市", "重庆市南岸区");

    private final DocumentParser parser = new DocumentParser();

    @FuzzTest(maxDuration = "40s")
    void readsAnyPlanShapedTextOrRefusesIt(FuzzedDataProvider data) {
        StringBuilder text = new StringBuilder("某市人民政府关于印发某市行动方案的通知\n");
        int pieces = data.consumeInt(0, 400);
        for (int i = 0; i < pieces && data.remainingBytes() > 0; i++) {
            if (data.consumeBoolean()) {
                text.append(data.pickValue(PIECES));
            } else {
                text.append(data.consumeString(12));
            }
        }
        parse(text.toString().getBytes(StandardCharsets.UTF_8));
        parse(text.toString().getBytes(java.nio.charset.Charset.forName("GB18030")));
    }

    private void parse(byte[] bytes) {
        try {
            ParsedDocument d = parser.parse("fuzz.txt", bytes);
            // reading the result must not fail either
            d.tasks().forEach(t -> t.key());
        } catch (ParseException expected) {
            // the documented refusal
        }
    }
}
