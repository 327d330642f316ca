package dev.policygraph.ingest;

import static dev.policygraph.ingest.PlanTexts.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

/**
 * A work plan's part that looks back (2023年工作开展情况) holds no tasks though its items are numbered like measures; a
 * table of contents is dropped where the body prints its entries again and kept without its pages where the text ends
 * in it; a title a page prints again in brackets after itself is read once; an assessment item's heading and weight that run straight into its rules title it. Our own words.
 */
class LookingBackAndContentsTest {

    @Test
    void theItemsOfAPartThatLooksBackAreNoTasks() {
        ParsedDocument doc = parse("""
                某县教育局2023年工作总结及2024年工作计划
                一、2023年工作开展情况
                （一）队伍建设持续加强
                1.党建质量持续提升
                2.师德师风全面提振
                二、2024年工作计划
                （一）全面加强党的领导
                1.坚持党建统领全局
                2.持续加强党风廉政建设
                """);
        assertThat(doc.tasks()).extracting(ParsedTask::kind, ParsedTask::title).containsExactly(
                tuple("goal", "党建质量持续提升"),
                tuple("goal", "师德师风全面提振"),
                tuple("task", "坚持党建统领全局"),
                tuple("task", "持续加强党风廉政建设"));
    }

    @Test
    void aTableOfContentsIsDroppedWhereTheBodyFollowsAndKeptWithoutPagesWhereTheTextEndsInIt() {
        String contents = """
                某市“十四五”教育事业发展规划
                目  录
                “十四五”时期发展规划
                一、主要任务 12
                1.深化思想政治教育 12
                2.推进学前教育普惠发展 14
                """;
        ParsedDocument head = parse(contents);
        assertThat(head.tasks()).extracting(ParsedTask::number, ParsedTask::title).containsExactly(
                tuple("1", "深化思想政治教育"),
                tuple("2", "推进学前教育普惠发展"));

        ParsedDocument whole = parse(contents + """
                一、主要任务
                1.深化思想政治教育。建设大中小学一体化思政课体系。
                2.推进学前教育普惠发展。新建公办幼儿园10所。
                """);
        assertThat(whole.tasks()).extracting(ParsedTask::number, ParsedTask::title).containsExactly(
                tuple("1", "深化思想政治教育"),
                tuple("2", "推进学前教育普惠发展"));
    }

    @Test
    void anItemsHeadingWithItsWeightTitlesItWhereItsRulesFollowWithoutAStop() {
        ParsedDocument doc = parse("""
                某乡村级工作考核方案
                一、党的建设工作（20分）
                1.民主集中制（1分）坚持集体领导、民主集中、会议决定的原则，每月至少研究一次。
                2.“三会一课”（2分）党员大会及党课均按要求频次开展，记录详实。
                """);
        assertThat(doc.tasks()).extracting(ParsedTask::title).containsExactly("民主集中制(1分)", "“三会一课”(2分)");
    }

    @Test
    void aTitlePrintedAgainInBracketsAfterItselfIsReadOnce() {
        ParsedDocument doc = parse("""
                2020年道路运输安全专项整治三年行动实施方案(2020年道路运输安全专项整治三年行动实施方案)
                为加强我县道路运输安全专项整治，制定本实施方案。
                一、主要任务
                1. 督促落实企业主责。
                2. 构建共建共治体系。
                """);
        assertThat(doc.meta().title()).isEqualTo("2020年道路运输安全专项整治三年行动实施方案");
    }
}
