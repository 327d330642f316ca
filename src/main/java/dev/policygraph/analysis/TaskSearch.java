package dev.policygraph.analysis;

import dev.policygraph.persistence.GraphQueries;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Finds tasks by text, document, responsible units and role, or missing responsibility; one page at a time. */
@Component
public class TaskSearch {

    /** How a unit is responsible for a task. */
    public enum Role { LEAD, CO_RESPONSIBLE }

    /**
     * What to look for; null fields do not restrict.
     *
     * @param text       words of the title or text (CJK full-text, matched as a phrase)
     * @param documentId one document
     * @param unitIds    tasks some of these units are responsible for (an empty list matches nothing)
     * @param roles      in one of these roles (only with unitIds)
     * @param orphan     true for tasks without responsible units, false for tasks with some
     */
    public record Criteria(String text, String documentId, List<String> unitIds, Set<Role> roles, Boolean orphan) {
    }

    /** One page of matching task ids and the number of all matches. */
    public record Page(long total, List<String> taskIds) {
    }

    private final GraphQueries queries;

    TaskSearch(GraphQueries queries) {
        this.queries = queries;
    }

    public Page find(Criteria c, int skip, int limit) {
        Map<String, Object> p = new HashMap<>();
        p.put("query", c.text() == null || c.text().isBlank() ? null : phrase(c.text()));
        p.put("documentId", c.documentId());
        p.put("unitIds", c.unitIds());
        p.put("relationships", c.roles().stream()
                .map(r -> r == Role.LEAD ? "LEADS" : "CO_RESPONSIBLE_FOR").toList());
        p.put("orphan", c.orphan());
        p.put("skip", skip);
        p.put("limit", limit);
        return queries.read("tasks-find", p, r -> new Page(r.get("total").asLong(),
                r.get("page").asList(v -> v.asString()))).get(0);
    }

    /** The text as one Lucene phrase, so that 学前教育 matches those four characters in a row. */
    static String phrase(String text) {
        return "\"" + text.strip().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
