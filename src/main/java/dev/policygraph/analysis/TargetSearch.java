package dev.policygraph.analysis;

import dev.policygraph.graph.Target;
import dev.policygraph.persistence.GraphQueries;
import dev.policygraph.persistence.GraphReader;
import dev.policygraph.persistence.ReadQuery;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Finds quantified targets by year, metric, responsible units, region and document, one page at a time; their number
 * and their counts by year only when asked. The filter has one home, cypher/include/targets-matching.cypher.
 */
@Component
public class TargetSearch {

    /**
     * What to look for; null fields do not restrict.
     *
     * @param year       due in this year
     * @param metric     a part of the metric
     * @param unitIds    targets of tasks these units lead or share (an empty list matches nothing)
     * @param region     of documents of this region, or of a region it begins with
     * @param documentId of one document
     */
    public record Criteria(@Nullable Integer year, @Nullable String metric, @Nullable List<String> unitIds,
                           @Nullable String region, @Nullable String documentId) {
    }

    /** How many targets are due in a year (null: no year). */
    public record YearCount(@Nullable Integer year, long count) {
    }

    record Total(long count) {
    }

    record Parameters(@Nullable Integer year, @Nullable String metric, @Nullable List<String> unitIds,
                      @Nullable String region, @Nullable String documentId, long skip, long limit) {
    }

    private final GraphReader graph;
    private final GraphQueries queries;

    TargetSearch(GraphReader graph, GraphQueries queries) {
        this.graph = graph;
        this.queries = queries;
    }

    /** The targets matching {@code c} after the first {@code skip}, at most {@code limit}, in reading order. */
    public List<Target> find(Criteria c, long skip, long limit) {
        // unfiltered (the dashboard's list): a page in document order without sorting every target first
        Parameters p = parameters(c, skip, limit);
        return graph.list(Target.class, unfiltered(p) ? ReadQuery.TARGETS_PAGE_ALL : ReadQuery.TARGETS_PAGE, p);
    }

    public long count(Criteria c) {
        Parameters p = parameters(c, 0, 0);
        return queries.single(unfiltered(p) ? ReadQuery.TARGETS_COUNT_ALL : ReadQuery.TARGETS_COUNT, p, Total.class)
                .count();
    }

    /** The targets matching {@code c} counted by year, in year order (no year last). */
    public List<YearCount> countByYear(Criteria c) {
        Parameters p = parameters(c, 0, 0);
        return queries.list(unfiltered(p) ? ReadQuery.TARGETS_COUNT_BY_YEAR_ALL : ReadQuery.TARGETS_COUNT_BY_YEAR, p,
                YearCount.class);
    }

    /** No filter narrows the targets: the queries for all of them read indexes and counts instead of every target. */
    private static boolean unfiltered(Parameters p) {
        return p.year() == null && p.metric() == null && p.unitIds() == null && p.region() == null
                && p.documentId() == null;
    }

    private static Parameters parameters(Criteria c, long skip, long limit) {
        return new Parameters(c.year(), blankToNull(c.metric()), c.unitIds(), blankToNull(c.region()),
                c.documentId(), skip, limit);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
