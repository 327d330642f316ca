package dev.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bureau's monthly report on its share of a county's key tasks: a table one cell a line whose rows keep the numbers
 * of the county's list (6, then 52, 53 …), under 指标序号 or 序号. Our own words.
 */
class PickedRowsTest {

    @Test
    void rowsPickedFromALongerListKeepTheirNumbersAndOwners() {
        ParsedDocument doc = new DocumentParser().parse("report.txt", """
                某县农业农村局2024年10月承担政府重点工作完成情况

                指标序号

                目标任务

                牵头责任单位

                计划完成时间

                目前完成情况

                6

                农村居民人均可支配收入增长7%。

                经管站

                2024年底

                前三季度增长7.2%

                41

                建成高标准农田5万亩。

                农田建设股、农业股

                2024年底

                正在施工中,整体进度80%

                42

                开展农资打假专项治理行动。

                农业执法大队

                2024年底

                1、查处违法行为12起。2、检查农资市场20个。
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(doc.tasks()).extracting(ParsedTask::number, ParsedTask::title,
                        t -> t.leads().stream().map(UnitRef::name).toList())
                .containsExactly(
                        tuple("6", "农村居民人均可支配收入增长7%", List.of("经管站")),
                        tuple("41", "建成高标准农田5万亩", List.of("农田建设股", "农业股")),
                        tuple("42", "开展农资打假专项治理行动", List.of("农业执法大队")));
    }
}
