package dev.policygraph.analysis;

/** Why two documents are one document. */
public enum DuplicateReason {
    /** The same wording (the same fingerprint: text without spaces and punctuation). */
    SAME_TEXT,
    /** The same document number and the same title. */
    SAME_NUMBER_AND_TITLE,
    /** Nearly the same numbered tasks (see {@link DuplicateRule#MIN_TASK_OVERLAP}). */
    SAME_TASKS
}
