package dev.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A file that holds its plan twice (a web page printing it again, an annex repeating it) keeps one copy. */
class RepeatedPlanTest {

    @Test
    void aPlanPrintedTwiceGivesEachSectionAndTaskOnce() throws Exception {
        String plan = Files.readString(Path.of("seeds/003_894bd063f7a1d970.txt"), StandardCharsets.UTF_8);
        ParsedDocument once = new DocumentParser().parse("once.txt", plan.getBytes(StandardCharsets.UTF_8));
        ParsedDocument twice = new DocumentParser().parse("twice.txt",
                (plan + "\n" + plan).getBytes(StandardCharsets.UTF_8));
        assertThat(twice.sections()).extracting(ParsedSection::path).doesNotHaveDuplicates()
                .containsExactlyElementsOf(once.sections().stream().map(ParsedSection::path).toList());
        assertThat(twice.tasks()).extracting(ParsedTask::key)
                .containsExactlyElementsOf(once.tasks().stream().map(ParsedTask::key).toList());
    }

    @Test
    void anotherHeadingUnderTheSameNumberGetsAPathOfItsOwn() {
        String text = """
                某市教育局关于印发某市教育工作方案的通知
                一、主要任务
                （一）扩大学位供给。新建学校3所。（市教育局牵头，市财政局配合）
                附件
                一、另一部分
                （一）加强师资培训。培训教师100名。（市教育局负责）
                """;
        ParsedDocument doc = new DocumentParser().parse("plan.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(doc.sections()).extracting(ParsedSection::path).doesNotHaveDuplicates();
        assertThat(doc.tasks()).extracting(ParsedTask::title).contains("扩大学位供给", "加强师资培训");
    }
}
