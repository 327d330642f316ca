package dev.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A plan the parser recognises but cannot read in full loads with warnings that say what to check. */
class WarningsTest {

    private static ParsedDocument parse(String text) {
        return new DocumentParser().parse("plan.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void namesTheTasksWithoutOwnerWhenMostHaveOne() {
        ParsedDocument d = parse("""
                某市教育局关于印发某市行动方案的通知
                一、重点任务
                1.扩大学位供给。(牵头单位:市教育局)
                2.加强师资建设。(牵头单位:市教育局;配合单位:市人力社保局)
                3.推进集团化办学。
                """);
        assertThat(d.warnings()).singleElement().asString().contains("1 of 3 tasks", "一、/3");
    }

    @Test
    void saysWhenATaskTableHasAHeaderButNoRows() {
        ParsedDocument d = parse("""
                某市重点任务分工方案
                一、工作要求
                各单位要按时完成。
                序号\t重点任务\t牵头单位\t配合单位
                """);
        assertThat(d.warnings()).anyMatch(w -> w.contains("task table") && w.contains("no rows"));
    }

    @Test
    void saysWhenAClauseCannotBeRead() {
        ParsedDocument d = parse("""
                某市行动方案
                一、重点任务
                1.扩大学位供给。(牵头单位:市教育局)
                2.加强师资建设。(责任单位见附件,由牵头部门会同有关部门确定)
                """);
        assertThat(d.warnings()).anyMatch(w -> w.contains("could not be read"));
    }

    @Test
    void isQuietWhenEverythingWasRead() {
        ParsedDocument d = parse("""
                某市行动方案
                一、重点任务
                1.扩大学位供给。(牵头单位:市教育局)
                2.加强师资建设。(市教育局牵头,市人力社保局配合)
                """);
        assertThat(d.warnings()).isEmpty();
        assertThat(d.tasks()).extracting(t -> t.leads().get(0).name()).isEqualTo(List.of("市教育局", "市教育局"));
    }

    @Test
    void saysWhenThePlanPrintsWhoIsResponsibleButNoTaskGetsAnOwner() {
        ParsedDocument d = parse("""
                某区政务公开工作任务分解表
                工作任务工作要求牵头单位配合单位
                1.深化重点领域信息公开。及时公开惠企政策。区发改局区财政局
                2.优化政策解读。做好政策解读工作。区政府办各有关单位
                """);
        assertThat(d.tasks()).hasSize(2).allMatch(ParsedTask::orphan);
        assertThat(d.warnings()).anyMatch(w -> w.startsWith("no task names a responsible unit although the plan prints"));
        ParsedDocument plain = parse("""
                某区学习计划
                一、学习内容
                1.学习党的创新理论。
                2.学习业务知识。
                """);
        assertThat(plain.warnings()).noneMatch(w -> w.startsWith("no task names a responsible unit"));
    }
}
