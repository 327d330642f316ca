package dev.policygraph.analysis;

import dev.policygraph.graph.Role;
import dev.policygraph.graph.Task;
import dev.policygraph.persistence.GraphReader;
import dev.policygraph.persistence.Page;
import dev.policygraph.persistence.ReadQuery;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Finds tasks by text, document, responsible units and role, or missing responsibility, one page at a time, in one
 * query (tasks-search.cypher). That query holds the one definition of an orphan, a task of kind task that no unit
 * leads or shares: {@link #orphans} and {@link #orphanIds} ask it too.
 */
@Component
public class TaskSearch {

    /**
     * What to look for; null fields do not restrict.
     *
     * @param text       words of the title or text (CJK full-text, matched as a phrase)
     * @param documentId one document
     * @param unitIds    tasks some of these units are responsible for (an empty list matches nothing)
     * @param roles      in one of these roles (only with unitIds)
     * @param orphan     true for orphans only, false for the other tasks
     * @param taskIds    only these tasks
     */
    public record Criteria(@Nullable String text, @Nullable String documentId, @Nullable List<String> unitIds,
                           Set<Role> roles, @Nullable Boolean orphan, @Nullable List<String> taskIds) {

        public Criteria {
            roles = roles.isEmpty() ? EnumSet.allOf(Role.class) : EnumSet.copyOf(roles);
        }

        public static Criteria any() {
            return new Criteria(null, null, null, Set.of(), null, null);
        }
    }

    /** The parameters of tasks-search.cypher. */
    record Parameters(@Nullable String query, @Nullable List<String> taskIds, @Nullable String documentId,
                      @Nullable List<String> unitIds, List<String> relationshipTypes, @Nullable Boolean orphan,
                      long skip, long limit) {
    }

    private final GraphReader graph;

    TaskSearch(GraphReader graph) {
        this.graph = graph;
    }

    /** The tasks matching {@code c} after the first {@code skip}, at most {@code limit}, and the number of all. */
    public Page<Task> find(Criteria c, long skip, long limit) {
        String text = c.text() == null || c.text().isBlank() ? null : phrase(c.text());
        return graph.page(Task.class, ReadQuery.TASKS_SEARCH, new Parameters(text, c.taskIds(), c.documentId(),
                c.unitIds(), c.roles().stream().map(Role::relationshipType).toList(), c.orphan(), skip, limit));
    }

    /** Orphan tasks in document and reading order; of one document when {@code documentId} is not null. */
    public List<Task> orphans(@Nullable String documentId) {
        return find(new Criteria(null, documentId, null, Set.of(), true, null), 0, Integer.MAX_VALUE).items();
    }

    /** The ids of the orphans among these tasks. */
    public Set<String> orphanIds(Collection<String> taskIds) {
        Criteria c = new Criteria(null, null, null, Set.of(), true, List.copyOf(taskIds));
        return find(c, 0, taskIds.size()).items().stream().map(Task::getId).collect(Collectors.toSet());
    }

    /** The text as one Lucene phrase, so that 学前教育 matches those four characters in a row. */
    static String phrase(String text) {
        return "\"" + text.strip().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
