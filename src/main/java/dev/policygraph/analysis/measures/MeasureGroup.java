package dev.policygraph.analysis.measures;

import dev.policygraph.analysis.similarity.PairKind;
import java.util.List;

/**
 * Tasks that commit to one measure.
 *
 * @param id            {@code measure:} and the smallest task id
 * @param kind          DUPLICATE when every strong link between its tasks is a duplicate, else OVERLAP
 * @param tasks         the task ids, ascending
 * @param documentCount how many documents its tasks come from
 */
public record MeasureGroup(String id, PairKind kind, List<String> tasks, int documentCount) {

    public MeasureGroup {
        tasks = List.copyOf(tasks);
    }
}
