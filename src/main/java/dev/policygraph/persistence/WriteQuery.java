package dev.policygraph.persistence;

import java.util.Locale;

/**
 * The write queries of cypher/write/, one constant per file; they run in write transactions. Row queries take
 * {@code $rows}: lists of the records of {@link DocumentRows}.
 */
enum WriteQuery {
    DOCUMENTS_DELETE, UNITS_MERGE, SCHOOLS_MERGE, DOCUMENTS_CREATE, REPORTS_TO_LINK, UNITS_UNREFERENCED_DELETE,
    SCHOOLS_UNREFERENCED_DELETE, MIGRATION_RECORD, DUPLICATES_LINK,
    // similar tasks, measures and regions (MeasureTransaction)
    SAME_MEASURE_CREATE, SAME_MEASURE_CREATE_FRESH, SAME_MEASURE_CREATE_NEW, MEASURES_DELETE, MEASURES_CREATE, MEASURES_UPDATE, DOCUMENT_REGIONS_LINK,
    REGIONS_MERGE, SAME_MEASURE_DELETE_SOME, MEASURES_DELETE_SOME, GRAPH_STATE_SET, SAME_MEASURE_SCOPE,
    // the task tallies (TaskTally)
    TASK_TALLY_ADD, TASK_TALLY_ADD_CREATED, TASK_TALLY_CLEAR, UNIT_WORKLOAD_ADD, UNIT_WORKLOAD_ADD_CREATED,
    UNIT_WORKLOAD_SET,
    // the stored ownership conflicts (OwnershipConflicts)
    CONFLICTS_REFRESH, CONFLICTS_DELETE_SOME,
    // the audit journal
    CHANGES_CREATE;

    String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
