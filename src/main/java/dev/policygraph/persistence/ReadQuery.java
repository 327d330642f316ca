package dev.policygraph.persistence;

import java.util.Locale;

/**
 * The read queries of cypher/read/, one constant per file ({@code TASK_LEADS} is task-leads.cypher). They run in
 * read transactions. Every constant must have its file and every file its constant: the application does not start
 * otherwise ({@link CypherQueries}).
 *
 * <p>Batch queries (for GraphQL batch loading) take {@code $keys} and return {@code key} and {@code node} rows;
 * entity queries return nodes mapped by OGM ({@link GraphReader}); the others return columns mapped to records
 * ({@link GraphQueries}).
 */
public enum ReadQuery {
    // documents
    DOCUMENTS_ALL, DOCUMENTS_LIST, DOCUMENTS_BY_ID, DOCUMENT_COUNT, DOCUMENT_ISSUERS, DOCUMENT_SECTIONS, DOCUMENT_TASKS,
    DOCUMENT_TARGETS, DOCUMENT_VERSIONS, DOCUMENTS_BY_ORIGINAL, DOCUMENTS_STALE, DOCUMENT_SIGNATURES, DUPLICATE_CANDIDATES,
    DUPLICATE_PAIRS,
    // sections
    SECTION_DOCUMENT, SECTION_PARENT, SECTION_SUBSECTIONS, SECTION_TASKS,
    // tasks
    TASKS_BY_ID, TASKS_PAGE, TASKS_PAGE_IN_ORDER, TASKS_COUNT, TASKS_COUNT_ALL, TASK_TALLIES, TASKS_COUNT_BY, TASKS_COUNT_BY_UNIT, TASK_DOCUMENT, TASK_SECTION, TASK_LEADS, TASK_CO_RESPONSIBLE, TASK_SCHOOLS,
    TASK_TARGETS,
    // targets, schools, units
    TARGET_TASK, TARGET_DOCUMENT, SCHOOL_TASKS, UNITS_BY_NAME, UNITS_BY_NAME_WITH_LEADS, UNITS_SEARCH, UNITS_BY_WORKLOAD, UNIT_PARENT, UNIT_CHILDREN, UNIT_CHAIN,
    UNIT_LEADS, UNIT_CO_RESPONSIBLE,
    // similar tasks and measures: kept up to date with the documents (loading), served (analysis, api)
    TASK_TEXTS, TASK_ELEMENTS, DOCUMENT_TASK_TEXTS, TASK_DOCUMENTS, DOCUMENT_REGIONS, DOCUMENTS_ISSUED_IN, MEASURES_OF_DOCUMENTS, MEASURES_OF_TASKS,
    MEASURES_WITH_TASKS, SAME_MEASURE_LINKS, GRAPH_STATE, MEASURES_SEARCH, MEASURES_BY_ID, MEASURE_TASKS,
    MEASURE_DOCUMENTS, MEASURE_LEADS, MEASURE_CO_RESPONSIBLE, MEASURE_REGIONS, MEASURE_CONFLICTS, CONFLICTS_PAGE,
    CONFLICTS_IN_REGION, CONFLICTS_COUNT, CONFLICTS_COUNT_IN_REGION, CONFLICT_GROUPS, MEASURE_IDS_PAGE, TASK_DUPLICATES, DUPLICATE_TASKS_PAGE, DUPLICATE_TASKS_COUNT,
    TASK_CASCADES, TASK_MEASURE, TASK_SIMILAR, TASK_REGION, TASK_LEAD_BODIES, TASK_GOVERNMENT, DOCUMENT_REGION,
    REGIONS_BY_ID, REGION_PARENT, REGION_CHAIN, UNITS_BY_ID,
    UNIT_WORKLOAD, TARGETS_PAGE, TARGETS_PAGE_ALL, TARGETS_COUNT, TARGETS_COUNT_ALL, TARGETS_COUNT_BY_YEAR,
    TARGETS_COUNT_BY_YEAR_ALL,
    // a measure's tasks as they stand and the links between them (grouped again when some of its tasks leave)
    MEASURE_MEMBERS, MEASURE_INSIDE_LINKS,
    // the audit journal
    CHANGES_OF_DOCUMENTS, CHANGES_BY_ACTION, CHANGES_RECENT, TASK_CHANGES,
    // schema
    MIGRATIONS_APPLIED, INDEXES_AWAIT,
    // health
    DATABASE_HEALTH;

    /** The file name without extension: the constant in lower case with hyphens. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
