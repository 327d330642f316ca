package dev.policygraph.loading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.policygraph.graph.Document;
import dev.policygraph.graph.DueKind;
import dev.policygraph.graph.ProgressStatus;
import dev.policygraph.graph.Task;
import dev.policygraph.ingest.DocumentParser;
import dev.policygraph.ingest.Due;
import dev.policygraph.ingest.ParsedDocument;
import dev.policygraph.ingest.ParsedTask;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One rule of lateness, owned by {@code graph.Task} (overdue from the day after a dated deadline until done; stored as
 * {@code overdueFrom}, which the Cypher filters compare with today); the parser only reads deadlines. Every deadline
 * of a parsed plan is checked on the days around it, and a task that is done is not overdue.
 */
class OverdueRuleTest {

    /** Every sort of 完成时限 the parser reads, and a task without one. */
    private static final String PLAN = """
            测试市逾期规则试点方案

            一、重点任务
            1.任务甲。建成幼儿园20所。(牵头单位:市教育局;完成时限:2024年底前)
            2.任务乙。培训保育人员1000人。(牵头单位:市人力社保局;完成时限:2025年6月)
            3.任务丙。建设示范校。(牵头单位:市教育局;完成时限:2024年第三季度)
            4.任务丁。完善制度。(牵头单位:市教育局;完成时限:2025年12月31日)
            5.任务戊。开展督导评估。(牵头单位:市教育局;完成时限:每年)
            6.任务己。完善经费保障。(牵头单位:市财政局;完成时限:长期坚持)
            7.任务庚。加强宣传。(牵头单位:市委宣传部)
            """;

    @Test
    void aTaskIsOverdueFromTheDayAfterADatedDeadlineAndNeverForOtherDeadlines() {
        ParsedDocument parsed = new DocumentParser().parse("overdue-rule.txt", PLAN.getBytes(StandardCharsets.UTF_8));
        Document document = DocumentModel.of(parsed);
        Map<String, Task> tasks = document.getTasks().stream().collect(Collectors.toMap(Task::getKey,
                Function.identity()));
        assertThat(parsed.tasks()).hasSize(7);

        List<DueKind> kinds = new ArrayList<>();
        int compared = 0;
        for (ParsedTask p : parsed.tasks()) {
            Task task = tasks.get(p.key());
            Due due = p.due();
            kinds.add(task.getDueKind());
            for (LocalDate today : days(due)) {
                boolean expected = due != null && due.kind() == Due.Kind.DATE && today.isAfter(due.date());
                assertThat(task.isOverdueOn(today)).as("%s (%s) on %s", p.key(), p.deadline(), today)
                        .isEqualTo(expected);
                compared++;
            }
        }
        assertThat(kinds).containsExactly(DueKind.DATE, DueKind.DATE, DueKind.DATE, DueKind.DATE, DueKind.RECURRING,
                DueKind.CONTINUOUS, null);
        assertThat(compared).isGreaterThan(30);

        // the boundary itself: due by 2024-12-31, overdue from 2025-01-01
        Task first = tasks.get(parsed.tasks().get(0).key());
        assertThat(first.getOverdueFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(first.isOverdueOn(LocalDate.of(2024, 12, 31))).isFalse();
        assertThat(first.isOverdueOn(LocalDate.of(2025, 1, 1))).isTrue();
    }

    @Test
    void aTaskThatIsDoneIsNotOverdueAndOneReopenedIsAgain() {
        Document document = DocumentModel.of(new DocumentParser().parse("overdue-rule.txt",
                PLAN.getBytes(StandardCharsets.UTF_8)));
        Task first = document.getTasks().stream().filter(t -> "2024年底前".equals(t.getDeadline())).findFirst()
                .orElseThrow();
        LocalDate late = LocalDate.of(2026, 1, 1);
        assertThat(first.isOverdueOn(late)).isTrue();

        first.reportProgress(ProgressStatus.IN_PROGRESS, null, LocalDate.of(2025, 3, 1), "cora", Instant.EPOCH);
        assertThat(first.isOverdueOn(late)).isTrue();
        first.reportProgress(ProgressStatus.DONE, "建成", LocalDate.of(2025, 6, 1), "cora", Instant.EPOCH);
        assertThat(first.isOverdueOn(late)).isFalse();
        assertThat(first.getOverdueFrom()).as("what the Cypher filters compare with today").isNull();
        first.reportProgress(ProgressStatus.BLOCKED, "返工", LocalDate.of(2025, 7, 1), "cora", Instant.EPOCH);
        assertThat(first.isOverdueOn(late)).isTrue();
    }

    /** Days on both sides of a dated deadline, and far before and after any deadline. */
    private static List<LocalDate> days(Due due) {
        List<LocalDate> days = new ArrayList<>(List.of(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1)));
        if (due != null && due.date() != null) {
            for (int d = -2; d <= 2; d++) {
                days.add(due.date().plusDays(d));
            }
            days.add(due.date().plusYears(1));
        }
        return days;
    }
}
