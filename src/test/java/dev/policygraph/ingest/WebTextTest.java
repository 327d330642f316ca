package dev.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Plans as web pages give them: spaces for table cells, paragraphs run together, navigation around the title. */
class WebTextTest {

    private static ParsedDocument parse(String text) {
        return new DocumentParser().parse("web.txt", List.of(new Block.Line(text)));
    }

    @Test
    void aTableWhoseCellsAreSeparatedBySpacesIsReadByItsHeader() {
        ParsedDocument d = parse("""
                2025年重点指标任务分工

                序号 工 作 任 务 牵头负责部门
                1 城镇调查失业率5.5%左右 市人社局
                2 新建改建农村公路150公里 市交通运输局
                """);
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("1", "2");
        assertThat(d.tasks().get(1).title()).isEqualTo("新建改建农村公路150公里");
        assertThat(d.tasks().get(1).leads()).extracting(UnitRef::name).containsExactly("市交通运输局");
        assertThat(d.targets()).extracting(ParsedTarget::value).containsExactly(5.5, 150.0);
    }

    @Test
    void paragraphsRunTogetherGetTheirBreaksBackBeforeEachNumber() {
        ParsedDocument d = parse("某某省教育厅2025年工作要点\n"
                + "2025年全省教育工作的总体要求是:坚持立德树人根本任务,深化教育综合改革,推进教育优质均衡发展。"
                + " 一、加强党的建设 1.深化理论武装。分层分类开展专题轮训。(责任处室:宣传教育处)"
                + " 2.加强班子建设。完善考核评价办法。(责任处室:组织处) 二、推进基础教育 3.扩大优质学位供给。全年新增公办学位2万个以上。"
                + "(牵头处室:基础教育处;配合处室:发展规划处)\n");
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("1", "2", "3");
        assertThat(d.tasks().get(2).leads()).extracting(UnitRef::name).containsExactly("基础教育处");
        assertThat(d.tasks().get(2).co()).extracting(UnitRef::name).containsExactly("发展规划处");
    }

    @Test
    void navigationIsNoPartOfTheTitleAndTheLabelNoPartOfTheNumber() {
        ParsedDocument d = parse("""
                本站支持IPV6
                首页>政府信息公开>政策文件>市政府文件

                某某市人民政府关于落实重点工作部门分工的意见

                文    号 某政发〔2025〕3号 发布机构 市政府办公室

                一、重点任务
                1.实施科技型企业倍增行动。新认定高新技术企业50家。(市科技局牵头,市工信局配合)
                2.推进产业链精准招商。(市投资促进局、市工信局分别牵头)
                """);
        assertThat(d.meta().title()).isEqualTo("某某市人民政府关于落实重点工作部门分工的意见");
        assertThat(d.meta().docNumber()).isEqualTo("某政发〔2025〕3号");
        assertThat(d.tasks().get(1).leads()).extracting(UnitRef::name).containsExactly("市投资促进局", "市工信局");
    }
}
