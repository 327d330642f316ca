package dev.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A district's split of its 政府工作报告 by the leader in charge: each leader's group heads the table printed again and
 * numbers its rows anew; a star after a unit marks the lead; a column of the district's share of a target holds no
 * target; two bodies leading jointly before the others; 等部门、单位 closing a list. Our own words.
 */
class LeaderGroupsTest {

    private static final String PLAN = """
            2025年区政府工作主要任务分解(部分)

            一、区长牵头重点工作

            序号

            重点工作

            区本级

            任务数

            责任单位

            1

            地区生产总值增长6%左右。

            区发改局

            2

            新增经营主体1万户。

            5000户

            区财政局*、区经信局

            二、常务副区长牵头重点工作

            序号

            重点工作

            区本级

            任务数

            责任单位

            1

            推进闲置厂房盘活利用。

            区经信局、区资规分局*

            2

            建设滨江片区公共服务设施。

            开发区建设局和区住建局分别牵头、区教育局

            3

            实施老旧小区综合改造。

            区住建局、区国资中心等部门、单位
            """;

    @Test
    void eachLeadersGroupNumbersItsRowsAnewAndMarkedUnitsLead() {
        ParsedDocument doc = new DocumentParser().parse("split.txt", PLAN.getBytes(StandardCharsets.UTF_8));
        assertThat(doc.meta().title()).isEqualTo("2025年区政府工作主要任务分解(部分)");
        assertThat(doc.tasks()).extracting(ParsedTask::number, ParsedTask::title,
                        t -> t.leads().stream().map(UnitRef::name).toList(), t -> t.co().stream().map(UnitRef::name).toList())
                .containsExactly(
                        tuple("1", "地区生产总值增长6%左右", List.of("区发改局"), List.of()),
                        tuple("2", "新增经营主体1万户", List.of("区财政局"), List.of("区经信局")),
                        tuple("1", "推进闲置厂房盘活利用", List.of("区资规分局"), List.of("区经信局")),
                        tuple("2", "建设滨江片区公共服务设施", List.of("开发区建设局", "区住建局"), List.of("区教育局")),
                        tuple("3", "实施老旧小区综合改造", List.of("区住建局"), List.of("区国资中心")));
        // the district's share (5000户) is no target of its own; the row's 1万户 is
        assertThat(doc.targets()).extracting(ParsedTarget::value, ParsedTarget::unit)
                .contains(tuple(10000.0, "户")).doesNotContain(tuple(5000.0, "户"));
    }
}
