package dev.policygraph.graph;

/** What sort of deadline a task has, read from its 完成时限 (see {@code ingest.Due}). */
public enum DueKind {
    /** Due by a day (2023年底前 → 2023-12-31): the only kind that falls overdue. */
    DATE,
    /** Due again every year, quarter or month (每年, 每季度). */
    RECURRING,
    /** Ongoing without an end (长期坚持, 持续推进). */
    CONTINUOUS
}
