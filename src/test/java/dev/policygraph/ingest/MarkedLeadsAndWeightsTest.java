package dev.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A responsibility list that marks its lead with ▲ under 分块 | 序号 | 主要工作 | 责任单位 or with ★ under a 项目 column,
 * and an item's weight printed after its sentence (…制度上墙; 5分). The texts are our own words.
 */
class MarkedLeadsAndWeightsTest {

    private static ParsedDocument parse(String text) {
        return new DocumentParser().parse("plan.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static final String MARKED = """
            某市人民政府办公室关于印发2024年政府重点工作责任清单的通知
            某市人民政府办公室
            2024年2月1日
            附件
            2024年重点工作责任清单

            分块

            序号

            主要工作

            责任单位

            1

            地区生产总值增长6%左右

            ▲发改局,各部门,各镇乡(街道)

            2

            一般公共预算收入增长5%

            ▲财政局,税务局

            3

            实施制造业提质行动

            经信局,相关部门
            """;

    @Test
    void aUnitMarkedWithATriangleLeadsAndAnUnmarkedListLeadsByConvention() {
        ParsedDocument doc = parse(MARKED);
        assertThat(doc.tasks()).extracting(ParsedTask::number, ParsedTask::title,
                        t -> t.leads().stream().map(UnitRef::name).toList(), t -> t.co().stream().map(UnitRef::name).toList(),
                        ParsedTask::leadByConvention)
                .containsExactly(
                        tuple("1", "地区生产总值增长6%左右", List.of("发改局"), List.of("各部门", "各镇乡(街道)"), false),
                        tuple("2", "一般公共预算收入增长5%", List.of("财政局"), List.of("税务局"), false),
                        tuple("3", "实施制造业提质行动", List.of("经信局"), List.of("相关部门"), true));
    }

    @Test
    void anItemsWeightAfterItsSentenceIsNoPartOfItsTitle() {
        ParsedDocument doc = parse("""
                某乡食品安全工作考核办法
                为做好全乡食品安全工作，特制定本办法，总分100分。
                1、村(社区)食品安全工作站挂牌，工作制度上墙； 5分
                2、 定期开展食品安全隐患排查，留存排查记录； 10分
                3、配合相关部门开展执法检查活动。 10分
                """);
        assertThat(doc.tasks()).extracting(ParsedTask::title).containsExactly(
                "村(社区)食品安全工作站挂牌,工作制度上墙", "定期开展食品安全隐患排查,留存排查记录", "配合相关部门开展执法检查活动");
    }

    @Test
    void aStarredUnitLeadsUnderAProjectColumn() {
        ParsedDocument doc = parse("""
                区政府2025年重点工作目标任务分解方案
                序号
                项目
                重点工作目标任务
                责任单位
                1
                扩大有效投资
                全社会固定资产投资增长5%左右。
                统计局、★区发改委
                2
                提升城市品质
                完成老旧小区改造30个。
                ★区住建局、各镇人民政府
                """);
        assertThat(doc.tasks()).extracting(ParsedTask::number, ParsedTask::title,
                        t -> t.leads().stream().map(UnitRef::name).toList(), t -> t.co().stream().map(UnitRef::name).toList())
                .containsExactly(
                        tuple("1", "全社会固定资产投资增长5%左右", List.of("区发改委"), List.of("统计局")),
                        tuple("2", "完成老旧小区改造30个", List.of("区住建局"), List.of("各镇人民政府")));
    }

    @Test
    void itemsNumberedInsideAGroupRowAreTasksWithTheirOwnUnits() {
        ParsedDocument doc = parse("""
                区政府2025年重点工作目标任务分解落实方案
                序号
                项目
                重点工作目标任务
                牵头领导
                责任单位
                一、2025年全区经济社会发展主要预期目标
                1
                主要预期目标
                1.地区生产总值增长5%以上。
                张三
                ★区发改委、统计局
                2.一般公共预算收入增长6%。
                ★区财政局、税务局
                3.工业投资增长10%以上。
                李四
                ★区工信局、统计局
                """);
        assertThat(doc.tasks()).extracting(ParsedTask::number, ParsedTask::title,
                        t -> t.leads().stream().map(UnitRef::name).toList(), t -> t.co().stream().map(UnitRef::name).toList())
                .containsExactly(
                        tuple("1", "地区生产总值增长5%以上", List.of("区发改委"), List.of("统计局")),
                        tuple("2", "一般公共预算收入增长6%", List.of("区财政局"), List.of("税务局")),
                        tuple("3", "工业投资增长10%以上", List.of("区工信局"), List.of("统计局")));
    }
}
