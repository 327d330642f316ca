package dev.policygraph.ingest;

import static dev.policygraph.ingest.PlanTexts.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

/**
 * Figures that are no targets: the numbered facts of a part that describes where the plan starts (一、基本情况 / 1.…),
 * and the period of a plan named in the text (《…实施方案（2024-2026年）》). Our own words.
 */
class BaselineItemsAndPeriodsTest {

    @Test
    void theNumberedFactsOfAPartOnWhereThePlanStartsAreBaselinesNotTargets() {
        ParsedDocument doc = parse("""
                某区排水设施移交实施方案
                按照《某市排水管理改革方案（2024-2026年）》要求，结合本区实际，制定本方案。
                一、基本情况
                （一）设施情况
                1.拟移交的排水泵车1辆、液压动力站3台。
                2.现有养护企业2家，员工约101人。
                二、工作目标
                到2026年底，管道养护抽查合格率达到95%以上。
                三、主要任务
                1.完成设施移交。2025年底前完成20座泵站的移交。（责任单位：区水务局）
                """);
        assertThat(doc.targets()).extracting(ParsedTarget::value, ParsedTarget::unit, ParsedTarget::year)
                .containsExactlyInAnyOrder(tuple(95.0, "%", 2026), tuple(20.0, "座", 2025));
    }
}
