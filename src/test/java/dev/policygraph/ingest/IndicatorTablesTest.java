package dev.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tables of a plan's main indicators (主要指标表) as a page prints them one cell a line: a category merged over its
 * rows, a header cell wrapped after its plan period, a category column before the number; and figures in 万 of a
 * measure (floor space, land, mass, power) kept as printed. The plans are our own words in the shape of district 十五五 plans.
 */
class IndicatorTablesTest {

    private static ParsedDocument parse(String text) {
        return new DocumentParser().parse("plan.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<ParsedTarget> goals(ParsedDocument doc) {
        return doc.targets().stream().filter(t -> t.taskNumber() == null).toList();
    }

    /** 类别 merged over its rows: printed on the first row of each group only; a row's values may be bare integers. */
    private static final String MERGED_CATEGORY = """
            某区消防事业发展“十五五”规划
            一、发展目标
            表1 主要指标

            序号

            类别

            指标名称

            “十四五”现状值

            “十五五”规划目标

            属性

            1

            火灾防控

            每十万人火灾死亡率（人/十万人）

            0.3

            ≤0.25

            约束性

            2

            消防站服务人口（万人/站）

            6

            ≤5

            预期性

            3

            队伍建设

            新建消防救援站（座）

            2

            1

            预期性

            4

            社区微型消防站建成率

            90%

            100%

            预期性

            二、主要任务

            （一）完善消防站点布局。新建消防救援站1座。

            （二）提升社区防火能力。社区微型消防站全覆盖。
            """;

    @Test
    void aCategoryMergedOverItsRowsLeavesEachRowItsOwnIndicatorAndValues() {
        ParsedDocument doc = parse(MERGED_CATEGORY);
        assertThat(goals(doc)).extracting(ParsedTarget::metric, ParsedTarget::comparator, ParsedTarget::value,
                        ParsedTarget::unit)
                .containsExactly(
                        tuple("每十万人火灾死亡率", "<=", 0.25, "人/十万人"),
                        tuple("消防站服务人口", "<=", 50000.0, "人/站"), // a count in 万: multiplied out
                        tuple("新建消防救援站", "=", 1.0, "座"),
                        tuple("社区微型消防站建成率", "=", 100.0, "%"));
        // the heading after the last row is no cell of it: the tasks beneath it stand
        assertThat(doc.tasks()).extracting(ParsedTask::title).containsExactly("完善消防站点布局", "提升社区防火能力");
    }

    /** A header cell wrapped after its period (“十五五” / 目标), and a goal column with its year in brackets. */
    private static final String WRAPPED_HEADER = """
            某区生态空间建设“十五五”规划
            一、主要指标
            序号
            指标名称
            单位
            属性
            “十五五”
            目标
            1
            绿化覆盖率
            %
            约束性
            ＞35
            2
            公园总量
            座
            约束性
            48
            二、主要任务
            （一）建设口袋公园。每年新建口袋公园5座。
            """;

    private static final String YEAR_IN_BRACKETS = """
            某区水务“十五五”规划
            一、主要指标
            序号
            指标名称
            指标属性
            现状值(2025年）
            目标值(2030年）
            1
            河湖水面率
            预期性
            3.86%
            3.95%
            2
            滨水空间长度
            预期性
            21km
            24km
            二、主要任务
            （一）贯通滨水空间。推进河道两岸公共空间贯通。
            """;

    @Test
    void aHeaderCellWrappedAfterItsPeriodIsOneColumnAndABracketedYearIsTheGoalsYear() {
        assertThat(goals(parse(WRAPPED_HEADER))).extracting(ParsedTarget::metric, ParsedTarget::comparator,
                        ParsedTarget::value, ParsedTarget::unit)
                .containsExactly(tuple("绿化覆盖率", ">", 35.0, "%"), tuple("公园总量", "=", 48.0, "座"));
        assertThat(goals(parse(YEAR_IN_BRACKETS))).extracting(ParsedTarget::metric, ParsedTarget::value,
                        ParsedTarget::unit, ParsedTarget::year)
                .containsExactly(tuple("河湖水面率", 3.95, "%", 2030), tuple("滨水空间长度", 24.0, "km", 2030));
    }

    /** 类别 before 序号: each category printed as a line before the first row it covers. */
    private static final String CATEGORY_FIRST = """
            某区城市更新“十五五”规划
            一、发展目标
            主要指标表
            类别
            序号
            一级指标
            二级指标
            单位
            属性
            “十四五”
            完成值
            “十五五”
            目标值
            宜居城区
            1
            旧住房改造
            旧住房成套改造面积
            万平方米
            预期性
            20
            2
            2
            社区建设
            完整社区覆盖率
            %
            预期性
            -
            60
            安全韧性
            3
            公园绿地
            人均公园绿地面积
            平方米
            约束性
            11.1
            11.5
            二、主要任务
            （一）推进旧住房成套改造。完成改造面积2万平方米。
            """;

    @Test
    void aCategoryColumnBeforeTheNumberIsReadAsLinesOverItsRows() {
        ParsedDocument doc = parse(CATEGORY_FIRST);
        assertThat(goals(doc)).extracting(ParsedTarget::metric, ParsedTarget::value, ParsedTarget::unit)
                .containsExactly(tuple("旧住房成套改造面积", 2.0, "万平方米"), tuple("完整社区覆盖率", 60.0, "%"),
                        tuple("人均公园绿地面积", 11.5, "平方米"));
        assertThat(doc.tasks()).extracting(ParsedTask::title).containsExactly("推进旧住房成套改造");
    }

    @Test
    void measuresInWanAreKeptAsPrintedWhileCountsAreMultipliedOut() {
        ParsedDocument doc = parse("""
                某区2026年重点工作安排
                一、重点任务
                （一）扩大绿色空间。新建立体绿化3万平方米，新增光伏装机1.2万千瓦，新建高标准农田3.8万亩，秸秆利用量达到20万吨。
                （二）培育经营主体。新增经营主体2.5万户以上，安排专项资金500万元。
                """);
        assertThat(doc.targets()).extracting(ParsedTarget::value, ParsedTarget::unit)
                .contains(tuple(3.0, "万平方米"), tuple(1.2, "万千瓦"), tuple(3.8, "万亩"), tuple(20.0, "万吨"),
                        tuple(25000.0, "户"), tuple(500.0, "万元"));
    }

    /** A guideline's indicator table with a notes column; an indicator's name wrapped over two lines. */
    private static final String WRAPPED_INDICATOR = """
            某市公园城市建设指导意见
            附表1
            公园城市指标指引表
            编号
            关键指标
            2025年指标
            2035年指标
            指标说明与指引
            1
            公园数量
            800座
            力争1500座
            突出公园建设的水平。
            2
            市域绿道长度
            （含骨干绿道）
            1200公里
            2000公里
            突出生态休闲网络的联系程度。
            3
            立体绿化建设量
            30万平方米/年
            30万平方米/年
            提升城市的绿化感知度。
            """;

    @Test
    void aNotesColumnAndAnIndicatorWrappedOverTwoLinesLeaveTheRowsTheirValues() {
        assertThat(goals(parse(WRAPPED_INDICATOR))).extracting(ParsedTarget::metric, ParsedTarget::value,
                        ParsedTarget::unit, ParsedTarget::year)
                .containsExactly(tuple("公园数量", 800.0, "座", 2025), tuple("公园数量", 1500.0, "座", 2035),
                        tuple("市域绿道长度", 1200.0, "公里", 2025),
                        tuple("市域绿道长度", 2000.0, "公里", 2035),
                        tuple("立体绿化建设量", 30.0, "万平方米/年", 2025), tuple("立体绿化建设量", 30.0, "万平方米/年", 2035));
    }
}
