package dev.policygraph.graph;

/**
 * What a {@link Change} did. The corrections ({@link #isCorrection()}) are the coordinators' edits of what the plans
 * say or leave unclear; they are applied again whenever a document is written anew (see {@code loading.Corrections}).
 */
public enum ChangeAction {
    INGEST_DOCUMENT(false),
    DELETE_DOCUMENT(false),
    ASSIGN_RESPONSIBILITY(true),
    REMOVE_RESPONSIBILITY(true),
    REPORT_PROGRESS(true),
    MERGE_UNITS(true),
    ADD_UNIT_ALIAS(true),
    SET_UNIT_PARENT(true);

    private final boolean correction;

    ChangeAction(boolean correction) {
        this.correction = correction;
    }

    /** True for edits that a re-ingest of a document must not undo. */
    public boolean isCorrection() {
        return correction;
    }

    /** True for corrections of units, which hold for every document that names the unit. */
    public boolean concernsUnits() {
        return this == MERGE_UNITS || this == ADD_UNIT_ALIAS || this == SET_UNIT_PARENT;
    }
}
