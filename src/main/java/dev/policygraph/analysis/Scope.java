package dev.policygraph.analysis;

/** Where tasks of one measure meet: in one plan, or in plans issued in one region. */
public enum Scope {
    /** One document. */
    PLAN,
    /** Two documents or more issued in the same region. */
    REGION
}
