package dev.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A plan titled with its issuer, numbering tasks (1) (2) under (一) (二), with 【】 clauses and a
 * "按职责分工负责" list (src/test/resources/family/taizhou-parenthesised-tasks.txt).
 */
class ParenthesisedTasksTest {

    private static ParsedDocument doc;

    @BeforeAll
    static void parse() throws IOException {
        try (InputStream in = ParenthesisedTasksTest.class.getResourceAsStream("/family/taizhou-parenthesised-tasks.txt")) {
            doc = new DocumentParser().parse("taizhou-parenthesised-tasks.txt", in.readAllBytes());
        }
    }

    @Test
    void takesTheIssuerFromTheTitle() {
        assertThat(doc.meta().issuers()).containsExactly("台州市人民政府");
        assertThat(doc.meta().regionName()).isEqualTo("台州市");
        assertThat(doc.meta().docNumber()).isEqualTo("台政发〔2025〕12号");
    }

    @Test
    void readsParenthesisedNumbersAsTasksWhenThePlanHasNoOtherTaskNumbering() {
        assertThat(doc.tasks()).filteredOn(t -> t.kind().equals("task"))
                .extracting(ParsedTask::number, ParsedTask::sectionPath, ParsedTask::title)
                .containsExactly(
                        tuple("(1)", "二、(一)", "调整专业结构"),
                        tuple("(2)", "二、(一)", "建设高水平专业群"),
                        tuple("(3)", "二、(二)", "推进校企合作"),
                        tuple("(4)", "二、(二)", "建设实训基地"));
    }

    @Test
    void readsClausesInSquareBracketsAndDutyLists() {
        ParsedTask first = doc.tasks().get(0);
        assertThat(first.leads()).extracting(UnitRef::canonical).containsExactly("台州市教育局");
        assertThat(first.co()).extracting(UnitRef::canonical)
                .containsExactly("台州市人力资源和社会保障局", "台州市经济和信息化局");
        assertThat(first.leadByConvention()).isFalse();

        ParsedTask third = doc.tasks().get(2);
        assertThat(third.leads()).extracting(UnitRef::canonical).containsExactly("台州市发展和改革委员会");
        assertThat(third.co()).extracting(UnitRef::canonical).containsExactly("台州市教育局");
        assertThat(third.leadByConvention()).isTrue();
    }

    @Test
    void keepsParenthesisedItemsInsideNumberedTasksOfOtherPlans() {
        String text = """
                某市人民政府办公室关于印发某市行动方案的通知
                一、主要任务
                1.推进改革。具体包括:
                (1)完善制度。
                (2)健全机制。
                2.加强保障。
                """;
        ParsedDocument d = new DocumentParser().parse("nested.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("1", "2");
        assertThat(d.tasks().get(0).text()).contains("(1)完善制度", "(2)健全机制");
    }
}
