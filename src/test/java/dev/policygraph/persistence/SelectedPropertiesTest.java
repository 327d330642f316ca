package dev.policygraph.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which node properties a unit's task list reads for the GraphQL fields a request selects. */
class SelectedPropertiesTest {

    @Test
    void fieldsShowingAPropertyReadItAndTheIdAlone() {
        assertThat(GraphQueries.taskProperties(List.of("title"))).containsExactly("id", "title");
        assertThat(GraphQueries.taskProperties(List.of("title", "document", "leads", "orphan", "__typename")))
                .containsExactly("id", "title");
        assertThat(GraphQueries.documentProperties(List.of("title", "taskCount", "sections", "id")))
                .containsExactly("title", "taskCount");
        assertThat(GraphQueries.documentProperties(List.of("original"))).containsExactly("originalName",
                "originalType", "originalMediaType", "originalSize", "originalSha256");
    }

    @Test
    void aFieldComputedFromSeveralPropertiesOrUnknownReadsThemAll() {
        List<String> all = GraphQueries.taskProperties(List.of("status"));
        assertThat(all).contains("id", "title", "text", "status", "dueDate", "dueKind", "progressAsOf", "progressAt",
                "position");
        assertThat(GraphQueries.taskProperties(List.of("title", "overdue"))).isEqualTo(all);
        assertThat(GraphQueries.taskProperties(List.of("progress"))).isEqualTo(all);
        assertThat(GraphQueries.taskProperties(List.of("aFieldAddedLater"))).isEqualTo(all);
    }
}
