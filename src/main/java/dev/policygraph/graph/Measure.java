package dev.policygraph.graph;

import org.neo4j.ogm.annotation.NodeEntity;

/**
 * Tasks, of one plan or many, that commit to one measure: (:Measure)<-[:OF_MEASURE]-(:Task). Its tasks are those held
 * together by strong SAME_MEASURE links (see {@code dev.policygraph.analysis.measures.MeasureRule}); its id is
 * {@code measure:} and the smallest id of its tasks, so it stays the same while that task belongs to it.
 */
@NodeEntity("Measure")
public class Measure extends GraphNode {

    private SimilarityKind kind = SimilarityKind.OVERLAP;
    private long taskCount;
    private long documentCount;

    Measure() {
    }

    public Measure(String id, SimilarityKind kind, long taskCount, long documentCount) {
        super(id);
        this.kind = kind;
        this.taskCount = taskCount;
        this.documentCount = documentCount;
    }

    /** DUPLICATE when its tasks are all restatements of one task, else OVERLAP. */
    public SimilarityKind getKind() {
        return kind;
    }

    public long getTaskCount() {
        return taskCount;
    }

    public long getDocumentCount() {
        return documentCount;
    }
}
