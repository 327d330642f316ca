package dev.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A table without a column of numbers (a town's schedule of campaigns: 专项整治行业名称 | 时间安排 | 责任单位): each row is a
 * task that prints no number, its first column naming what it is about. Our own words.
 */
class UnnumberedRowsTest {

    @Test
    void theRowsOfATableWithoutNumbersAreTasksThatPrintNone() {
        ParsedDocument doc = new DocumentParser().parse("plan.txt", """
                某镇2024年度安全生产专项整治工作计划
                一、专项整治安排表
                专项整治行业名称 | 时间安排 | 责任单位 |
                烟花爆竹 | 1月份 | 安监站 派出所 |
                危险化学品 | 2月份 | 安监站 |
                养老机构 | 4月份 | 民政所 |
                二、工作要求
                （一）各有关责任单位要按照时间安排，制定本行业专项整治方案。
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(doc.tasks()).filteredOn(t -> "task".equals(t.kind()))
                .extracting(ParsedTask::printedNumber, ParsedTask::title,
                        t -> t.leads().stream().map(UnitRef::name).toList(), t -> t.co().stream().map(UnitRef::name).toList())
                .containsExactly(
                        tuple("", "烟花爆竹", List.of("安监站"), List.of("派出所")),
                        tuple("", "危险化学品", List.of("安监站"), List.of()),
                        tuple("", "养老机构", List.of("民政所"), List.of()));
        assertThat(doc.tasks()).extracting(ParsedTask::key).doesNotHaveDuplicates();
    }
}
