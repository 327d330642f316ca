package dev.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** 第X条 articles: measures in a plan of measures, provisions in a rule, with or without chapters. */
class ArticlesTest {

    private static ParsedDocument parse(String text) {
        return new DocumentParser().parse("articles.txt", List.of(new Block.Line(text)));
    }

    private static List<ParsedTask> tasks(ParsedDocument d) {
        return d.tasks().stream().filter(t -> Kinds.TASK.equals(t.kind())).toList();
    }

    @Test
    void articlesWithoutChaptersThatNameTheirLeadsAreTasks() {
        ParsedDocument d = parse("""
                某某市促进房地产市场平稳健康发展若干措施
                为促进房地产市场平稳健康发展，制定以下措施。
                第一条 优化土地出让条件。企业可申请同步核发许可证。（牵头单位：市自然资源和规划局）
                第二条 落实税收优惠政策。依法办理延期缴纳税款。（牵头单位：市税务局）
                第三条 做好金融信贷支持。下调首套住房贷款利率。（牵头单位：人行某某市分行、市住房城乡建设局）
                第四条 本措施自印发之日起施行。
                """);
        assertThat(tasks(d)).extracting(ParsedTask::number).containsExactly("第一条", "第二条", "第三条");
        assertThat(tasks(d).get(0).title()).isEqualTo("优化土地出让条件");
        assertThat(tasks(d).get(2).leads()).extracting(UnitRef::name).containsExactly("人行某某市分行", "市住房城乡建设局");
    }

    @Test
    void articlesOfAPlanOfMeasuresAreTasksWithoutClausesButARulesArticlesAreNot() {
        assertThat(tasks(parse("""
                某某市稳定房地产市场若干措施
                第一条 优化土地出让条件。企业可申请同步核发许可证。
                第二条 落实税收优惠政策。依法办理延期缴纳税款。
                """))).extracting(ParsedTask::number).containsExactly("第一条", "第二条");
        assertThat(tasks(parse("""
                某某市教育督导考核办法
                第一条 为了加强教育督导，根据有关规定，制定本办法。
                第二条 本办法适用于全市各级学校。
                第三条 考核采取年度考核方式。
                第四条 本办法由市教育局负责解释。
                """))).isEmpty();
    }

    @Test
    void anArticleThatSaysWhomItConcernsAndNamesItsLeadIsATask() {
        ParsedDocument d = parse("""
                某某市稳定房地产市场若干措施
                第一条 优化土地出让条件。企业可申请同步核发许可证。（牵头单位：市自然资源和规划局）
                第二条 购房补贴。本政策适用于2024年6月1日至12月31日期间购房的。（牵头单位：市住建局）
                第三条 落实税收优惠政策。依法办理延期缴纳税款。（牵头单位：市税务局）
                """);
        assertThat(tasks(d)).extracting(ParsedTask::number).containsExactly("第一条", "第二条", "第三条");
    }
}
