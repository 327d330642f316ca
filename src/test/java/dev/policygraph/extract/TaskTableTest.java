package dev.policygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.policygraph.ingest.Block;
import dev.policygraph.ingest.DocumentParser;
import dev.policygraph.ingest.ParsedDocument;
import dev.policygraph.ingest.ParsedTask;
import dev.policygraph.ingest.UnitRef;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A task-breakdown table (序号, 重点任务, 牵头单位, 配合单位, 完成时限) written as Word, Excel and HTML comes out as rows
 * with exactly the cells written: a lead merged down over three tasks repeated in each, line breaks within a cell
 * kept, section rows merged across the table and the title as lines, numbers and dates as Excel shows them.
 */
class TaskTableTest {

    private final Extractor extractor = new Extractor();

    static Stream<Arguments> tables() throws IOException {
        return Stream.of(
                Arguments.of("tasks.docx", FileType.DOCX, Fixtures.docx(List.of(), Fixtures.TASK_TABLE)),
                Arguments.of("tasks.xlsx", FileType.XLSX, Fixtures.xlsx(Fixtures.withTitleRow(Fixtures.TASK_TABLE))),
                Arguments.of("tasks.xls", FileType.XLS, Fixtures.xls(Fixtures.withTitleRow(Fixtures.TASK_TABLE))),
                Arguments.of("tasks.html", FileType.HTML,
                        Fixtures.html(List.of(), Fixtures.TASK_TABLE, "gbk", Charset.forName("GBK"))),
                // Written by LibreOffice 7.4 from the .docx above (POI cannot write .doc).
                Arguments.of("tasks.doc", FileType.DOC,
                        Files.readAllBytes(Path.of("src/test/resources/extract/task-table.doc"))));
    }

    /** The title line, the header and task rows, the section rows as lines. */
    static List<Block> expectedBlocks() {
        List<Block> expected = new ArrayList<>();
        expected.add(new Block.Line(Fixtures.TABLE_TITLE));
        expected.addAll(Fixtures.expected(Fixtures.TASK_TABLE));
        return expected;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void rowsHaveExactlyTheCellsWritten(String name, FileType type, byte[] bytes) {
        ExtractedFile file = extractor.extract(name, bytes);

        assertThat(file.type()).isEqualTo(type);
        assertThat(file.blocks()).containsExactlyElementsOf(expectedBlocks());
    }

    @Test
    void theExpectationResolvesMergesAsDocumented() {
        List<Block> blocks = expectedBlocks();
        assertThat(blocks.get(2)).isEqualTo(new Block.Line("一、学前教育"));
        assertThat(blocks.get(6)).isEqualTo(new Block.Row(List.of("3",
                "推进义务教育优质均衡发展\n创建全国义务教育优质均衡发展县2个", "市教育局", "市财政局\n市人力社保局", "2027年底前")));
        assertThat(blocks.get(7)).isEqualTo(new Block.Row(List.of("4", "实施中小学校舍改造提升工程", "市教育局",
                "市住房城乡建设局、市自然资源和规划局", "2027年底前")));
        assertThat(blocks.get(8)).isEqualTo(new Block.Row(List.of("5", "深化城乡教育共同体建设", "市教育局",
                "各县(市、区)人民政府", "长期坚持")));
    }

    /** End to end: the parser turns the rows into tasks with their units and deadlines. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void parserReadsTheTasksFromTheRows(String name, FileType type, byte[] bytes) {
        ParsedDocument doc = extractor.extract(name, bytes).parse(new DocumentParser());

        assertThat(doc.tasks().stream().map(TaskTableTest::describe).toList()).containsExactly(
                "1 | lead [市教育局] | co [市发展改革委, 市财政局] | due 2025年12月31日",
                "2 | lead [市教育局] | co [各县(市、区)人民政府] | due 2026年底前",
                "3 | lead [市教育局] | co [市财政局, 市人力社保局] | due 2027年底前",
                "4 | lead [市教育局] | co [市住房城乡建设局, 市自然资源和规划局] | due 2027年底前",
                "5 | lead [市教育局] | co [各县(市、区)人民政府] | due 长期坚持");
    }

    private static String describe(ParsedTask t) {
        return t.number() + " | lead " + t.leads().stream().map(UnitRef::name).toList() + " | co "
                + t.co().stream().map(UnitRef::name).toList() + " | due " + t.deadline();
    }
}
