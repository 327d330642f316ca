package dev.policygraph.ingest;

import static dev.policygraph.ingest.PlanTexts.names;
import static dev.policygraph.ingest.PlanTexts.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Subsidy and support policies (若干措施 of a district's funds): the part that lists what is supported and at what
 * rate holds the measures, and the body that carries each one out is named as its executing unit. Our own words.
 */
class SupportItemsAndExecutingUnitsTest {

    @Test
    void thePartOfWhatIsSupportedAndAtWhatRateHoldsTheMeasuresAndItsExecutingUnitLeadsByConvention() {
        ParsedDocument doc = parse("""
                某区关于支持节能降碳的若干措施
                一、支持对象
                在本区登记注册、信用良好的企业。
                二、支持范围和标准
                （一）工业节能
                1.节能改造项目
                对完成节能改造的项目按投资额的10%给予补贴，单个项目不超过50万元。（执行单位：区经委）
                2.清洁生产项目
                对通过清洁生产审核的企业给予一次性奖励5万元。（执行单位：区经委、区财政局）
                3.绿色商场
                对获评国家级绿色商场的企业给予一次性奖励5万元。
                三、适用范围
                本措施适用于2025年起申报的项目。
                """);
        assertThat(doc.tasks()).extracting(ParsedTask::number, ParsedTask::kind, t -> names(t.leads()), t -> names(t.co()))
                .containsExactly(
                        tuple("1", Kinds.TASK, List.of("区经委"), List.of()),
                        tuple("2", Kinds.TASK, List.of("区经委"), List.of("区财政局")),
                        tuple("3", Kinds.TASK, List.of(), List.of())); // a measure without its clause: an orphan task
        assertThat(doc.tasks()).filteredOn(t -> !t.leads().isEmpty()).allMatch(ParsedTask::leadByConvention);
    }
}
