package dev.policygraph.ingest;

import static dev.policygraph.ingest.PlanTexts.names;
import static dev.policygraph.ingest.PlanTexts.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An assessment plan written in articles over a scoring table whose groups carry their weight on a line of their own,
 * a lead named as the subject of the sentence after a measure's heading, counts in Chinese numerals after a bound,
 * a municipality's short name before 城市, and notices of flat parts whose headings hold two measures. Our own words.
 */
class AssessmentArticlesAndSubjectsTest {

    @Test
    void anAssessmentPlanInArticlesIsAssessedByItsTableWhoseGroupsSpanTheirRows() {
        ParsedDocument doc = parse("""
                某镇污水设施运行维护考核实施方案(试行)
                第一条 为加强农村生活污水处理设施运行维护管理，提升运行维护水平，结合本镇实际，制定本方案。
                第二条 本考核实施方案适用于本镇农村生活污水处理设施运行维护工作的考核。
                第三条 考核实行百分制，每季度考核一次。
                第四条 本考核实施方案自发布之日起开始施行。
                附件
                考核评分表
                序号
                类别
                主要项目
                检查标准
                分值
                扣分
                备注
                1
                组织管理
                (10分)
                项目部设置
                未设置项目部扣5分。
                5
                2
                人员配备
                人员未按标准配置扣5分。
                5
                3
                行业督查
                (5分)
                /
                根据督查整改单情况，一张扣0.5分。
                5
                合计
                100
                """);
        assertThat(doc.tasks()).extracting(ParsedTask::number, ParsedTask::title)
                .containsExactly(tuple("1", "项目部设置"), tuple("2", "人员配备"), tuple("3", "行业督查"));
    }

    @Test
    void theBodyThatLeadsAsTheSubjectOfTheSentenceAfterTheHeadingOwnsTheMeasure() {
        ParsedDocument doc = parse("""
                某市轨道交通保护区管理工作机制
                一、工作机制
                （一）及时划定保护区范围。每年底，由市交通委牵头，会同运营单位依据法律法规划定保护区范围。
                （二）完善应急管理机制。市应急局牵头及时修订完善应急预案，运营单位优化预防预警程序。
                （三）加强日常巡查。运营单位负责现场巡查，每月开展不少于两轮的全覆盖巡查。
                """);
        assertThat(doc.tasks()).extracting(ParsedTask::number, t -> names(t.leads()))
                .containsExactly(tuple("(一)", List.of("市交通委")), tuple("(二)", List.of("市应急局")),
                        tuple("(三)", List.of()));
        assertThat(doc.targets()).extracting(ParsedTarget::taskNumber, ParsedTarget::comparator, ParsedTarget::value,
                ParsedTarget::unit).containsExactly(tuple("(三)", ">=", 2.0, "轮"));
    }

    @Test
    void aMunicipalitysShortNameBeforeCityWordsIsTheMunicipality() {
        ParsedDocument doc = parse("""
                上海城市轨道交通安全保护区管理工作方案
                一、工作机制
                （一）及时划定保护区范围。每年底开展划定工作。
                """);
        assertThat(doc.meta().region()).isNotNull();
        assertThat(doc.meta().region().city()).isEqualTo("上海市");
    }

    @Test
    void aNoticeOfFlatPartsWhoseHeadingsStateTwoMeasuresHoldsThemAsTasks() {
        ParsedDocument doc = parse("""
                某区市场监管局关于做好燃气安全整治工作的通知
                各市场监管所：
                为做好燃气安全整治工作，现就有关事项通知如下：
                一、落实工作职责，持续开展整治
                各单位要按照方案要求，对辖区燃气经营企业开展全覆盖检查，建立问题清单。
                二、加大执法力度，强化跟踪督办
                对检查发现的违法行为依法查处，对重大隐患挂牌督办，确保整改到位。
                """);
        assertThat(doc.tasks()).extracting(ParsedTask::number, ParsedTask::title)
                .containsExactly(tuple("一", "落实工作职责,持续开展整治"), tuple("二", "加大执法力度,强化跟踪督办"));
    }

    @Test
    void anItemWhoseSentenceOpensWithTheBodyThatLeadsItIsLedByThatBody() {
        ParsedDocument doc = parse("""
                某区物业服务评价实施意见
                一、评价方式
                1.街道城运中心牵头将巡查发现问题告知物业企业，对问题处置成效进行评价。
                2.建立台账。各市级专项整治工作牵头负责部门和各区政府建立隐患排查整治台账。
                """);
        assertThat(doc.tasks()).extracting(ParsedTask::number, t -> names(t.leads()), ParsedTask::leadByConvention)
                .containsExactly(tuple("1", List.of("街道城运中心"), false), tuple("2", List.of(), false));
    }
}
