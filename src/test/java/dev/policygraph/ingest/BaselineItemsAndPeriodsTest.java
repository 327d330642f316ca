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
                为落实《某市城市更新行动方案（2023-2025年）》明确的任务，制定本方案。
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

    @Test
    void aTaskTheOutlinePutsBeneathSuchAPartKeepsItsTargets() {
        // 主要任务 printed without a number: its tasks sit under 一、基本情况 in the outline, their targets their own
        ParsedDocument doc = parse("""
                某区泵站建设实施方案
                一、基本情况
                全区现有泵站30座。
                主要任务
                1.新建泵站。2025年底前新建泵站20座。（责任单位：区水务局）
                2.改造管网。2026年底前改造管网100公里。（责任单位：区建设管理委）
                """);
        assertThat(doc.targets()).extracting(ParsedTarget::value, ParsedTarget::unit, ParsedTarget::year)
                .containsExactlyInAnyOrder(tuple(20.0, "座", 2025), tuple(100.0, "公里", 2026));
    }
}
