package dev.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Clauses that also state when a task is due (完成时限 / 完成时间), and unit lists that enumerate levels
 * ("各区、县(市)政府"), as in src/test/resources/family/hangzhou-deadlines.txt.
 */
class DeadlinesTest {

    private static ParsedDocument doc;

    @BeforeAll
    static void parse() throws IOException {
        try (InputStream in = DeadlinesTest.class.getResourceAsStream("/family/hangzhou-deadlines.txt")) {
            doc = new DocumentParser().parse("hangzhou-deadlines.txt", in.readAllBytes());
        }
    }

    @Test
    void readsTheDeadlineApartFromTheUnits() {
        ParsedTask first = doc.tasks().get(0);
        assertThat(first.deadline()).isEqualTo("2025年底");
        assertThat(first.due()).isEqualTo(new Due(Due.Kind.DATE, java.time.LocalDate.of(2025, 12, 31), "2025年底"));
        assertThat(first.leads()).extracting(UnitRef::canonical).containsExactly("杭州市教育局");
        assertThat(first.co()).extracting(UnitRef::canonical)
                .containsExactly("杭州市发展和改革委员会", "杭州市规划和自然资源局", "各区、县(市)政府");

        ParsedTask second = doc.tasks().get(1);
        assertThat(second.deadline()).isEqualTo("2024年12月");
        assertThat(second.leads()).extracting(UnitRef::canonical).containsExactly("杭州市教育局");
        assertThat(second.co()).isEmpty();
        assertThat(second.leadByConvention()).isTrue();
        assertThat(doc.tasks().get(2).deadline()).isNull();
    }

    @Test
    void readsTheSquareBracketYearOfTheDocumentNumber() {
        assertThat(doc.meta().docNumber()).isEqualTo("杭政办函〔2023〕15号");
        assertThat(doc.meta().issuers()).containsExactly("杭州市人民政府办公厅");
    }

    @Test
    void readsADeadlineOnALineOfItsOwn() {
        String text = """
                某市人民政府办公室关于印发某市行动方案的通知
                一、主要任务
                1.推进改革。深化教育评价改革。
                牵头单位:市教育局
                完成时限:2026年6月
                2.加强保障。
                """;
        ParsedDocument d = new DocumentParser().parse("own-line.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(d.tasks().get(0).deadline()).isEqualTo("2026年6月");
        assertThat(d.tasks().get(0).leads()).extracting(UnitRef::name).containsExactly("市教育局");
        assertThat(d.tasks().get(0).text()).doesNotContain("完成时限");
    }
}
