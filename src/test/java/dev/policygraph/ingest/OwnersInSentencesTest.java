package dev.policygraph.ingest;

import static dev.policygraph.ingest.PlanTexts.names;
import static dev.policygraph.ingest.PlanTexts.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Owners a measure's own sentences name: an item that is one sentence assigning a group of people to a body
 * (…等人员由县X局负责组织), a labelled list wrapped onto a line of units' names, the sentence after a measure's heading opening with its lead (。由X牵头,…), lists whose
 * units end in 按职责分工分别负责, and a collective after level words that opens with 各 of its own. Our own words.
 */
class OwnersInSentencesTest {

    @Test
    void anItemThatAssignsItsPeopleToABodyIsLedByThatBodyAndKeepsItsSentenceAsTitle() {
        ParsedDocument doc = parse("""
                某镇疫苗接种工作实施方案
                一、接种对象组织
                1.学校教职员工由县教育局负责组织;
                2.客运、公交、出租和网约车等驾驶人员由县交通运输局负责组织;
                3.商场超市、农贸市场和餐饮服务等从业人员由县市场监管局负责组织;
                """);
        assertThat(doc.tasks()).extracting(ParsedTask::title, t -> names(t.leads()), t -> names(t.co()))
                .containsExactly(
                        tuple("学校教职员工由县教育局负责组织", List.of("县教育局"), List.of()),
                        tuple("客运、公交、出租和网约车等驾驶人员由县交通运输局负责组织", List.of("县交通运输局"), List.of()),
                        tuple("商场超市、农贸市场和餐饮服务等从业人员由县市场监管局负责组织", List.of("县市场监管局"), List.of()));
    }

    @Test
    void theSentenceAfterAHeadingThatOpensWithItsLeadNamesTheOwner() {
        ParsedDocument doc = parse("""
                某县运输行业监管工作安排
                一、综合监管
                （一）客运企业监管。由县交通运输局牵头，县公安局参与，按企业信用等级实施分类监管。
                （二）维修企业监管。按企业信用等级实施分类监管。
                """);
        assertThat(doc.tasks()).extracting(ParsedTask::title, t -> names(t.leads()), t -> names(t.co()))
                .containsExactly(
                        tuple("客运企业监管", List.of("县交通运输局"), List.of("县公安局")),
                        tuple("维修企业监管", List.of(), List.of())); // no owner named: none read
    }

    @Test
    void unitsThatEachAnswerForTheirShareKeepTheirNamesAndCollectivesOfTheirOwnStandApart() {
        ParsedDocument doc = parse("""
                某年度打击侵权假冒工作要点
                一、完善制度
                （一）修订部门规章。开展相关调研，推动完善配套制度。（工业和信息化部、商务部、海关总署按职责分工分别负责）
                （二）推进快递进村。健全农村寄递网络。（责任单位：县商务局、各乡镇、各快递公司）
                """);
        assertThat(doc.tasks()).extracting(ParsedTask::number, t -> names(t.leads()), t -> names(t.co()))
                .containsExactly(
                        tuple("(一)", List.of("工业和信息化部"), List.of("商务部", "海关总署")),
                        tuple("(二)", List.of("县商务局"), List.of("各乡镇", "各快递公司")));
    }

    @Test
    void aLineOfUnitsWrappedFromALabelledListContinuesIt() {
        ParsedDocument doc = parse("""
                某县水污染防治攻坚战实施方案
                一、主要任务
                1. 深入开展城市黑臭水体整治。2018年10月底前，县城建成区全面消除黑臭水体。
                牵头单位：县住建局
                配合单位：县发改委、县环保局
                各乡镇（街道）、县城管局
                2. 全面控制工业污染。依法取缔不符合产业政策的小型企业。
                牵头单位：县环保局
                """);
        assertThat(doc.tasks()).extracting(ParsedTask::number, t -> names(t.leads()), t -> names(t.co()))
                .containsExactly(
                        tuple("1", List.of("县住建局"), List.of("县发改委", "县环保局", "各乡镇(街道)", "县城管局")),
                        tuple("2", List.of("县环保局"), List.of()));
    }
}
