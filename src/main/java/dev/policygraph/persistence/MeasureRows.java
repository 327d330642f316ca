package dev.policygraph.persistence;

import dev.policygraph.graph.SimilarityKind;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The rows of the write queries of similar tasks, measures and regions ({@link MeasureTransaction}). */
public final class MeasureRows {

    private MeasureRows() {
    }

    /**
     * (:Task {id: a})-[:SAME_MEASURE {score, kind, reciprocal}]->(:Task {id: b}), {@code a} the smaller id.
     *
     * @param reciprocal each task is the other's best match in the other's document
     */
    public record Pair(String a, String b, double score, SimilarityKind kind, boolean reciprocal) {
    }

    /**
     * A {@link Pair} with what its scope is worked out from (cypher/include/link-scope): the ids of the documents of
     * a and b, and of the regions those are issued in (null for none).
     */
    public record ScopedPair(String a, String b, double score, SimilarityKind kind, boolean reciprocal,
                             String aDocument, String bDocument, @Nullable String aRegion, @Nullable String bRegion) {
    }

    /**
     * A SAME_MEASURE link between tasks named by their element ids ({@code elementId(t)}, read in the same run, with
     * nothing written in between): from a, the task with the smaller task id, to b.
     */
    public record ElementPair(String a, String b, double score, SimilarityKind kind, boolean reciprocal) {
    }

    /** A (:Measure) and the ids of its tasks. */
    public record Measure(String id, SimilarityKind kind, long taskCount, long documentCount, List<String> tasks) {

        public Measure {
            tasks = List.copyOf(tasks);
        }
    }

    /**
     * A stored (:Measure), of id {@code stored}, whose members changed: its new id (the smallest task id: the same
     * unless that task left it) and counts, and the ids of the tasks that join and leave it.
     */
    public record MeasureChange(String stored, String id, SimilarityKind kind, long taskCount, long documentCount, List<String> added,
                                List<String> dropped) {

        public MeasureChange {
            added = List.copyOf(added);
            dropped = List.copyOf(dropped);
        }
    }

    /** A (:Region), PART_OF its parent (null for 全国); parents are merged before their children. */
    public record Region(String id, String name, String level, String qualifiedName, @Nullable String parent) {
    }

    /** (:Document {id: document})-[:ISSUED_IN]->(:Region {id: region}). */
    public record DocumentRegion(String document, String region) {
    }
}
